// The layout engine every printed sheet goes through: the 清单, its 依据条文 and 统计 sheets, the
// 调整对照表 and its 汇总 — and the sheets still to come (the legality-review pack, consultation
// workbooks, the 意见汇总表, the 调整申请表). Lines and boxes are computed first, cells written
// last, so every sheet shares one measured layout: our own CJK line breaking (禁则, breaker.ts),
// explicit line breaks written into the cells (Excel, WPS and LibreOffice break where we decided),
// exact row heights, rows split across pages into （续） rows, ≥ 10 pt on paper.
//
// A new sheet is a SheetSpec handed to writeSheet:
//
//   import { writeSheet, type SheetSpec } from '../print/index.js';
//   const spec: SheetSpec = {
//     name: '合法性审查',                                   // worksheet name
//     orientation: 'landscape',                             // A4
//     title: { annex: '附件', title: '…合法性审查表', lines: ['审查单位：区司法局'] },
//     columns: [                                            // widths in em of 五号 body text
//       { header: '序号', min: 2, max: 2, align: 'center', numeric: true },
//       { header: '事项名称', min: 6, max: 8, continued: 'mark' },          // （续） on continuation rows
//       { header: '职责', min: 12, max: 24 },                               // balanced with the others
//       { header: '所引条文', min: 12, max: 24 },
//       { header: '审查意见', min: 8, max: 8 },                             // empty column to fill in
//     ],
//     rows: matters.map((m, i) => ({ cells: [String(i + 1), m.name, duties(m), texts(m), ''] })),
//   };
//   const report = writeSheet(workbook, spec);              // in-memory or streaming exceljs workbook
//
// Cells are plain strings or runs with marks (`[{ text: '…' }, { text: '本单位', mark: 'highlight' }]`,
// also 'del' / 'ins' / 'strong'); a row's `role` makes it bold ('strong'), a heading inside the table
// ('header') or a spacer ('gap'). Column widths come from the rows (or `sample`, for big tables):
// each column as wide as its text up to `max`, the page's remaining width given to the columns that
// save the most lines. Rows may be a generator: pages are laid out and written one at a time.
// Then writeWorkbook (document properties, same bytes every run, atomic) and, for -o FILE.pdf,
// convertToPdf (LibreOffice, headless). Nothing of this loads exceljs but write.ts's caller.
export { breakLines, wrapText, type LineSpan } from './breaker.js';
export { BODY_SIZE, FONTS, FOOTER, HEADER_SIZE, font, type FontRole } from './fonts.js';
export { CONTINUED, MAX_ROW_PT, paginate, planSheet, titleHeight, type Page, type PlacedRow, type SheetPlan } from './layout.js';
export { charEm, textEm, rowHeightPt } from './metrics.js';
export { printableArea, printScale, type Orientation } from './page.js';
export { plainText } from './runs.js';
export type { CellText, Column, Mark, Run, SheetSpec, TableRow, TitleBlock } from './table.js';
export { EXCEL_CELL_LIMIT, xmlSafe } from './text.js';
export { THIN_BORDER, writeSheet, type SheetReport, type WorkbookLike } from './write.js';
export { convertToPdf, findSoffice, isPdfPath } from './pdf.js';
