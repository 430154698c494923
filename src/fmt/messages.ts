// Messages of `dutylist fmt`.
export const fmtMessages = {
  zh: {
    'fmt.summary.written': '已整理 {changed} 个文件，其余 {same} 个文件原本就是规范格式。',
    'fmt.summary.clean': '全部 {count} 个文件格式规范，无需改动。',
    'fmt.summary.check': '{changed} 个文件格式不规范（共 {count} 个），上面列出了每个文件要改的地方。运行 dutylist fmt 可自动整理。',
    'fmt.summary.failed': '{failed} 个文件无法解析，未作改动；请按上面的提示修正后再运行 dutylist fmt。',
    'fmt.change.order': '键的顺序',
    'fmt.change.quoting': '引号',
    'fmt.change.citation': '引用写法',
    'fmt.change.layout': '缩进和排版',
    'fmt.change.line-ends': '换行符不统一',
    'fmt.change.separator': '、',
  },
  en: {
    'fmt.summary.written': 'Formatted {changed} file(s); the other {same} were already in canonical form.',
    'fmt.summary.clean': 'All {count} file(s) are in canonical form; nothing to change.',
    'fmt.summary.check': '{changed} of {count} file(s) are not in canonical form; what would change is listed above. Run `dutylist fmt` to rewrite them.',
    'fmt.summary.failed': '{failed} file(s) could not be parsed and were left alone; fix them as shown above, then run `dutylist fmt` again.',
    'fmt.change.order': 'key order',
    'fmt.change.quoting': 'quoting',
    'fmt.change.citation': 'citation spelling',
    'fmt.change.layout': 'indentation and layout',
    'fmt.change.line-ends': 'mixed line ends',
    'fmt.change.separator': ', ',
  },
};
