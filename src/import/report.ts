// The import report (--report FILE.md or .xlsx): the sheet a clerk checks before committing —
// how each column was read, and per source row the matter written, the parts filled and what was
// split, normalised, unknown, kept in the note or left out.
import { t, type Lang } from '../i18n/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { workbookBytes } from '../export/zip.js';
import type { MatchKind } from './header.js';
import type { RowNote } from './matter.js';
import type { Field } from './synonyms.js';

export interface ColumnFate {
  letter: string;
  header: string;
  part?: Field;
  how?: MatchKind;
  fate: 'part' | 'note' | 'dropped' | 'id-demoted';
}

export interface ReportRow {
  row: number;
  continued: number[];
  id: string;
  name: string;
  file: string;
  filled: Field[];
  notes: RowNote[];
}

export interface ImportSummary {
  file: string;
  sheet: string;
  headerRow: number;
  twoRows: boolean;
  columns: ColumnFate[];
  rows: ReportRow[];
}

const GROUPS: readonly { key: string; kinds: readonly RowNote['kind'][] }[] = [
  { key: 'import.report.split', kinds: ['split', 'joined'] },
  { key: 'import.report.normalised', kinds: ['normalised', 'added'] },
  { key: 'import.report.unknown', kinds: ['unknown', 'missing'] },
  { key: 'import.report.kept', kinds: ['kept', 'dropped'] },
];

export function partName(lang: Lang, part: Field): string {
  return t(lang, `import.part.${part}`);
}

/** A note in words, its {part} named in the reader's language. */
export function noteText(lang: Lang, note: RowNote): string {
  const part = note.params.part;
  const params = typeof part === 'string' ? { ...note.params, part: partName(lang, part as Field) } : note.params;
  return t(lang, note.key, params);
}

interface Table {
  head: string[];
  rows: string[][];
}

function tables(summary: ImportSummary, lang: Lang): { columns: Table; rows: Table } {
  const fate = (c: ColumnFate): string => {
    if (c.fate === 'part' && c.part) return partName(lang, c.part);
    return t(lang, c.fate === 'dropped' ? 'import.report.dropped' : 'import.report.unmatched');
  };
  const columns = {
    head: ['column', 'header', 'part'].map((k) => t(lang, `import.report.${k}`)),
    rows: summary.columns.map((c) => [c.letter, c.header, fate(c)]),
  };
  const rows = {
    head: ['row', 'id', 'name', 'file', 'filled', ...GROUPS.map((g) => g.key.replace('import.report.', ''))].map((k) => t(lang, `import.report.${k}`)),
    rows: summary.rows.map((r) => [
      r.continued.length > 0 ? `${r.row} ${t(lang, 'import.report.continued', { rows: r.continued.join('、') })}` : String(r.row),
      r.id,
      r.name,
      r.file,
      r.filled.map((p) => partName(lang, p)).join('、'),
      ...GROUPS.map((g) => r.notes.filter((n) => g.kinds.includes(n.kind)).map((n) => noteText(lang, n)).join('\n')),
    ]),
  };
  return { columns, rows };
}

export function reportMarkdown(summary: ImportSummary, lang: Lang): string {
  const { columns, rows } = tables(summary, lang);
  const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  const md = (table: Table): string[] => [
    `| ${table.head.map(cell).join(' | ')} |`,
    `|${table.head.map(() => ' --- |').join('')}`,
    ...table.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  const two = summary.twoRows ? t(lang, 'import.source-two-rows') : '';
  return [
    `# ${t(lang, 'import.report.title')}`,
    '',
    t(lang, 'import.source', { file: summary.file, sheet: summary.sheet, row: summary.headerRow, two }),
    '',
    `## ${t(lang, 'import.report.columns')}`,
    '',
    ...md(columns),
    '',
    `## ${t(lang, 'import.report.rows')}`,
    '',
    ...md(rows),
    '',
  ].join('\n');
}

/** Writes the report as Markdown or as a workbook (two sheets), atomically and reproducibly. */
export async function writeReport(path: string, summary: ImportSummary, lang: Lang, date: string): Promise<void> {
  if (/\.md$/i.test(path)) {
    writeFileAtomic(path, reportMarkdown(summary, lang), lang);
    return;
  }
  const { columns, rows } = tables(summary, lang);
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  for (const [name, table, widths] of [
    [t(lang, 'import.report.columns'), columns, [8, 30, 24]],
    [t(lang, 'import.report.rows'), rows, [10, 12, 30, 24, 30, 36, 40, 30, 30]],
  ] as const) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.head).font = { bold: true };
    for (const r of table.rows) sheet.addRow(r);
    widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    sheet.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
  }
  writeFileAtomic(path, await workbookBytes(workbook, { date, title: t(lang, 'import.report.title') }), lang);
}
