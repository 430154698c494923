// Messages of `dutylist export`, registered by src/commands/export.ts.
export const messages = {
  zh: {
    'export.refused': '清单有 {errors} 个错误，未生成工作簿。请按上面的提示修正后重新导出（可先运行 dutylist check 查看）。',
    'export.written': '已生成 {file}：{matters} 个事项，工作表「清单」「统计」。',
    'export.tall-rows': '{count} 个事项的内容超过 Excel 最大行高（{max} 磅），已接续打印在下一行（事项名称后标“（续）”）：{ids}。',
    'export.not-xlsx': '输出文件应以 .xlsx 结尾：{file}。例如：dutylist export -o 清单.xlsx',
    'export.no-manifest': '找不到清单信息（list.yaml），无法导出。',
    'export.cli.description': '生成联合印发用的清单工作簿（A4 横向，可直接打印；清单有错误时不生成）',
    'export.cli.output': '输出的工作簿（.xlsx），默认为当前目录下“清单文件夹名.xlsx”',
    'export.cli.with-text': '在每条依据下附所引条文原文（取 --on 日期施行的版本）',
    'export.cli.on': '按此日期施行的法规版本核对引用、摘录条文（YYYY-MM-DD，默认今天）',
    'export.cli.examples':
      '示例：\n  dutylist export lists/huangpi-culture-tourism -o 清单.xlsx\n  dutylist export -o 清单.xlsx --with-text      依据下附条文原文\n  dutylist export -o 清单.xlsx --on 2025-04-01  按施行日的法规版本核对',
  },
  en: {
    'export.refused': 'The list has {errors} error(s); no workbook was written. Fix them as shown above and export again (run dutylist check to see them).',
    'export.written': 'Wrote {file}: {matters} matters, sheets 清单 (list) and 统计 (statistics).',
    'export.tall-rows': '{count} matter(s) need more than Excel\'s maximum row height ({max} pt) and continue on the next row (marked （续） after the name): {ids}.',
    'export.not-xlsx': 'The output file should end in .xlsx: {file}. For example: dutylist export -o list.xlsx',
    'export.no-manifest': 'No list manifest (list.yaml) could be read; nothing to export.',
    'export.cli.description': 'write the joint-issuance workbook (A4 landscape, print-ready; refused while the list has errors)',
    'export.cli.output': 'workbook to write (.xlsx); default: <list folder name>.xlsx in the current directory',
    'export.cli.with-text': 'print the text of each cited article beneath its citation (version in force on --on)',
    'export.cli.on': 'check citations and take article texts from the law versions in force on this date (YYYY-MM-DD, default today)',
    'export.cli.examples':
      'Examples:\n  dutylist export lists/huangpi-culture-tourism -o list.xlsx\n  dutylist export -o list.xlsx --with-text      article texts under each citation\n  dutylist export -o list.xlsx --on 2025-04-01  laws as in force on the effective date',
  },
};
