// Lines and boxes before cells: every cell's text broken into lines at its column's width, every
// row's height from its tallest cell, rows placed on pages — a row that does not fit the rest of a
// page is split between lines and continues on the next page in a row marked （续）, as a Word table
// row breaks across pages. Nothing here touches a workbook; write.ts turns pages into cells.
import { breakLines, type LineSpan } from './breaker.js';
import { BODY_SIZE, FONTS, HEADER_SIZE, SUBTITLE_MIN_SIZE, TITLE_MIN_SIZE, type FontRole } from './fonts.js';
import { columnCapacityEm, columnWidthFor, linesInPt, rowHeightPt, textEm } from './metrics.js';
import { printScale, printableArea, tableWidthUnits } from './page.js';
import { appendText, linesOf, plainText } from './runs.js';
import type { CellText, SheetSpec, TableRow } from './table.js';
import { EXCEL_CELL_LIMIT } from './text.js';
import { chooseWidths } from './widths.js';

/** Excel's tallest row, in points. */
export const MAX_ROW_PT = 409;
/** Height of a `gap` row (points). */
const GAP_PT = 9;
/** Plan pages 0.5 % short: renderers round row edges differently. */
const PAGE_SAFETY = 0.995;
/** Marks a row that continues a matter from the page before. */
export const CONTINUED = '（续）';

/** One line of the block above the table. */
export interface TitleLine {
  text: string;
  font: FontRole;
  /** Merged across the table and centred (else left-aligned in the first cell). */
  merged: boolean;
  height: number;
}

/** Column widths, the title block and header row, and the room on a page: all a sheet's rows need. */
export interface SheetPlan {
  spec: SheetSpec;
  /** Column widths in Excel's units. */
  widths: number[];
  /** Em of body text one line of each column holds. */
  capacities: number[];
  titleLines: TitleLine[];
  header: { cells: string[]; height: number };
  /** Fit-to-width scale the table prints at (1 = 100 %). */
  scale: number;
  /** Points for rows on a page, at scale 1, the repeated header included. */
  pageHeight: number;
}

/** A row as placed on a page: its cells' lines and its height. */
export interface PlacedRow {
  cells: CellText[];
  role: NonNullable<TableRow['role']>;
  height: number;
  /** Index of the table row it shows (a continued row shows part of one). */
  source: number;
  /** Continues a row begun on an earlier page. */
  continued: boolean;
  /** Lines of its tallest cell. */
  lines: number;
}

export interface Page {
  rows: PlacedRow[];
  /** Points used by rows (title block and header included). */
  used: number;
}

export function planSheet(spec: SheetSpec): SheetPlan {
  const sample = spec.sample ?? (Array.isArray(spec.rows) ? (spec.rows as readonly TableRow[]) : []);
  const em = chooseWidths(spec.columns, sample, tableWidthUnits(spec.orientation), spec.balance);
  const widths = em.map((e) => columnWidthFor(e, BODY_SIZE));
  const capacities = widths.map((w) => columnCapacityEm(w, BODY_SIZE));
  const scale = printScale(widths, spec.orientation);
  const headers = spec.columns.map((c, i) => balanced(c.header, columnCapacityEm(widths[i] ?? 0, HEADER_SIZE)));
  const header = { cells: headers, height: rowHeightPt(Math.max(...headers.map((h) => h.split('\n').length)), HEADER_SIZE) };
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  return {
    spec, widths, capacities, scale, header,
    titleLines: titleLines(spec, tableWidth),
    pageHeight: (printableArea(spec.orientation).height / scale) * PAGE_SAFETY,
  };
}

function wrap(text: string, capacity: number): string {
  return breakLines(text, capacity).map((s) => text.slice(s.from, s.to)).join('\n');
}

// A header that needs two or more lines is cut into lines of even length (法律法规及 / 文件依据).
function balanced(text: string, capacity: number): string {
  const lines = breakLines(text, capacity).length;
  if (lines < 2) return text;
  const even = Math.ceil(textEm(text) / lines);
  return wrap(text, breakLines(text, even).length === lines ? even : capacity);
}

