// The data rows under the header, one per matter: empty and repeated-header rows skipped, the type
// carried down from a merged cell or a section heading, and the （续） rows our own export writes
// for a tall matter folded back in. Columns that name no part travel with the row, under their
// header, so nothing the office wrote is lost.
import { foldHeader, type Field } from './synonyms.js';
import { repeatsHeader, type Header, type HeaderColumn } from './header.js';
import { stripNumbering } from './split.js';

/** Text of a column that names no matter part, kept under its header. */
export interface ExtraCell {
  header: string;
  text: string;
}

/** The text of every known column of one matter, and where it came from. */
export interface SheetRow {
  /** 1-based row number as the spreadsheet (table) shows it. */
  row: number;
  cells: Record<Field, string>;
  extras: ExtraCell[];
  /** Row numbers of （续） rows folded into this one. */
  continued: number[];
}

const FIELDS: readonly Field[] = ['seq', 'id', 'type', 'name', 'district', 'street', 'basis', 'primary', 'supporting', 'note', 'power_type'];
const CONTENT: readonly Field[] = ['name', 'district', 'street', 'basis', 'primary', 'supporting', 'note'];
/** Columns a continuation row carries on: the ones `export` cuts between lines. */
const CONTINUED: readonly Field[] = ['district', 'street', 'basis', 'primary', 'supporting', 'note'];
const CONTINUATION = /[（(]续[)）]$/;

/** Columns that name no part, less the ones the user asked to drop (by header text). */
export function extraColumns(header: Header, ignored: readonly string[]): { kept: HeaderColumn[]; dropped: HeaderColumn[] } {
  const drop = new Set(ignored.map(foldHeader));
  const extra = header.columns.filter((c) => !c.match);
  const isDropped = (c: HeaderColumn): boolean => drop.has(foldHeader(c.header)) || c.labels.some((l) => drop.has(foldHeader(l)));
  return { kept: extra.filter((c) => !isDropped(c)), dropped: extra.filter(isDropped) };
}

export function sheetRows(grid: readonly (readonly string[])[], header: Header, kept: readonly HeaderColumn[]): SheetRow[] {
  const rows: SheetRow[] = [];
  // A heading above the header (一、文化市场 over the first table) names the first rows' type.
  let type = grid.slice(0, header.row).map(loneHeading).filter((h) => h !== undefined).at(-1) ?? '';
  for (let i = header.dataStart; i < grid.length; i++) {
    const line = grid[i] ?? [];
    if (line.length === 0 || repeatsHeader(line, header)) continue;
    const cells = cellsOf(line, header);
    const extras = kept.map((c) => ({ header: c.header || `第${c.index + 1}列`, text: (line[c.index] ?? '').trim() })).filter((e) => e.text !== '');
    const section = sectionTitle(cells) ?? loneHeading(line);
    if (section !== undefined) {
      type = section;
      continue;
    }
    if (CONTENT.every((f) => cells[f] === '') && extras.length === 0) {
      if (cells.type) type = cells.type;
      continue;
    }
    const previous = rows[rows.length - 1];
    if (previous && CONTINUATION.test(cells.name)) {
      for (const f of CONTINUED) if (cells[f]) previous.cells[f] = previous.cells[f] ? `${previous.cells[f]}\n${cells[f]}` : cells[f];
      previous.extras.push(...extras);
      previous.continued.push(i + 1);
      continue;
    }
    if (cells.type) type = cells.type;
    else cells.type = type;
    rows.push({ row: i + 1, cells, extras, continued: [] });
  }
  return rows;
}

function cellsOf(line: readonly string[], header: Header): Record<Field, string> {
  const entries = FIELDS.map((f) => {
    const column = header.parts[f];
    const text = column === undefined ? '' : (line[column] ?? '').trim();
    // A type is one word of the vocabulary; spaces in it are only padding.
    return [f, f === 'type' || f === 'power_type' ? text.replace(/\s+/g, '') : text] as const;
  });
  return Object.fromEntries(entries) as Record<Field, string>;
}

// 一、文化市场 written alone on its row (a CSV of a merged heading, or a heading paragraph
// between the tables of a Word document): the type of the rows below.
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*(.{1,28})$/;

function loneHeading(line: readonly string[]): string | undefined {
  const filled = line.map((c) => c.trim()).filter((c) => c !== '');
  const only = filled.length === 1 ? filled[0] : undefined;
  return only === undefined ? undefined : SECTION_HEADING.exec(only)?.[1]?.trim();
}

// A heading row merged across the table ("一、文化市场") repeats one text in every column it
// spans; it names the type of the rows below it rather than being a matter.
function sectionTitle(cells: Record<Field, string>): string | undefined {
  const texts = CONTENT.map((f) => cells[f]).filter((s) => s !== '');
  const first = texts[0];
  if (first === undefined || texts.length < 3 || texts.some((s) => s !== first)) return undefined;
  return stripNumbering(first);
}
