// Laid-out pages into worksheet cells: the chosen line breaks written into the text, row heights
// exact, a manual page break after each page's last row, the header repeated, A4 set up.
import type { AddWorksheetOptions, Alignment, Borders, DataValidation, Font, RichText, Style, Workbook, Worksheet } from 'exceljs';
import { FONTS, FOOTER, font } from './fonts.js';
import { paginate, planSheet, type Page, type PlacedRow, type SheetPlan } from './layout.js';
import { marginsInches } from './page.js';
import { plainText } from './runs.js';
import type { CellText, Mark, SheetSpec } from './table.js';
import { xmlSafe } from './text.js';

/** What was printed, for the command's report and for tests. */
export interface SheetReport {
  pages: number;
  /** Table rows continued on a later page (indexes into the spec's rows). */
  continued: number[];
  /** Table rows that needed more than one full page. */
  overPage: number[];
  plan: SheetPlan;
}

/** Anything exceljs can add a worksheet to: the in-memory workbook or the streaming writer. */
export interface WorkbookLike {
  addWorksheet(name: string, options?: Partial<AddWorksheetOptions>): Worksheet;
}

export const THIN_BORDER: Partial<Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};

const MARK_FONTS: Record<Mark, Partial<Font>> = {
  del: { color: { argb: 'FFC00000' }, strike: true },
  ins: { color: { argb: 'FF00803C' }, underline: true },
  strong: { bold: true },
  highlight: { bold: true, color: { argb: 'FF9C0006' } },
};

/** Lays out `spec` and writes it as a new worksheet of `workbook`. */
export function writeSheet(workbook: WorkbookLike | Workbook, spec: SheetSpec, onRow?: (source: number) => void): SheetReport {
  const plan = planSheet(spec);
  const headerRow = plan.titleLines.length + 1;
  const sheet = (workbook as WorkbookLike).addWorksheet(spec.name, worksheetOptions(plan, headerRow));
  sheet.columns = plan.widths.map((width) => ({ width }));
  const columns = spec.columns.length;

  plan.titleLines.forEach((line, i) => {
    const r = i + 1;
    if (line.merged && columns > 1) sheet.mergeCells(r, 1, r, columns);
    const row = sheet.getRow(r);
    const cell = row.getCell(1);
    cell.value = xmlSafe(line.text);
    cell.font = font(line.font);
    cell.alignment = line.merged ? { horizontal: 'center', vertical: 'middle', wrapText: true } : { horizontal: 'left', vertical: 'middle' };
    row.height = line.height;
    row.commit();
  });
  const header = sheet.getRow(headerRow);
  plan.header.cells.forEach((text, c) => {
    const cell = header.getCell(c + 1);
    cell.value = xmlSafe(text);
    cell.style = { font: font(FONTS.header), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: THIN_BORDER };
  });
  header.height = plan.header.height;
  header.commit();

  const report: SheetReport = { pages: 0, continued: [], overPage: [], plan };
  let next = headerRow + 1;
  let held: Page | undefined;
  const flush = (page: Page, last: boolean): void => {
    writePage(sheet, plan, page, next, !last, onRow);
    next += page.rows.length;
    report.pages++;
  };
  const pieces = new Map<number, number>();
  for (const page of paginate(plan, spec.rows)) {
    if (held) flush(held, false);
    for (const row of page.rows) if (row.continued) pieces.set(row.source, (pieces.get(row.source) ?? 1) + 1);
    held = page;
  }
  report.continued = [...pieces.keys()];
  report.overPage = [...pieces].filter(([, n]) => n > 2).map(([source]) => source);
  if (held) flush(held, true);
  offerChoices(sheet, spec, headerRow + 1, next - 1);
  (sheet as Worksheet & { commit?: () => void }).commit?.();
  return report;
}

/** Drop-down lists on the columns that have `choices`, over the table's rows. Only a hint: a
 *  value typed by hand is kept (the office reads what people write, not what the list allows). */
function offerChoices(sheet: Worksheet, spec: SheetSpec, firstRow: number, lastRow: number): void {
  if (lastRow < firstRow) return;
  spec.columns.forEach((col, c) => {
    if (!col.choices || col.choices.length === 0) return;
    const letter = columnLetter(c + 1);
    (sheet as WithValidations).dataValidations.add(`${letter}${firstRow}:${letter}${lastRow}`, {
      type: 'list', allowBlank: true, showErrorMessage: false, formulae: [`"${col.choices.join(',')}"`],
    });
  });
}

