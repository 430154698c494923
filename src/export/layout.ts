// Print layout shared by every sheet we issue: A4 landscape, fitted to the page width, header rows
// repeated, page numbers in the footer, column widths and row heights computed from the text.
import type { AddWorksheetOptions, Borders, Worksheet } from 'exceljs';
import { FOOTER, FONTS } from './fonts.js';
import { widestLine, wrappedLineCount } from './width.js';

/** One column of a table: its header and the width range it may take, in em of the body font. */
export interface ColumnSpec {
  header: string;
  /** Narrowest the column may be (em). */
  min: number;
  /** Widest the column may be before its text wraps (em). */
  max: number;
}

/** What applyPrintLayout needs to know about a sheet. */
export interface PrintLayout {
  /** Rows repeated at the top of every printed page, 1-based inclusive: [first, last]. */
  titleRows?: [number, number];
  /** Rows frozen on screen (default: the last title row; 0 for none). */
  freezeRows?: number;
  /** Shrink to a single page (short tables such as 统计) instead of one page wide. */
  onePage?: boolean;
}

// Excel stores column widths in characters of the workbook's default font (Calibri 11, 7 px per
// digit at 96 dpi); a cell loses a few pixels to its margins and grid line.
const PX_PER_WIDTH_UNIT = 7;
const CELL_PADDING_PX = 8;
// Renderers differ a little in glyph advance and margins; plan for 5 % less room than measured.
const SAFETY = 0.95;
// Excel gives 宋体/仿宋 about 1.3 em per line (14.25 pt rows at 11 pt); LibreOffice with WenQuanYi 1.17 em.
const LINE_HEIGHT_EM = 1.3;
const ROW_PADDING_PT = 4;
/** Excel's maximum row height in points. */
export const MAX_ROW_HEIGHT = 409;

function pxPerEm(fontSize: number): number {
  return (fontSize * 96) / 72;
}

/** Excel column width holding `em` of text at `fontSize`. */
export function widthForEm(em: number, fontSize: number = FONTS.body.size): number {
  return Math.ceil(((em * pxPerEm(fontSize)) / SAFETY + CELL_PADDING_PX) / PX_PER_WIDTH_UNIT * 4) / 4;
}

/** Em of text at `fontSize` that fit on one line of a column of Excel width `width`. */
export function emCapacity(width: number, fontSize: number = FONTS.body.size): number {
  return ((width * PX_PER_WIDTH_UNIT - CELL_PADDING_PX) * SAFETY) / pxPerEm(fontSize);
}

/**
 * Excel widths for `columns`: each as wide as its widest line (header at the header font size,
 * cells at `fontSize`), within [min, max].
 */
export function fitColumnWidths(columns: readonly ColumnSpec[], rows: Iterable<readonly string[]>, fontSize: number = FONTS.body.size): number[] {
  const headerScale = FONTS.header.size / fontSize;
  const natural = columns.map((c) => Math.min(c.max, Math.max(c.min, Math.ceil(widestLine(c.header) * headerScale * 2) / 2)));
  for (const row of rows) {
    row.forEach((text, i) => {
      const c = columns[i];
      const current = natural[i];
      if (!c || current === undefined || current >= c.max) return;
      natural[i] = Math.min(c.max, Math.max(current, widestLine(text)));
    });
  }
  return natural.map((em) => widthForEm(em, fontSize));
}

/** Row height (points) that shows every text of a row wrapped in its column width, capped at Excel's maximum. */
export function rowHeightFor(texts: readonly string[], widths: readonly number[], fontSize: number = FONTS.body.size): number {
  return Math.min(MAX_ROW_HEIGHT, naturalRowHeight(texts, widths, fontSize));
}

/** Row height (points) the texts need, uncapped: above MAX_ROW_HEIGHT the row prints clipped. */
export function naturalRowHeight(texts: readonly string[], widths: readonly number[], fontSize: number = FONTS.body.size): number {
  let lines = 1;
  texts.forEach((text, i) => {
    const width = widths[i];
    if (width !== undefined && text !== '') lines = Math.max(lines, wrappedLineCount(text, emCapacity(width, fontSize)));
  });
  return Math.ceil(lines * fontSize * LINE_HEIGHT_EM + ROW_PADDING_PT);
}

