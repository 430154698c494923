// The data rows under the header, one per matter: empty rows skipped, the type carried down from
// a merged cell, and the （续） rows our own export writes for a tall matter folded back in.
import { isHeaderRow, type Field, type Header } from './columns.js';
import { stripNumbering } from './split.js';

/** The text of every known column of one matter, and where it came from. */
export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  cells: Record<Field, string>;
}

const FIELDS: readonly Field[] = ['seq', 'type', 'name', 'district', 'street', 'basis', 'primary', 'supporting', 'note', 'id'];
const CONTENT: readonly Field[] = ['name', 'district', 'street', 'basis', 'primary', 'supporting', 'note'];
/** Columns a continuation row carries on: the ones `export` cuts between lines. */
const CONTINUED: readonly Field[] = ['district', 'street', 'basis', 'primary', 'supporting', 'note'];
const CONTINUATION = /[（(]续[)）]$/;

export function sheetRows(grid: readonly (readonly string[])[], header: Header): SheetRow[] {
  const rows: SheetRow[] = [];
  let type = '';
  for (let i = header.dataStart; i < grid.length; i++) {
    const line = grid[i] ?? [];
    if (isHeaderRow(line)) continue;
    const cells = cellsOf(line, header);
    const section = sectionTitle(cells);
    if (section !== undefined) {
      type = section;
      continue;
    }
    if (CONTENT.every((f) => cells[f] === '')) {
      if (cells.type) type = cells.type;
      continue;
    }
    const previous = rows[rows.length - 1];
    if (previous && CONTINUATION.test(cells.name)) {
      for (const f of CONTINUED) if (cells[f]) previous.cells[f] = previous.cells[f] ? `${previous.cells[f]}\n${cells[f]}` : cells[f];
      continue;
    }
    if (cells.type) type = cells.type;
    else cells.type = type;
    rows.push({ row: i + 1, cells });
  }
  return rows;
}

function cellsOf(line: readonly string[], header: Header): Record<Field, string> {
  const entries = FIELDS.map((f) => {
    const column = header.columns[f];
    const text = column === undefined ? '' : (line[column] ?? '');
    // A type is one word of the vocabulary; spaces in it are only padding.
    return [f, f === 'type' ? text.replace(/\s+/g, '') : text] as const;
  });
  return Object.fromEntries(entries) as Record<Field, string>;
}

// A heading row merged across the table ("一、文化市场") repeats one text in every column it
// spans; it names the type of the rows below it rather than being a matter.
function sectionTitle(cells: Record<Field, string>): string | undefined {
  const texts = CONTENT.map((f) => cells[f]).filter((s) => s !== '');
  const first = texts[0];
  if (first === undefined || texts.length < 3 || texts.some((s) => s !== first)) return undefined;
  return stripNumbering(first);
}