/** exceljs has range validations on both worksheet kinds but declares them on neither. */
type WithValidations = Worksheet & { dataValidations: { add(range: string, validation: DataValidation): void } };

function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function worksheetOptions(plan: SheetPlan, headerRow: number): Partial<AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: plan.spec.orientation,
      // Our widths already fit one page wide; fit-to-width is only the net for a machine whose
      // fonts measure wider (it then shrinks the table instead of cutting off its last columns).
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: plan.spec.onePage ? 1 : 0,
      horizontalCentered: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: marginsInches(),
    },
    headerFooter: { oddFooter: FOOTER, evenFooter: FOOTER },
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
  };
}

// exceljs recognises a style it has seen by the object itself; one object per column and role
// saves serialising the style of every cell again (most of the writer's time at 10,000 matters).
const styleCache = new WeakMap<SheetPlan, Map<string, Partial<Style>>>();

function cellStyle(plan: SheetPlan, c: number, role: PlacedRow['role']): Partial<Style> {
  let styles = styleCache.get(plan);
  if (!styles) styleCache.set(plan, (styles = new Map()));
  const key = `${c}:${role}`;
  let style = styles.get(key);
  if (!style) {
    style = {
      font: font(role === 'header' ? FONTS.header : FONTS.body, role === 'strong' ? { bold: true } : {}),
      alignment: alignment(plan.spec.columns[c]?.align ?? 'left', role),
      ...(role === 'gap' ? {} : { border: THIN_BORDER }),
    };
    styles.set(key, style);
  }
  return style;
}

function writePage(sheet: Worksheet, plan: SheetPlan, page: Page, first: number, breakAfter: boolean, onRow?: (source: number) => void): void {
  const columns = plan.spec.columns;
  // The streaming writer needs a merge declared before its rows are committed.
  columns.forEach((col, c) => {
    if (!col.mergeEqual) return;
    let start = 0;
    for (let i = 1; i <= page.rows.length; i++) {
      const same = i < page.rows.length && mergeable(page.rows[i], page.rows[start], c);
      if (same) continue;
      if (i - 1 > start) sheet.mergeCells(first + start, c + 1, first + i - 1, c + 1);
      start = i;
    }
  });
  page.rows.forEach((placed, i) => {
    const row = sheet.getRow(first + i);
    const merged = (c: number): boolean => columns[c]?.mergeEqual === true && i > 0 && mergeable(placed, page.rows[i - 1], c);
    placed.cells.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      const col = columns[c];
      if (!merged(c)) cell.value = cellValue(text, col?.numeric === true && !placed.continued, placed.role);
      cell.style = cellStyle(plan, c, placed.role);
    });
    row.height = placed.height;
    if (breakAfter && i === page.rows.length - 1) row.addPageBreak();
    row.commit();
    if (!placed.continued) onRow?.(placed.source);
  });
}

function mergeable(a: PlacedRow | undefined, b: PlacedRow | undefined, c: number): boolean {
  if (!a || !b || a.role !== 'body' || b.role !== 'body') return false;
  const x = plainText(a.cells[c] ?? '');
  return x !== '' && x === plainText(b.cells[c] ?? '');
}

function alignment(align: 'left' | 'center', role: PlacedRow['role']): Partial<Alignment> {
  return { horizontal: role === 'header' ? 'center' : align, vertical: 'middle', wrapText: true };
}

function cellValue(text: CellText, numeric: boolean, role: PlacedRow['role']): string | number | { richText: RichText[] } {
  if (typeof text === 'string') {
    if (numeric && /^\d+$/.test(text)) return Number(text);
    return xmlSafe(text);
  }
  if (text.every((r) => !r.mark)) return xmlSafe(plainText(text));
  // Runs do not inherit the cell's font in Excel, so each carries the full font.
  const base = role === 'header' ? FONTS.header : FONTS.body;
  return { richText: text.map((r) => ({ text: xmlSafe(r.text), font: font(base, r.mark ? MARK_FONTS[r.mark] : role === 'strong' ? { bold: true } : {}) })) };
}
