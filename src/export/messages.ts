// Messages of `dutylist export`, registered by src/commands/export.ts.
export const messages = {
  zh: {
    'export.refused': '清单有 {errors} 个错误，未生成工作簿。请按上面的提示修正后重新导出（可先运行 dutylist check 查看）。',
    'export.written': '已生成 {file}：{matters} 个事项，工作表{sheets}，「清单」打印 {pages} 页。',
    'export.over-page': '{count} 个事项的内容超过一整页，已分页接续打印（续页的事项名称后标“（续）”）：{ids}。',
    'export.not-xlsx': '输出文件应以 .xlsx 或 .pdf 结尾：{file}。例如：dutylist export -o 清单.xlsx',
    'export.progress': '正在生成',
    'export.no-manifest': '找不到清单信息（list.yaml），无法导出。',
    'export.cli.description': '生成联合印发用的清单工作簿（A4 横向，可直接打印；清单有错误时不生成）',
    'export.cli.output': '输出的工作簿（.xlsx）或 PDF（.pdf，需安装 LibreOffice），默认为当前目录下“清单标题.xlsx”',
    'export.cli.with-text': '另附工作表「依据条文」：每条依据所引条文的原文（取 --on 日期施行的版本）',
    'export.cli.on': '按此日期施行的法规版本核对引用、摘录条文（YYYY-MM-DD，默认今天）',
    'export.cli.examples':
      '示例：\n  dutylist export lists/huangpi-culture-tourism -o 清单.xlsx\n  dutylist export -o 清单.xlsx --with-text      另附「依据条文」表\n  dutylist export -o 清单.pdf                    直接生成 PDF（需 LibreOffice）\n  dutylist export -o 清单.xlsx --on 2025-04-01  按施行日的法规版本核对',
  },
  en: {
    'export.refused': 'The list has {errors} error(s); no workbook was written. Fix them as shown above and export again (run dutylist check to see them).',
    'export.written': 'Wrote {file}: {matters} matters, sheets {sheets}; the list prints on {pages} pages.',
    'export.over-page': '{count} matter(s) are longer than a whole page and continue over the next pages (marked （续） after the name): {ids}.',
    'export.not-xlsx': 'The output file should end in .xlsx or .pdf: {file}. For example: dutylist export -o list.xlsx',
    'export.progress': 'Writing',
    'export.no-manifest': 'No list manifest (list.yaml) could be read; nothing to export.',
    'export.cli.description': 'write the joint-issuance workbook (A4 landscape, print-ready; refused while the list has errors)',
    'export.cli.output': 'workbook (.xlsx) or PDF (.pdf, needs LibreOffice) to write; default: <list title>.xlsx in the current directory',
    'export.cli.with-text': 'add a sheet 依据条文 with the text of each cited article (version in force on --on)',
    'export.cli.on': 'check citations and take article texts from the law versions in force on this date (YYYY-MM-DD, default today)',
    'export.cli.examples':
      'Examples:\n  dutylist export lists/huangpi-culture-tourism -o list.xlsx\n  dutylist export -o list.xlsx --with-text      sheet 依据条文 with the article texts\n  dutylist export -o list.pdf                   a PDF (needs LibreOffice)\n  dutylist export -o list.xlsx --on 2025-04-01  laws as in force on the effective date',
  },
};
