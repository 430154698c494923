// Which id each imported row gets, and what the list's vocabulary lacks.
import { InputError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { freshIds, MATTER_ID, MAX_ID_NUMBER } from './ids.js';
import type { SheetRow } from './rows.js';

export interface PlannedRow {
  row: SheetRow;
  id: string;
}

/**
 * The 事项编码 the sheet gives, else fresh ones in row order, allocated once. A malformed or
 * repeated code stops the import (it would become a file name), and so does a row for which no
 * valid id is left: two rows must never be written to one file.
 */
export function assignIds(rows: readonly SheetRow[], sheet: string, prefix: string, spent: readonly string[], lang: Lang): PlannedRow[] {
  const firstRow = new Map<string, number>();
  for (const { row, cells } of rows) {
    const id = cells.id;
    if (id === '') continue;
    if (!MATTER_ID.test(id)) throw new InputError(t(lang, 'import.bad-id', { sheet, row, id }));
    const first = firstRow.get(id);
    if (first !== undefined) throw new InputError(t(lang, 'import.duplicate-id', { sheet, row, id, first }));
    firstRow.set(id, row);
  }
  const needing = rows.filter((r) => r.cells.id === '');
  const fresh = freshIds(needing.length, prefix, [...spent, ...firstRow.keys()]);
  const stuck = fresh.findIndex((id) => id === undefined);
  if (stuck >= 0) {
    const row = needing[stuck]?.row ?? 0;
    throw new InputError(t(lang, 'import.ids-exhausted', { sheet, row, count: needing.length - stuck, last: `${prefix}-${MAX_ID_NUMBER}` }));
  }
  let next = 0;
  return rows.map((row) => ({ row, id: row.cells.id || (fresh[next++] ?? '') }));
}

/** Types the rows use that the vocabulary lacks, in the order they first appear. */
export function newTypes(rows: readonly SheetRow[], types: readonly string[]): string[] {
  const known = new Set(types);
  const found: string[] = [];
  for (const { cells } of rows) {
    if (cells.type !== '' && !known.has(cells.type)) {
      known.add(cells.type);
      found.push(cells.type);
    }
  }
  return found;
}