/** Sets column widths (call before the first row is committed when streaming). */
export function applyColumnWidths(sheet: Worksheet, widths: readonly number[]): void {
  sheet.columns = widths.map((width) => ({ width }));
}

const CM = 1 / 2.54;
const PT_PER_INCH = 72;
const MARGINS = { top: 2.8 * CM, bottom: 2.0 * CM, left: 1.8 * CM, right: 1.8 * CM, header: 0.8 * CM, footer: 0.9 * CM };
const A4_LANDSCAPE_PT = { width: 841.89, height: 595.28 };
// Excel rounds the fit-to-width scale down to a whole percent and renderers differ slightly in
// column pixel rounding: fill pages to 95 % so the spreadsheet never adds a break of its own.
const PAGE_FILL = 0.95;

/** The fit-to-width scale a table of these column widths prints at. */
export function printScale(widths: readonly number[]): number {
  const tablePt = widths.reduce((sum, w) => sum + w * PX_PER_WIDTH_UNIT, 0) * 0.75;
  const printable = A4_LANDSCAPE_PT.width - (MARGINS.left + MARGINS.right) * PT_PER_INCH;
  return Math.min(1, printable / tablePt);
}

/**
 * Where to put manual page breaks so that rows are never split by the spreadsheet: the rows of
 * `heights` (points) follow `above` points of title rows on the first page and repeat a
 * `header`-point header on every page. Returns the indexes of rows that end a page.
 */
export function paginate(heights: readonly number[], widths: readonly number[], above: number, header: number): number[] {
  const page = ((A4_LANDSCAPE_PT.height - (MARGINS.top + MARGINS.bottom) * PT_PER_INCH) / printScale(widths)) * PAGE_FILL;
  const breaks: number[] = [];
  let used = above + header;
  heights.forEach((h, i) => {
    if (used + h > page && used > header && i > 0) {
      breaks.push(i - 1);
      used = header;
    }
    used += h;
  });
  return breaks;
}

/** Worksheet options for the layout; the streaming writer takes these only in addWorksheet(). */
export function printLayout(layout: PrintLayout): Pick<AddWorksheetOptions, 'pageSetup' | 'headerFooter' | 'views'> {
  const freeze = layout.freezeRows ?? layout.titleRows?.[1] ?? 0;
  return {
    // GB/T 9704: a landscape table puts its top edge at the binding (订口), so the top margin
    // carries the binding allowance.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: layout.onePage ? 1 : 0,
      horizontalCentered: true,
      ...(layout.titleRows ? { printTitlesRow: `${layout.titleRows[0]}:${layout.titleRows[1]}` } : {}),
      margins: MARGINS,
    },
    headerFooter: { oddFooter: FOOTER, evenFooter: FOOTER },
    views: freeze === 0 ? [] : [{ state: 'frozen', xSplit: 0, ySplit: freeze, topLeftCell: `A${freeze + 1}`, activeCell: `A${freeze + 1}` }],
  };
}

/**
 * A4 landscape, all columns on one page width, header rows repeated, "— n —" in the footer,
 * frozen panes under the header, on an in-memory worksheet. With the streaming writer pass
 * printLayout(layout) to addWorksheet() instead: it writes sheet properties and views at creation.
 */
export function applyPrintLayout(sheet: Worksheet, layout: PrintLayout): void {
  const options = printLayout(layout);
  sheet.pageSetup = { ...sheet.pageSetup, ...options.pageSetup };
  sheet.headerFooter = { ...sheet.headerFooter, ...options.headerFooter };
  sheet.views = options.views ?? [];
}

/** Thin borders on all four sides, for table cells. */
export const THIN_BORDER: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Excel-style column letter(s) of a 1-based column number. */
export function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}
