// The office's own vocabulary wins: types the sheet uses are added to list.yaml, and units the
// registry lacks are offered as a ready units.yaml block (added with --add-units). Both files
// are edited through the yaml Document API, so their comments stay where they were.
import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { UnitKind } from '../types.js';
import { suggestUnit, type UnitIndex } from '../units.js';

/** A unit to add to units.yaml. */
export interface NewUnit {
  name: string;
  kind: UnitKind;
  /** The registered unit whose name is closest, when one is close. */
  closest?: string;
}

/** list.yaml with `types` extended (created when missing). */
export function withTypes(manifest: string, types: readonly string[]): string {
  const doc = parseDocument(manifest);
  const node = doc.get('types', true);
  if (isSeq(node)) for (const t of types) node.add(doc.createNode(t));
  else {
    const seq = new YAMLSeq();
    seq.flow = true;
    for (const t of types) seq.add(doc.createNode(t));
    doc.set('types', seq);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** What kind of unit a name reads as. */
export function kindOf(name: string): UnitKind {
  if (/(街道|乡|镇)(办事处|人民政府)?$|各街道|镇街/.test(name)) return 'street';
  if (/(村|居|社区)(民委员会|委会|委员会)?$|村（居）/.test(name)) return 'other';
  return 'district';
}

export function newUnits(names: readonly string[], units: UnitIndex): NewUnit[] {
  return names.map((name) => {
    const closest = suggestUnit(units, name, 'responsibility');
    return { name, kind: kindOf(name), ...(closest ? { closest } : {}) };
  });
}

/** The entries as they go under `units:` in units.yaml, a comment naming the closest unit. */
export function unitsBlock(units: readonly NewUnit[], closestLabel: (name: string) => string): string {
  return units
    .map((u) => [`  - name: ${u.name}`, `    kind: ${u.kind}`, ...(u.closest ? [`    # ${closestLabel(u.closest)}`] : [])].join('\n'))
    .join('\n');
}

/** units.yaml with the units appended to `units:`. */
export function withUnits(registry: string, units: readonly NewUnit[], closestLabel: (name: string) => string): string {
  const doc = parseDocument(registry);
  const list = doc.get('units', true);
  if (!isSeq(list)) return registry;
  for (const u of units) {
    const entry = doc.createNode({ name: u.name, kind: u.kind });
    if (isMap(entry) && u.closest) (entry as YAMLMap).commentBefore = ` ${closestLabel(u.closest)}`;
    list.add(entry);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
