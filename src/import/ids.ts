// Which 事项编码 a list has already spent, and the fresh ones after them. Shared by `new` and
// `import`, so both skip ids a removed matter or a pending application holds.
import { basename } from 'node:path';
import { nextMatterId } from '../init/matter-template.js';
import { yamlFiles, type ListLocation } from '../load/list.js';
import { readYamlFile } from '../load/read.js';

/** 事项编码 as the schema requires. */
export const MATTER_ID = /^[A-Z]{1,6}-\d{3,5}$/;

/** Every matter id an adjustment names: removed ones must never come back, pending ones are taken. */
export function adjustmentIds(location: ListLocation, show: (p: string) => string): string[] {
  return yamlFiles(location.adjustmentsDir).flatMap((path) => {
    const items = record(readYamlFile(path, show(path)).data)?.items;
    return Array.isArray(items) ? items.flatMap((item) => stringsOf([record(item)?.matter])) : [];
  });
}

/** Ids of the matter files already in the list: file names and the ids written inside. */
export function matterFileIds(location: ListLocation, show: (p: string) => string): string[] {
  return yamlFiles(location.mattersDir).flatMap((path) => {
    const id = record(readYamlFile(path, show(path)).data)?.id;
    return [basename(path).replace(/\.ya?ml$/i, ''), ...(typeof id === 'string' ? [id] : [])];
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

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
