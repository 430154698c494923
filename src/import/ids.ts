// Which 事项编码 a list has already spent, and the fresh ones after them. Shared by `new` and
// `import`, so both skip ids a removed matter or a pending application holds.
import { nextMatterId } from '../init/matter-template.js';
import { fileStem, yamlFiles, type ListLocation } from '../load/list.js';
import { asRecord, stringsOf } from '../load/data.js';
import { readYamlFile } from '../load/read.js';

/** 事项编码 as the schema requires. */
export const MATTER_ID = /^[A-Z]{1,6}-\d{3,5}$/;

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

/** `count` fresh ids, one past another, none of them among `taken` or `reserved`. */
export function freshIds(count: number, taken: readonly string[], reserved: readonly string[]): string[] {
  const spent = [...taken];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = nextMatterId(spent, [...reserved]);
    ids.push(id);
    spent.push(id);
  }
  return ids;
}


