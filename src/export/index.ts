// Workbook building blocks shared by `export` (清单) and `diff -o` (调整对照表).
//
//   FONTS, font(role, extra?)                     fonts by role (title 小标宋 22, header 黑体 12, body 仿宋 10.5)
//   fitColumnWidths(columns: ColumnSpec[], rows: Iterable<string[]>, fontSize?) → number[]
//                                                 Excel widths, each column its widest line within [min, max] em
//   applyColumnWidths(sheet, widths)
//   rowHeightFor(texts: string[], widths: number[], fontSize?) → points (capped at 409)
//   naturalRowHeight(...) → points, uncapped (> MAX_ROW_HEIGHT means the row would print clipped)
//   applyPrintLayout(sheet, { titleRows?: [first, last], freezeRows?, onePage? })   in-memory sheets
//   printLayout(layout) → { pageSetup, headerFooter, views }   streaming: wb.addWorksheet(name, printLayout(…))
//                                                 A4 landscape, fit to width, repeated header, "— n —" footer
//   writeTitleBlock(sheet, { annex?, title, lines, widths }) → next free row number; titleBlockHeight(block) → points
//   printScale(widths) → fit-to-width scale; paginate(heights, widths, above, header) → rows ending a page
//                                                 (add row.addPageBreak() there: rows and merges never split)
//   THIN_BORDER, columnLetter(n)
//   buildStreamed(props, build: (wb) => void) → Promise<Buffer>      streaming writer + zipDeterministic
//   zipDeterministic(xlsxBytes, props) → Promise<Buffer>              fixed entry dates/order, docProps
//   writeWorkbookDeterministic(workbook, path, props: DocumentProperties, lang) → Promise<void>
//                                                 in-memory workbook → reproducible bytes → atomic write
//   DocumentProperties = { date: 'YYYY-MM-DD', title?, subject?, company?, keywords? }
//
// With the streaming writer, pass printLayout() to addWorksheet and set widths before the first row.commit().
// Importing this module loads jszip only; buildStreamed (./stream.js) loads exceljs.
export { FONTS, FOOTER, font, type FontRole } from './fonts.js';
export {
  MAX_ROW_HEIGHT, THIN_BORDER, applyColumnWidths, applyPrintLayout, printLayout, columnLetter, emCapacity, fitColumnWidths,
  naturalRowHeight, paginate, printScale, rowHeightFor, widthForEm, type ColumnSpec, type PrintLayout,
} from './layout.js';
export { titleBlockHeight, writeTitleBlock, type TitleBlock } from './title.js';
export { textWidth, widestLine, wrappedLineCount } from './width.js';
export { fixedDate, setDocumentProperties, writeWorkbookDeterministic, zipDeterministic, type DocumentProperties } from './zip.js';
export type { StreamingWorkbook } from './stream.js';
