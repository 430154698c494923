// Which grid of the file holds the list, its header, and what becomes of every column.
import { InputError, UsageError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import type { SheetGrid } from './grid.js';
import { bestHeader, type Header, type HeaderColumn } from './header.js';
import { MATTER_ID } from './ids.js';
import type { ColumnFate } from './report.js';
import { partName } from './report.js';
import { extraColumns } from './rows.js';
import { foldHeader } from './synonyms.js';

export interface PickedTable {
  grid: SheetGrid;
  header: Header;
  /** Grids with content but no header: named, so none is skipped in silence. */
  others: string[];
}

export function pickTable(grids: readonly SheetGrid[], sheet: string | undefined, file: string, lang: Lang): PickedTable {
  const candidates = sheet === undefined ? grids : grids.filter((g) => g.name === sheet || g.name.trim() === sheet.trim());
  if (sheet !== undefined && candidates.length === 0) {
    throw new UsageError(t(lang, 'import.no-sheet', { file, sheet, sheets: grids.map((g) => g.name).join('、') }));
  }
  const scored = candidates.map((grid) => ({ grid, best: bestHeader(grid.rows) }));
  const found = scored.filter((s) => s.best?.found);
  // The first sheet with a header, unless a later one reads as a clearly better list.
  const chosen = found.reduce<(typeof found)[number] | undefined>((a, b) => (!a || (b.best?.header.score ?? 0) > (a.best?.header.score ?? 0) + 1 ? b : a), undefined);
  if (!chosen?.best) {
    const near = scored.filter((s) => s.best).sort((a, b) => (b.best?.header.score ?? 0) - (a.best?.header.score ?? 0))[0];
    if (!near?.best) throw new InputError(t(lang, 'import.no-header-empty', { file }));
    const where = grids.length > 1 ? t(lang, 'import.where', { sheet: near.grid.name }) : '';
    throw new InputError(t(lang, 'import.no-header', { file, where, row: near.best.header.row + 1, cells: describeColumns(near.best.header, lang) }));
  }
  const others = scored.filter((s) => s !== chosen && s.grid.rows.some((r) => r.some((c) => c !== ''))).map((s) => s.grid.name);
  return { grid: chosen.grid, header: chosen.best.header, others };
}

/** "序号" → 序号；"联系人"（未识别）… for messages. */
export function describeColumns(header: Header, lang: Lang): string {
  return header.columns
    .filter((c) => c.header !== '')
    .map((c) => (c.match ? t(lang, 'import.cell-matched', { header: c.header, part: partName(lang, c.match.part) }) : t(lang, 'import.cell-unknown', { header: c.header })))
    .join(t(lang, 'import.cells-separator'));
}

/** A 事项编码 column holding no id of the schema's form (a sequence, another system's code) is
 *  not taken for ids: its text goes to the note like any column the importer does not read. */
export function demoteIdColumn(grid: SheetGrid, header: Header): HeaderColumn | undefined {
  const index = header.parts.id;
  if (index === undefined) return undefined;
  const values = grid.rows.slice(header.dataStart).map((r) => (r[index] ?? '').trim()).filter((v) => v !== '');
  if (values.some((v) => MATTER_ID.test(v))) return undefined;
  const column = header.columns[index];
  if (!column) return undefined;
  delete column.match;
  delete header.parts.id;
  return column;
}

/** What becomes of each column, with the unmatched ones the user asked to drop checked by name. */
export function columnFates(grid: SheetGrid, header: Header, ignored: readonly string[], demoted: HeaderColumn | undefined, lang: Lang): { fates: ColumnFate[]; kept: HeaderColumn[] } {
  const hasData = (c: HeaderColumn): boolean => grid.rows.slice(header.dataStart).some((r) => (r[c.index] ?? '').trim() !== '');
  const extra = extraColumns(header, ignored);
  const kept = extra.kept.filter((c) => c.header !== '' || hasData(c));
  const dropped = extra.dropped;
  const known = new Set([...kept, ...dropped].flatMap((c) => [c.header, ...c.labels].map(foldHeader)));
  for (const name of ignored) {
    if (!known.has(foldHeader(name))) {
      throw new UsageError(t(lang, 'import.unknown-ignore', { name, columns: [...kept, ...dropped].map((c) => `“${c.header}”`).join('、') || '—' }));
    }
  }
  const droppedSet = new Set(dropped);
  const fates = header.columns
    .filter((c) => c.match || kept.includes(c) || droppedSet.has(c))
    .map((c): ColumnFate => {
      const base = { letter: columnLetter(c.index + 1), header: c.header };
      if (c.match) return { ...base, part: c.match.part, how: c.match.how, fate: 'part' };
      if (c === demoted) return { ...base, fate: 'id-demoted' };
      return { ...base, fate: droppedSet.has(c) ? 'dropped' : 'note' };
    });
  return { fates, kept };
}

/** Excel-style column letter(s) of a 1-based column number, as the clerk sees them in the sheet. */
function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}
