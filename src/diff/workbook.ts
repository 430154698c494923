// The 调整对照表 workbook for filing with the city office: the comparison sheet and a summary,
// laid out and made reproducible by the same helpers as the list workbook (src/export/).
import ExcelJS, { type Cell, type RichText, type Workbook, type Worksheet } from 'exceljs';
import { FONTS, MAX_ROW_HEIGHT, THIN_BORDER, applyColumnWidths, applyPrintLayout, fitColumnWidths, font, naturalRowHeight, rowHeightFor, writeTitleBlock, type ColumnSpec, type DocumentProperties } from '../export/index.js';
import { t } from '../i18n/index.js';
import type { Segment } from './render.js';
import type { DiffResult } from './run.js';
import { summaryRows } from './workbook-summary.js';
import { comparisonRows, plainText, type ComparisonRow } from './workbook-rows.js';

const COLUMNS: { key: string; min: number; max: number; align?: 'center' }[] = [
  { key: 'diff.col.seq', min: 2.5, max: 4, align: 'center' },
  { key: 'diff.col.id', min: 5, max: 7, align: 'center' },
  { key: 'diff.col.name', min: 8, max: 12 },
  { key: 'diff.col.kind', min: 4, max: 5, align: 'center' },
  { key: 'diff.col.parts', min: 5, max: 8 },
  { key: 'diff.col.before', min: 14, max: 28 },
  { key: 'diff.col.after', min: 14, max: 28 },
  { key: 'diff.col.basis', min: 8, max: 14 },
  { key: 'diff.col.applicant', min: 6, max: 9 },
  { key: 'diff.col.date', min: 6, max: 6, align: 'center' },
  { key: 'diff.col.note', min: 6, max: 12 },
];

const DELETED = { color: { argb: 'FFC00000' }, strike: true };
const INSERTED = { color: { argb: 'FF00803C' }, underline: true };

/** The workbook in memory, with the document properties to write it with. */
export function comparisonWorkbook(result: DiffResult): { workbook: Workbook; props: DocumentProperties } {
  const workbook = new ExcelJS.Workbook();
  const rows = comparisonRows(result.changes, result.approval.covers);
  const title = t('zh', 'diff.title', { title: result.manifest?.title ?? '' });
  comparisonSheet(workbook.addWorksheet(t('zh', 'diff.sheet.table')), rows, title, `（${result.from.label} → ${result.to.label}）`);
  summarySheet(workbook.addWorksheet(t('zh', 'diff.sheet.summary')), result, title);
  const decided = rows.flatMap((r) => r.date.split('、')).filter(Boolean).sort();
  const date = decided[decided.length - 1] ?? result.manifest?.effective ?? '2000-01-01';
  return { workbook, props: { date, title, subject: t('zh', 'diff.sheet.table'), ...(result.manifest?.issuers[0] ? { company: result.manifest.issuers[0] } : {}) } };
}

function comparisonSheet(sheet: Worksheet, changes: ComparisonRow[], title: string, subtitle: string): void {
  const specs: ColumnSpec[] = COLUMNS.map((c) => ({ header: t('zh', c.key), min: c.min, max: c.max }));
  const widths = fitColumnWidths(specs, changes.map(cellTexts));
  const rows = changes.flatMap((row) => fitRows(row, widths));
  const texts = rows.map(cellTexts);
  applyColumnWidths(sheet, widths);
  const headerRow = writeTitleBlock(sheet, { annex: '附件', title, lines: [subtitle], widths });
  writeHeader(sheet, headerRow, specs.map((s) => s.header), widths);
  rows.forEach((row, i) => {
    const r = sheet.getRow(headerRow + 1 + i);
    const values: (string | number | Segment[])[] = [row.seq, row.id, row.name, row.kind, row.parts, row.before, row.after, row.basis, row.applicant, row.date, row.note];
    values.forEach((value, c) => bodyCell(r.getCell(c + 1), value, COLUMNS[c]?.align));
    r.height = rowHeightFor(texts[i] ?? [], widths);
  });
  applyPrintLayout(sheet, { titleRows: [headerRow, headerRow] });
}