function titleLines(spec: SheetSpec, tableWidth: number): TitleLine[] {
  const lines: TitleLine[] = [];
  // Each line of the block is one line: its size comes down to fit (not below `least`) rather than
  // a word being cut in two; only a line too long even then is broken.
  const room = columnCapacityEm(tableWidth, 1);
  const merged = (text: string, role: FontRole, least: number, air = 0): void => {
    const size = Math.max(least, Math.min(role.size, Math.floor((room / Math.max(1, textEm(text))) * 2) / 2));
    const wrapped = wrap(text, columnCapacityEm(tableWidth, size));
    lines.push({ text: wrapped, font: { ...role, size }, merged: true, height: rowHeightPt(wrapped.split('\n').length, size) + air });
  };
  if (spec.title.annex !== undefined) lines.push({ text: spec.title.annex, font: FONTS.annex, merged: false, height: rowHeightPt(1, FONTS.annex.size) });
  merged(spec.title.title, FONTS.title, TITLE_MIN_SIZE, 8);
  for (const l of spec.title.lines ?? []) merged(l, FONTS.subtitle, SUBTITLE_MIN_SIZE);
  return lines;
}

/** Total height of the title block (points). */
export function titleHeight(plan: SheetPlan): number {
  return plan.titleLines.reduce((sum, l) => sum + l.height, 0);
}

// A row being placed: for each column its text and the lines still to print.
interface Piece {
  source: number;
  role: NonNullable<TableRow['role']>;
  keep: boolean;
  continued: boolean;
  cols: { cell: CellText; text: string; spans: LineSpan[] }[];
  /** The row's own cells, for the columns a continuation repeats. */
  origin: readonly CellText[];
  /** Lines of its tallest column (at least 1). */
  lines: number;
}

function sizeOf(role: PlacedRow['role']): number {
  return role === 'header' ? HEADER_SIZE : BODY_SIZE;
}

function pieceOf(plan: SheetPlan, row: TableRow, source: number): Piece {
  const role = row.role ?? 'body';
  const size = sizeOf(role);
  const cols = plan.spec.columns.map((_, c) => {
    const cell = row.cells[c] ?? '';
    const text = plainText(cell);
    const capacity = role === 'header' ? columnCapacityEm(plan.widths[c] ?? 0, size) : (plan.capacities[c] ?? 1);
    return { cell, text, spans: text === '' || role === 'gap' ? [] : breakLines(text, capacity) };
  });
  return { source, role, keep: row.keepTogether === true || role === 'gap' || role === 'header', continued: false, cols, origin: row.cells, lines: tallest(cols) };
}

function tallest(cols: Piece['cols']): number {
  let lines = 1;
  for (const c of cols) if (c.spans.length > lines) lines = c.spans.length;
  return lines;
}

function linesOfPiece(p: Piece): number {
  return p.lines;
}

function heightOf(p: Piece, lines = linesOfPiece(p)): number {
  return p.role === 'gap' ? GAP_PT : rowHeightPt(lines, sizeOf(p.role));
}

function place(p: Piece, lines = linesOfPiece(p)): PlacedRow {
  return {
    cells: p.cols.map((c) => linesOf(c.cell, c.text, c.spans.slice(0, lines))),
    role: p.role, height: heightOf(p, lines), source: p.source, continued: p.continued, lines,
  };
}

