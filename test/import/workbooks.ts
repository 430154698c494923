// Workbooks the way offices make them by hand, built in the test with exceljs.
import ExcelJS from 'exceljs';

export type Cell = ExcelJS.CellValue;

/** Writes one sheet: optional title rows, then the given rows; merges as [top, left, bottom, right]. */
export async function writeSheet(path: string, rows: Cell[][], merges: [number, number, number, number][] = [], sheetName = 'Sheet1', extraSheets: string[] = []): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const name of extraSheets) workbook.addWorksheet(name).addRow(['说明', '本表为示例']);
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((row, i) => {
    row.forEach((value, j) => {
      if (value !== null && value !== undefined) sheet.getCell(i + 1, j + 1).value = value;
    });
  });
  for (const [top, left, bottom, right] of merges) sheet.mergeCells(top, left, bottom, right);
  await workbook.xlsx.writeFile(path);
}

/** 黄陂 culture-market matters as an office typed them: other header spellings, a merged type,
 *  numbered duties, unit aliases, no 事项编码 column. */
export const HANDMADE: Cell[][] = [
  ['黄陂区文化市场属地管理事项清单（旧表）'],
  [],
  ['序号', '类别', '名称', '区级职能部门\n职责', '乡镇（街道）职责', '法律依据', '主体责任单位', '配合单位', '备注'],
  [
    { formula: 'ROW()-3', result: 1 },
    '文化市场',
    '网吧接纳未成年人的巡查报告',
    '（1）对上网服务营业场所接纳未成年人的行为开展监督检查，依法查处。\n（2）受理街道移交的线索，3个工作日内反馈处理结果。',
    { richText: [{ text: '①日常巡查中发现网吧接纳未成年人的，' }, { text: '及时劝阻并当天报告区文化和旅游局。' }] },
    '《互联网上网服务营业场所管理条例》第二十一条；《中华人民共和国未成年人保护法》第五十八条。',
    '区文旅局',
    '各街道办事处',
    null,
  ],
  [
    2,
    null,
    '歌舞娱乐场所治安情况的巡查报告',
    '区文旅局：\n1、对歌舞娱乐场所经营活动开展监督检查，依法查处违法经营行为。\n区公安局：\n1、负责歌舞娱乐场所治安管理，依法查处\n治安违法行为。',
    '1. 巡查中发现治安问题的，当天报告区公安分局属地派出所。\n2. 配合开展联合检查，提供场所底数。',
    '《娱乐场所管理条例》第三条',
    '区文旅局，区公安局',
    '各街道（乡）',
    '旧表第 2 项',
  ],
  [],
];
