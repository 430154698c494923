// The version before an adjustment, when the repository holds none to compare with (a list
// started from its current version, as the shipped one is): the list folder copied, the record's
// changes taken back — added matters removed, each modified part set to what the record says it
// read before (items[].before) — and the record itself left out, so it is what covers the changes.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import type { ListLocation } from '../load/list.js';
import { yamlFiles } from '../load/list.js';
import type { Adjustment, AdjustmentItem } from '../types.js';

/** Why the earlier version cannot be built from the record alone: the first item that lacks it. */
export function missingBefore(record: Adjustment, location: ListLocation): AdjustmentItem | undefined {
  return record.items.find((item) => {
    if (item.action === 'add') return false;
    if (item.action === 'remove') return true;
    const before = item.before ?? {};
    const parts = item.parts ?? [];
    return parts.length === 0 || parts.some((p) => !(p in before) && p !== 'note') || !existsSync(join(location.mattersDir, `${item.matter}.yaml`));
  });
}

/** A temporary folder holding the list as it was before `record`; the caller removes it. */
export function versionBefore(record: Adjustment, recordFile: string, location: ListLocation): string {
  const root = mkdtempSync(join(tmpdir(), 'dutylist-before-'));
  const matters = join(root, 'matters');
  const adjustments = join(root, 'adjustments');
  mkdirSync(matters);
  mkdirSync(adjustments);
  try {
    const items = new Map(record.items.map((i) => [i.matter, i]));
    for (const path of yamlFiles(location.mattersDir)) {
      const id = basename(path).replace(/\.ya?ml$/i, '');
      const item = items.get(id);
      if (item?.action === 'add') continue;
      if (item?.action === 'modify') writeFileSync(join(matters, basename(path)), takenBack(readFileSync(path, 'utf8'), item));
      else copyFileSync(path, join(matters, basename(path)));
    }
    for (const path of yamlFiles(location.adjustmentsDir)) {
      if (path !== recordFile) copyFileSync(path, join(adjustments, basename(path)));
    }
    return root;
  } catch (e) {
    rmSync(root, { recursive: true, force: true });
    throw e;
  }
}

// The matter file with each changed part as it read before (a note the record does not give was not there).
function takenBack(text: string, item: AdjustmentItem): string {
  const doc = parseDocument(text);
  for (const part of item.parts ?? []) {
    const value = item.before?.[part];
    if (value === undefined) doc.delete(part);
    else doc.set(part, doc.createNode(value));
  }
  return doc.toString({ lineWidth: 0 });
}
