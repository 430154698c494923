// Sheet 「清单」: the issued table, one row per matter under a repeated header.
import type { Alignment, Style, Workbook } from 'exceljs';
import type { ListManifest, Matter } from '../types.js';
import { matterCells } from './cells.js';
import { FONTS, font } from './fonts.js';
import { MAX_ROW_HEIGHT, THIN_BORDER, applyColumnWidths, fitColumnWidths, naturalRowHeight, paginate, printLayout, rowHeightFor, type ColumnSpec } from './layout.js';
import { titleBlockHeight, writeTitleBlock } from './title.js';

export const LIST_SHEET = '清单';

/** The issued columns (DOMAIN.md §2) and 事项编码; widths in em of the body font. */
export function listColumns(withText: boolean): ColumnSpec[] {
  return [
    { header: '序号', min: 2, max: 2.5 },
    { header: '事项类型', min: 2, max: 2 },
    { header: '事项名称', min: 4, max: 6 },
    { header: '区级部门职责', min: 8, max: 15 },
    { header: '街道职责', min: 8, max: 12 },
    { header: '法律法规及文件依据', min: 5, max: withText ? 18 : 9 },
    { header: '主体责任', min: 4, max: 4 },
    { header: '配合责任', min: 4, max: 5 },
    { header: '备注', min: 2, max: 5 },
    { header: '事项编码', min: 3, max: 4.6 },
  ];
}

/** One matter ready to print: its sequence number, type and cell texts. */
export interface ListRow {
  matter: Matter;
  /** All cell texts in column order, 序号 and 事项类型 included. */
  cells: string[];
}

export function listRows(sorted: readonly Matter[], articleTexts?: (citation: string) => string[]): ListRow[] {
  return sorted.map((matter, i) => ({ matter, cells: [String(i + 1), matter.type, ...matterCells(matter, articleTexts)] }));
}

/** Lines under the title: the subtitle, then the issuing units, date and version. */
export function titleLines(manifest: ListManifest): string[] {
  const [y, m, d] = manifest.effective.split('-').map(Number);
  const issued = `联合印发：${manifest.issuers.join('、')}　　施行日期：${y}年${m}月${d}日　　版本：${manifest.version}`;
  return [...(manifest.subtitle ? [manifest.subtitle] : []), issued];
}

const CENTER: Partial<Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const LEFT: Partial<Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
const CENTERED_COLUMNS = new Set([0, 1, 6, 7, 9]);

function cellStyle(column: number): Partial<Style> {
  return { font: font(FONTS.body), alignment: CENTERED_COLUMNS.has(column) ? CENTER : LEFT, border: THIN_BORDER };
}

// Excel cannot print a row taller than 409 pt: when a matter's text needs more, the column that
// holds it widens (and the whole table prints a little smaller under fit-to-width) until it fits.
const GROWABLE = new Set([3, 4, 5]);
const GROWTH = 1.25;
const MAX_GROWTH_STEPS = 4;

function fitWidths(columns: ColumnSpec[], rows: readonly ListRow[]): { widths: number[]; needed: number[] } {
  let widths = fitColumnWidths(columns, rows.map((r) => r.cells));
  let needed = rows.map((r) => naturalRowHeight(r.cells, widths));
  for (let step = 0; step < MAX_GROWTH_STEPS; step++) {
    const tall = rows.filter((_, i) => (needed[i] ?? 0) > MAX_ROW_HEIGHT);
    if (tall.length === 0) break;
    const culprits = new Set<number>();
    for (const r of tall) {
      let worst = -1;
      let worstHeight = 0;
      r.cells.forEach((text, c) => {
        const h = GROWABLE.has(c) ? naturalRowHeight([text], [widths[c] ?? 0]) : 0;
        if (h > worstHeight) [worst, worstHeight] = [c, h];
      });
      if (worst >= 0) culprits.add(worst);
    }
    if (culprits.size === 0) break;
    columns = columns.map((c, i) => (culprits.has(i) ? { ...c, max: Math.round(c.max * GROWTH) } : c));
    widths = fitColumnWidths(columns, rows.map((r) => r.cells));
    needed = rows.map((r) => naturalRowHeight(r.cells, widths));
  }
  return { widths, needed };
}