function summarySheet(sheet: Worksheet, result: DiffResult, title: string): void {
  const table = summaryRows(result);
  const specs: ColumnSpec[] = table.header.map((h, i) => ({ header: h, min: i === 0 ? 10 : 5, max: i === 0 ? 16 : 6 }));
  const widths = fitColumnWidths(specs, table.rows);
  applyColumnWidths(sheet, widths);
  const headerRow = writeTitleBlock(sheet, { title, lines: [t('zh', 'diff.sheet.summary')], widths });
  writeHeader(sheet, headerRow, table.header, widths);
  table.rows.forEach((cells, i) => {
    const r = sheet.getRow(headerRow + 1 + i);
    cells.forEach((value, c) => bodyCell(r.getCell(c + 1), c === 0 || value === '' ? value : Number(value), c === 0 ? undefined : 'center', table.bold.has(i)));
    r.height = rowHeightFor(cells, widths);
  });
  applyPrintLayout(sheet, { titleRows: [headerRow, headerRow] });
}

function writeHeader(sheet: Worksheet, at: number, headers: string[], widths: number[]): void {
  const row = sheet.getRow(at);
  headers.forEach((h, i) => {
    const cell = row.getCell(i + 1);
    cell.value = h;
    cell.font = font(FONTS.header);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN_BORDER;
  });
  row.height = rowHeightFor(headers, widths, FONTS.header.size);
}

function bodyCell(cell: Cell, value: string | number | Segment[], align: 'center' | undefined, bold = false): void {
  cell.value = Array.isArray(value) ? richText(value) : value;
  cell.font = font(FONTS.body, bold ? { bold } : {});
  cell.alignment = { horizontal: align ?? 'left', vertical: 'middle', wrapText: true };
  cell.border = THIN_BORDER;
}

// Runs of rich text do not inherit the cell's font in Excel, so each carries the full font.
function richText(segments: Segment[]): { richText: RichText[] } | string {
  if (segments.every((s) => !s.mark)) return plainText(segments);
  return {
    richText: merge(segments).map((s) => ({ text: s.text, font: font(FONTS.body, s.mark === 'del' ? DELETED : s.mark === 'ins' ? INSERTED : {}) })),
  };
}

function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.mark === s.mark) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

// Excel cannot make a row taller than 409 pt: a removed or added matter's full text would print
// cut off. Such a change continues on rows of its own, marked （续）, each short enough to print.
function fitRows(row: ComparisonRow, widths: number[]): ComparisonRow[] {
  if (naturalRowHeight(cellTexts(row), widths) <= MAX_ROW_HEIGHT) return [row];
  const before = splitLines(row.before);
  const after = splitLines(row.after);
  const rows: ComparisonRow[] = [];
  let chunk = { before: [] as Segment[][], after: [] as Segment[][] };
  const asRow = (c: typeof chunk, first: boolean): ComparisonRow => ({
    ...(first ? row : { ...row, name: `${row.name}（续）`, basis: '', applicant: '', date: '', note: '' }),
    before: joinSegments(c.before),
    after: joinSegments(c.after),
  });
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const b = before[i] ? [before[i] as Segment[]] : [];
    const a = after[i] ? [after[i] as Segment[]] : [];
    const next = { before: [...chunk.before, ...b], after: [...chunk.after, ...a] };
    const fits = naturalRowHeight(cellTexts(asRow(next, rows.length === 0)), widths) <= MAX_ROW_HEIGHT;
    if (!fits && (chunk.before.length > 0 || chunk.after.length > 0)) {
      rows.push(asRow(chunk, rows.length === 0));
      chunk = { before: b, after: a };
    } else {
      chunk = next;
    }
  }
  rows.push(asRow(chunk, rows.length === 0));
  return rows;
}

function splitLines(segments: Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const segment of segments) {
    segment.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece !== '') lines[lines.length - 1]?.push({ ...segment, text: piece });
    });
  }
  return lines;
}

function joinSegments(lines: Segment[][]): Segment[] {
  if (lines.length === 0) return [{ text: '' }];
  return lines.flatMap((line, i) => (i === 0 ? line : [{ text: '\n' }, ...line]));
}

function cellTexts(row: ComparisonRow): string[] {
  return [String(row.seq), row.id, row.name, row.kind, row.parts, plainText(row.before), plainText(row.after), row.basis, row.applicant, row.date, row.note];
}
