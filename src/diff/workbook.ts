// The 调整对照表 workbook for filing with the city office: the comparison sheet and a summary,
// laid out by the print engine (src/print/) and made reproducible like the list workbook.
import ExcelJS, { type Workbook } from 'exceljs';
import type { DocumentProperties } from '../export/index.js';
import { t } from '../i18n/index.js';
import { writeSheet, type Column, type TableRow } from '../print/index.js';
import type { DiffResult } from './run.js';
import { summaryRows } from './workbook-summary.js';
import { comparisonRows, type ComparisonRow } from './workbook-rows.js';

// 调整前 / 调整后 take what the page has left: they hold the matters' own text.
const COLUMNS: { key: string; min: number; max: number; align?: 'center'; continued?: Column['continued']; numeric?: boolean; pair?: string }[] = [
  { key: 'diff.col.seq', min: 2, max: 2.5, align: 'center', numeric: true },
  { key: 'diff.col.id', min: 3, max: 5, align: 'center', continued: 'repeat' },
  { key: 'diff.col.name', min: 4, max: 8, align: 'center', continued: 'mark' },
  { key: 'diff.col.kind', min: 2, max: 4, align: 'center', continued: 'repeat' },
  { key: 'diff.col.parts', min: 3, max: 6, align: 'center' },
  { key: 'diff.col.before', min: 12, max: 32, pair: 'text' },
  { key: 'diff.col.after', min: 12, max: 32, pair: 'text' },
  { key: 'diff.col.basis', min: 5, max: 12 },
  { key: 'diff.col.applicant', min: 3, max: 7, align: 'center' },
  { key: 'diff.col.date', min: 4.5, max: 6, align: 'center' },
  { key: 'diff.col.note', min: 4, max: 10 },
];

/** The heading under the title: the two versions by the names their list.yaml gives them. */
export function versionHeading(result: DiffResult): string {
  const from = result.versions.from ?? t('zh', 'diff.version.unnamed-old');
  const named = result.versions.to ?? t('zh', 'diff.version.unnamed-new');
  const to = named === result.versions.from ? t('zh', 'diff.version.revised', { version: named }) : named;
  return t('zh', 'diff.subtitle', { from, to });
}

function tableRow(row: ComparisonRow): TableRow {
  return { cells: [String(row.seq), row.id, row.name, row.kind, row.parts, row.before, row.after, row.basis, row.applicant, row.date, row.note] };
}

/** The workbook in memory, with the document properties to write it with. */
export function comparisonWorkbook(result: DiffResult): { workbook: Workbook; props: DocumentProperties; pages: number } {
  const workbook = new ExcelJS.Workbook();
  const rows = comparisonRows(result.changes, result.approval.covers, result.approval.unapproved);
  const title = t('zh', 'diff.title', { title: result.manifest?.title ?? '' });
  const draft = result.approval.unapproved.size > 0 ? [t('zh', 'diff.draft', { count: result.approval.unapproved.size })] : [];
  const table = writeSheet(workbook, {
    name: t('zh', 'diff.sheet.table'),
    orientation: 'landscape',
    title: { annex: '附件', title, lines: [versionHeading(result), ...draft] },
    columns: COLUMNS.map((c) => ({ header: t('zh', c.key), min: c.min, max: c.max, ...(c.align ? { align: c.align } : {}), ...(c.continued ? { continued: c.continued } : {}), ...(c.numeric ? { numeric: true } : {}), ...(c.pair ? { pair: c.pair } : {}) })),
    rows: rows.map(tableRow),
  });
  const summary = summaryRows(result);
  writeSheet(workbook, {
    name: t('zh', 'diff.sheet.summary'),
    orientation: 'landscape',
    title: { title, lines: [t('zh', 'diff.sheet.summary'), versionHeading(result)] },
    columns: summary.header.map((h, i) => ({ header: h, min: i === 0 ? 24 : 6, max: i === 0 ? 24 : 6, ...(i > 0 ? { align: 'center' as const, numeric: true } : {}) })),
    rows: summary.rows.map((cells, i) => ({ cells, keepTogether: true, ...(summary.bold.has(i) ? { role: 'strong' as const } : {}) })),
    onePage: true,
  });
  const decided = rows.flatMap((r) => r.decided).sort();
  const date = decided[decided.length - 1] ?? result.manifest?.effective ?? '2000-01-01';
  const props: DocumentProperties = { date, title, subject: t('zh', 'diff.sheet.table'), ...(result.manifest?.issuers[0] ? { company: result.manifest.issuers[0] } : {}) };
  return { workbook, props, pages: table.pages };
}