/** Ids of matters continued on more than one row. */
export type TallRows = string[];

// Columns whose text may be cut between lines when a matter still needs more than Excel's
// 409 pt: 区级部门职责, 街道职责, 依据, 备注.
const SPLITTABLE = [3, 4, 5, 8];

interface PrintedRow {
  row: ListRow;
  cells: string[];
  continued: boolean;
  height: number;
}

/** A matter too tall for one row continues on rows of its own, cut between lines, marked （续）. */
function printedRows(rows: readonly ListRow[], widths: number[], needed: number[]): PrintedRow[] {
  return rows.flatMap((row, i): PrintedRow[] => {
    const height = needed[i] ?? MAX_ROW_HEIGHT;
    if (height <= MAX_ROW_HEIGHT) return [{ row, cells: row.cells, continued: false, height }];
    const lines = row.cells.map((text, c) => (SPLITTABLE.includes(c) ? text.split('\n') : [text]));
    const count = Math.max(...SPLITTABLE.map((c) => lines[c]?.length ?? 0));
    const chunkCells = (from: number, to: number, continued: boolean): string[] =>
      row.cells.map((text, c) => {
        if (SPLITTABLE.includes(c)) return (lines[c] ?? []).slice(from, to).join('\n');
        if (!continued) return text;
        if (c === 1 || c === 9) return text;
        return c === 2 ? `${text}（续）` : '';
      });
    const out: PrintedRow[] = [];
    let from = 0;
    while (from < count) {
      let to = from + 1;
      while (to < count && naturalRowHeight(chunkCells(from, to + 1, out.length > 0), widths) <= MAX_ROW_HEIGHT) to++;
      const cells = chunkCells(from, to, out.length > 0);
      out.push({ row, cells, continued: out.length > 0, height: rowHeightFor(cells, widths) });
      from = to;
    }
    return out;
  });
}

/** Adds the 清单 sheet; returns the ids of matters continued on more than one row. */
export function writeListSheet(workbook: Workbook, manifest: ListManifest, rows: readonly ListRow[], withText: boolean): TallRows {
  const columns = listColumns(withText);
  const { widths, needed } = fitWidths(columns, rows);
  const lines = titleLines(manifest);
  const headerRow = 2 + lines.length + 1;
  const sheet = workbook.addWorksheet(LIST_SHEET, printLayout({ titleRows: [headerRow, headerRow] }));
  applyColumnWidths(sheet, widths);

  const block = { annex: '附件', title: manifest.title, lines, widths };
  writeTitleBlock(sheet, block);
  const header = sheet.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = { font: font(FONTS.header), alignment: CENTER, border: THIN_BORDER };
  });
  header.height = rowHeightFor(columns.map((c) => c.header), widths, FONTS.header.size);
  header.commit();

  const styles = columns.map((_, i) => cellStyle(i));
  const tall: TallRows = rows.filter((_, i) => (needed[i] ?? 0) > MAX_ROW_HEIGHT).map((r) => r.matter.id);
  const printed = printedRows(rows, widths, needed);
  const heights = printed.map((p) => p.height);
  const pageEnds = new Set(paginate(heights, widths, titleBlockHeight(block), header.height));

  const first = headerRow + 1;
  printed.forEach(({ row: r, cells, continued }, i) => {
    const rowNumber = first + i;
    // 事项类型 is merged over a run of one type, cut at page ends so every page shows its type.
    // The streaming writer touches every cell of a merge: merge before the run's rows commit.
    const startsRun = i === 0 || printed[i - 1]?.row.matter.type !== r.matter.type || pageEnds.has(i - 1);
    if (startsRun) {
      let end = i;
      while (!pageEnds.has(end) && printed[end + 1]?.row.matter.type === r.matter.type) end++;
      if (end > i) sheet.mergeCells(rowNumber, 2, first + end, 2);
    }
    const row = sheet.getRow(rowNumber);
    cells.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      if (c !== 1 || startsRun) cell.value = c === 0 ? (continued ? '' : Number(text)) : text;
      cell.style = styles[c] ?? {};
    });
    row.height = heights[i] ?? MAX_ROW_HEIGHT;
    if (pageEnds.has(i)) row.addPageBreak();
    row.commit();
  });
  sheet.commit();
  return tall;
}
