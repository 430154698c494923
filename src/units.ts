import { suggest } from './suggest.js';
import type { Unit, UnitKind, UnitRegistry } from './types.js';

/** Fast lookups over units.yaml. */
export interface UnitIndex {
  collective: string;
  byName: Map<string, Unit>;
  /** alias → full name */
  aliases: Map<string, string>;
  names: string[];
}

export function indexUnits(registry: UnitRegistry): UnitIndex {
  const byName = new Map(registry.units.map((u) => [u.name, u] as const));
  if (!byName.has(registry.streets_collective)) {
    byName.set(registry.streets_collective, { name: registry.streets_collective, kind: 'street' });
  }
  const aliases = new Map<string, string>();
  for (const u of registry.units) for (const a of u.aliases ?? []) aliases.set(a, u.name);
  return { collective: registry.streets_collective, byName, aliases, names: [...byName.keys()] };
}

/** The registered unit a name stands for: the unit itself, or the one an alias names. An alias
 *  is that unit (the alias rule asks for the full name; no other rule should see a difference). */
export function resolveUnit(index: UnitIndex, name: string): string | undefined {
  return index.byName.has(name) ? name : index.aliases.get(name);
}

export function unitKind(index: UnitIndex, name: string): UnitKind | undefined {
  const full = resolveUnit(index, name);
  return full === undefined ? undefined : index.byName.get(full)?.kind;
}

export function isStreet(index: UnitIndex, name: string): boolean {
  return unitKind(index, name) === 'street';
}

/** Where a unit name is written, which decides the units it can sensibly be. */
export type UnitSlot = 'district' | 'responsibility' | 'applicant';

// 区级部门职责 names a department; the split names departments, sub-districts and other bodies
// (村（居）民委员会). Reviewing units and the filing office never carry a matter's duties, so they
// are never offered however close their names (区行政审批局 is not 区财政局).
const SLOT_KINDS: Record<UnitSlot, readonly UnitKind[]> = {
  district: ['district'],
  responsibility: ['district', 'street', 'other'],
  applicant: ['district', 'street'],
};

/** The registered full name a misspelt one most likely means, from the units that fit the slot. */
export function suggestUnit(index: UnitIndex, name: string, slot: UnitSlot): string | undefined {
  const alias = index.aliases.get(name);
  if (alias) return alias;
  const kinds = SLOT_KINDS[slot];
  // The collective first: 街道 written for the sub-districts means all of them, not one.
  const fitting = [...index.byName.values()]
    .filter((u) => kinds.includes(u.kind))
    .sort((a, b) => Number(b.name === index.collective) - Number(a.name === index.collective));
  const spellings = fitting.flatMap((u) => [u.name, ...(u.aliases ?? [])]);
  const hit = suggest(name, spellings);
  return hit === undefined ? undefined : resolveUnit(index, hit);
}
