import { closest } from 'fastest-levenshtein';
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

export function unitKind(index: UnitIndex, name: string): UnitKind | undefined {
  return index.byName.get(name)?.kind;
}

export function isStreet(index: UnitIndex, name: string): boolean {
  return unitKind(index, name) === 'street';
}

/** The registered name closest to a misspelt one. */
export function suggestUnit(index: UnitIndex, name: string): string {
  return index.aliases.get(name) ?? closest(name, index.names);
}
