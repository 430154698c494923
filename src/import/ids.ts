// Which 事项编码 a list has already spent, and the fresh ones after them. Shared by `new` and
// `import`, so both skip ids a removed matter or a pending application holds.
import { commonPrefix } from '../init/matter-template.js';
import { fileStem, yamlFiles, type ListLocation } from '../load/list.js';
import { asRecord, stringsOf } from '../load/data.js';
import { readYamlFile } from '../load/read.js';

/** 事项编码 as the schema requires. */
export const MATTER_ID = /^[A-Z]{1,6}-\d{3,5}$/;
/** The highest number an id may carry (five digits). */
export const MAX_ID_NUMBER = 99999;
const DEFAULT_PREFIX = 'SX';
const MIN_WIDTH = 3;
// Numbers past five digits are counted as spent too: a malformed file name must not make its
// number look free.
const ANY_ID = /^([A-Z]{1,6})-(\d+)$/;

/** Every matter id an adjustment names: removed ones must never come back, pending ones are taken. */
export function adjustmentIds(location: ListLocation, show: (p: string) => string): string[] {
  return yamlFiles(location.adjustmentsDir).flatMap((path) => {
    const items = asRecord(readYamlFile(path, show(path)).data)?.items;
    return Array.isArray(items) ? items.flatMap((item) => stringsOf([asRecord(item)?.matter])) : [];
  });
}

/** Ids of the matter files already in the list: file names and the ids written inside. */
export function matterFileIds(location: ListLocation, show: (p: string) => string): string[] {
  return yamlFiles(location.mattersDir).flatMap((path) => {
    const id = asRecord(readYamlFile(path, show(path)).data)?.id;
    return [fileStem(path), ...(typeof id === 'string' ? [id] : [])];
  });
}

/** The prefix new ids take: list.yaml's `id_prefix`, else the one the list's matters (or its
 *  applications) use; the default only for a list with neither. */
export function idPrefix(declared: string | undefined, matterIds: readonly string[], reserved: readonly string[]): string {
  return declared ?? commonPrefix([...matterIds]) ?? commonPrefix([...reserved]) ?? DEFAULT_PREFIX;
}

/**
 * `count` fresh ids in one pass: one past the highest number spent with the prefix, in order,
 * zero-padded like the ids already there. Entries past WH-99999 are `undefined`: there is no
 * valid id left for them, and the caller must refuse rather than reuse one.
 */
export function freshIds(count: number, prefix: string, spent: readonly string[]): (string | undefined)[] {
  let highest = 0;
  let width = MIN_WIDTH;
  for (const id of spent) {
    const m = ANY_ID.exec(id);
    if (!m || m[1] !== prefix || m[2] === undefined) continue;
    highest = Math.max(highest, Number(m[2]));
    if (m[2].length <= 5) width = Math.max(width, m[2].length);
  }
  const ids: (string | undefined)[] = [];
  for (let i = 1; i <= count; i++) {
    const n = highest + i;
    ids.push(n > MAX_ID_NUMBER ? undefined : `${prefix}-${String(n).padStart(width, '0')}`);
  }
  return ids;
}
