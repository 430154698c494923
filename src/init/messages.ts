// Messages of `dutylist new` and `dutylist init`.
export const initMessages = {
  zh: {
    'new.missing-option': '缺少选项 {option}。用法：dutylist new [清单目录] --type 事项类型 --name 事项名称',
    'new.unknown-type': '事项类型“{type}”不在 list.yaml 的类型词表中。可用的类型：{allowed}',
    'new.duplicate-name': '已有同名事项 {id}（{file}）：“{name}”。事项名称在清单内须唯一；请换一个更具体的名称。',
    'new.bad-manifest': '{file} 缺少有效的 types 词表，无法确定事项类型。请先运行 dutylist check 修正清单信息。',
    'new.exists': '{file} 已存在，未覆盖。',
    'new.id-overflow': '编码 {id} 超出 5 位数字，无法再生成新编码。',
    'new.created': '已创建 {file}。请按注释填写标注为 \'\' 的各项，然后运行 dutylist check。',
    'init.not-empty': '目录 {dir} 不是空目录（含 {entries}）。init 只在空目录或新目录中创建清单仓库。',
    'init.created': '已在 {dir} 创建清单仓库（{count} 个文件）。下一步：cd {dir} && git init && npm install --save-dev dutylist && npx dutylist check',
    'init.law-fallback': '未找到随包附带的法规文本 {file}，已写入内置的节选文本。',
  },
  en: {
    'new.missing-option': 'Missing option {option}. Usage: dutylist new [LIST] --type TYPE --name NAME',
    'new.unknown-type': 'Matter type "{type}" is not in the types of list.yaml. Allowed types: {allowed}',
    'new.duplicate-name': 'Matter {id} ({file}) already has the name "{name}". Names must be unique in a list; choose a more specific one.',
    'new.bad-manifest': '{file} has no valid `types` vocabulary, so the matter type cannot be checked. Run `dutylist check` and fix the manifest first.',
    'new.exists': '{file} already exists; not overwritten.',
    'new.id-overflow': 'Id {id} has more than 5 digits; no further ids can be generated.',
    'new.created': "Created {file}. Fill in every place marked '' as the comments say, then run `dutylist check`.",
    'init.not-empty': 'Folder {dir} is not empty (holds {entries}). init creates a list repository only in an empty or new folder.',
    'init.created': 'Created a list repository in {dir} ({count} files). Next: cd {dir} && git init && npm install --save-dev dutylist && npx dutylist check',
    'init.law-fallback': 'The law text {file} shipped with the package was not found; wrote the built-in excerpt instead.',
  },
};
