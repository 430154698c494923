// Sheet 「依据条文」 (--with-text): the wording of every cited article, matter by matter, printed at
// the same size as the list instead of a wide column inside it.
import type { Matter } from '../types.js';
import { writeSheet, type Column, type SheetReport, type TableRow, type WorkbookLike } from '../print/index.js';
import { ISSUED_HEADERS, sampleRows } from './list-sheet.js';

export const TEXT_SHEET = '依据条文';

const COLUMNS: readonly Column[] = [
  { header: ISSUED_HEADERS.seq, min: 2, max: 2.5, align: 'center', numeric: true, mergeEqual: true },
  { header: ISSUED_HEADERS.name, min: 5, max: 9, align: 'center', continued: 'mark', mergeEqual: true },
  { header: ISSUED_HEADERS.basis, min: 8, max: 14 },
  { header: '条文内容', min: 20, max: 60 },
];

// Said in the table where the registry has the law's name but not its text.
const NO_TEXT = '（法规库未收录该条文本）';

function* textRows(sorted: readonly Matter[], articleTexts: (citation: string) => string[]): Generator<TableRow> {
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i] as Matter;
    for (const citation of m.basis) yield row(m, i, citation, articleTexts);
  }
}

function row(m: Matter, i: number, citation: string, articleTexts: (citation: string) => string[]): TableRow {
  const texts = articleTexts(citation);
  return { cells: [String(i + 1), m.name.trim(), citation.trim(), texts.length > 0 ? texts.join('\n') : NO_TEXT] };
}

/** Adds the 依据条文 sheet under the list's title. */
export function writeTextSheet(workbook: WorkbookLike, title: string, sorted: readonly Matter[], articleTexts: (citation: string) => string[]): SheetReport {
  return writeSheet(workbook, {
    name: TEXT_SHEET,
    orientation: 'landscape',
    title: { title, lines: ['依据条文'] },
    columns: COLUMNS,
    rows: textRows(sorted, articleTexts),
    sample: sampleRows(sorted, (m, i) => row(m, i, m.basis[0] ?? '', articleTexts)),
  });
}
