// Making a workbook reproducible and writing it: shared by `export` (清单) and `diff -o` (调整对照表).
// The sheets themselves are laid out by src/print/.
//
//   buildStreamed(props, build: (wb) => void) → Promise<Buffer>      streaming writer + zipDeterministic
//   zipDeterministic(xlsxBytes, props) → Promise<Buffer>              fixed entry dates/order, docProps
//   workbookBytes(workbook, props) → Promise<Buffer>                  in-memory workbook → reproducible bytes
//   DocumentProperties = { date: 'YYYY-MM-DD', title?, subject?, company?, keywords? }
//
// Importing this module loads jszip only; buildStreamed (./stream.js) loads exceljs.
export { fixedDate, setDocumentProperties, workbookBytes, zipDeterministic, type DocumentProperties } from './zip.js';
export type { StreamingWorkbook } from './stream.js';
