// Which id each imported row gets, and which rows the list cannot take as they are.
import { InputError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { freshIds, MATTER_ID } from './ids.js';
import type { SheetRow } from './rows.js';

export interface PlannedRow {
  row: SheetRow;
  id: string;
}

/** The 事项编码 the sheet gives, else the next free ones in row order. A malformed or repeated
 *  code stops the import: it would become a file name. */
export function assignIds(rows: readonly SheetRow[], sheet: string, taken: readonly string[], reserved: readonly string[], lang: Lang): PlannedRow[] {
  const firstRow = new Map<string, number>();
  for (const { row, cells } of rows) {
    const id = cells.id;
    if (id === '') continue;
    if (!MATTER_ID.test(id)) throw new InputError(t(lang, 'import.bad-id', { sheet, row, id }));
    const first = firstRow.get(id);
    if (first !== undefined) throw new InputError(t(lang, 'import.duplicate-id', { sheet, row, id, first }));
    firstRow.set(id, row);
  }
  const fresh = freshIds(rows.filter((r) => r.cells.id === '').length, [...taken, ...firstRow.keys()], reserved);
  let next = 0;
  return rows.map((row) => ({ row, id: row.cells.id || (fresh[next++] ?? '') }));
}

/** One message per row whose type is outside the list's vocabulary. */
export function unknownTypes(rows: readonly SheetRow[], types: readonly string[], sheet: string, lang: Lang): string[] {
  const allowed = types.join('、');
  return rows
    .filter((r) => !types.includes(r.cells.type))
    .map((r) => t(lang, 'import.unknown-type', { sheet, row: r.row, type: r.cells.type, allowed }));
}