/** Where to cut `p` so that its first part has at most `room` lines; 0 when it should not be cut here. */
function splitAt(plan: SheetPlan, p: Piece, room: number): number {
  const columns = plan.spec.columns;
  const flow = p.cols.filter((_, c) => (columns[c]?.continued ?? 'flow') === 'flow');
  const linesWhere = (test: (how: string) => boolean): number => Math.max(0, ...p.cols.filter((_, c) => test(columns[c]?.continued ?? 'flow')).map((c) => c.spans.length));
  // A name or an id is never cut (the continuation repeats it whole); units rather not.
  const whole = linesWhere((how) => how === 'mark' || how === 'repeat');
  const kept = linesWhere((how) => how === 'keep');
  const first = flow[0];
  if (!first) return 0;
  const tallest = flow.reduce((a, b) => (b.spans.length > a.spans.length ? b : a), first);
  // No line left alone at the foot of a page or at the head of the next; the units whole on the
  // first part, unless that would leave a gap of more than three lines at the foot of the page.
  let low = Math.max(2, whole, kept);
  let high = Math.min(room, tallest.spans.length - 2);
  if (high < low && room > 3) low = Math.max(2, whole);
  if (high < low) return 0;
  // Rather at the start of a duty of the tallest column, if that costs no more than two lines.
  for (let k = high; k >= Math.max(low, high - 2); k--) {
    if (tallest.spans[k]?.first) {
      high = k;
      break;
    }
  }
  return high;
}

function rest(plan: SheetPlan, p: Piece, lines: number): Piece {
  const columns = plan.spec.columns;
  const cols = p.cols.map((c, i) => {
      const how = columns[i]?.continued ?? 'flow';
      if (how === 'flow' || how === 'keep') return { ...c, spans: c.spans.slice(lines) };
      const own = p.origin[i] ?? '';
      const cell = how === 'mark' ? appendText(own, CONTINUED) : own;
      const text = plainText(cell);
      return { cell, text, spans: text === '' ? [] : breakLines(text, plan.capacities[i] ?? 1) };
    });
  return { ...p, continued: true, cols, lines: tallest(cols) };
}

// Lines of one cell's text that keep it under Excel's 32,767 characters.
function cellLimitLines(p: Piece, lines: number): number {
  let limit = lines;
  for (const c of p.cols) {
    let chars = 0;
    for (let k = 0; k < Math.min(limit, c.spans.length); k++) {
      const s = c.spans[k] as LineSpan;
      chars += s.to - s.from + 1;
      if (chars > EXCEL_CELL_LIMIT) {
        limit = Math.max(1, k);
        break;
      }
    }
  }
  return limit;
}

/** Pages of placed rows, one at a time (the rows may be a generator of any length). */
export function* paginate(plan: SheetPlan, rows: Iterable<TableRow>): Generator<Page> {
  let page: PlacedRow[] = [];
  let used = titleHeight(plan) + plan.header.height;
  const size = BODY_SIZE;
  const next = function* (): Generator<Page> {
    yield { rows: page, used };
    page = [];
    used = plan.header.height;
  };
  let index = 0;
  for (const row of rows) {
    let piece = pieceOf(plan, row, index++);
    for (;;) {
      const room = Math.min(plan.pageHeight - used, MAX_ROW_PT);
      const lines = cellLimitLines(piece, linesOfPiece(piece));
      if (lines === linesOfPiece(piece) && heightOf(piece) <= room) {
        page.push(place(piece));
        used += heightOf(piece);
        break;
      }
      const cut = piece.keep ? 0 : splitAt(plan, piece, Math.min(lines, linesInPt(room, size)));
      if (cut > 0) {
        page.push(place(piece, cut));
        used += heightOf(piece, cut);
        piece = rest(plan, piece, cut);
        yield* next();
        continue;
      }
      if (page.length > 0) {
        yield* next();
        continue;
      }
      // Taller than an empty page and not to be split at a nice place: cut where the page is full.
      const full = Math.max(1, Math.min(lines, linesInPt(room, size)));
      page.push(place(piece, full));
      used += heightOf(piece, full);
      if (full >= linesOfPiece(piece)) break;
      piece = rest(plan, piece, full);
      // Only repeated columns left (a name longer than a page): nothing more to continue.
      if (piece.cols.every((c, i) => c.spans.length === 0 || (plan.spec.columns[i]?.continued ?? 'flow') !== 'flow' && plan.spec.columns[i]?.continued !== 'keep')) break;
      yield* next();
    }
  }
  if (page.length > 0) yield { rows: page, used };
}
