// What a sheet to be printed is made of: a title block, columns, and rows of cell texts.
import type { Orientation } from './page.js';

/** How a run of text is shown: deleted (red, struck through), inserted (green, underlined),
 *  strong (bold), highlight (bold dark red, e.g. the duties of the unit a workbook is sent to). */
export type Mark = 'del' | 'ins' | 'strong' | 'highlight';

/** A stretch of a cell's text with one look. */
export interface Run {
  text: string;
  mark?: Mark;
}

/** A cell: plain text, or runs of marked text. Explicit newlines end a paragraph. */
export type CellText = string | readonly Run[];

/** One column of a table. Widths are em of the body font (a Chinese character is 1 em). */
export interface Column {
  header: string;
  /** Narrowest the column's text may be (em). */
  min: number;
  /** Widest the column's text may be (em); the column is never wider than its widest paragraph. */
  max: number;
  align?: 'left' | 'center';
  /**
   * When a row continues on the next page, what the continuation shows in this column:
   * `flow` (default) the lines that did not fit; `repeat` the text again (a type, an id);
   * `mark` the text followed by （续） (the matter's name); `keep` like `flow`, but the row is
   * rather split below the column's last line (units, whose names should not be cut).
   */
  continued?: 'flow' | 'repeat' | 'mark' | 'keep';
  /** Equal neighbouring cells on a page are merged into one (事项类型 down a run of one type). */
  mergeEqual?: boolean;
  /** Cells are numbers (序号, counts): written as numbers, so the spreadsheet can sum them. */
  numeric?: boolean;
  /** Columns with the same `pair` keep one width (调整前 / 调整后 read side by side). */
  pair?: string;
  /** A column to fill in: the spreadsheet offers these values in a drop-down list (any text is still accepted). */
  choices?: readonly string[];
}

/** One row of a table. */
export interface TableRow {
  cells: readonly CellText[];
  /**
   * `body` (default); `strong` body in bold (totals); `header` a heading row inside the table, in
   * the header font (the second table of a summary); `gap` an empty row without borders.
   */
  role?: 'body' | 'strong' | 'header' | 'gap';
  /** Never split over two pages (short rows of a summary). */
  keepTogether?: boolean;
}

/** The block above the table on the first page. */
export interface TitleBlock {
  /** Top-left label, e.g. 附件. */
  annex?: string;
  /** Printed on one line, its size reduced (down to 16 pt) rather than broken mid-word. */
  title: string;
  /** Lines under the title (subtitle, issuers and date), each across the table. */
  lines?: readonly string[];
}

/** A sheet to lay out and write. */
export interface SheetSpec {
  /** Worksheet name. */
  name: string;
  orientation: Orientation;
  title: TitleBlock;
  columns: readonly Column[];
  /** The table's rows, in order. May be a generator: rows are laid out and written one page at a time. */
  rows: Iterable<TableRow>;
  /** Rows to choose column widths from (default: `rows` when it is an array). Pass a spread sample for big tables. */
  sample?: readonly TableRow[];
  /** Columns whose widths are balanced against each other; default every column with min < max. */
  balance?: readonly number[];
  /** Shrink the whole sheet to one page (short summaries). */
  onePage?: boolean;
}
