// Counts of a checked list: matters by type, by unit as 主体/配合, by street. Pure.
import type { ListManifest, Matter } from '../types.js';
import type { UnitIndex } from '../units.js';

export interface TypeCount {
  type: string;
  count: number;
  /** False for a type missing from the manifest's vocabulary (check reports it). */
  known: boolean;
}

export interface UnitCount {
  unit: string;
  /** Matters where the unit carries 主体责任. */
  primary: number;
  /** Matters where the unit carries 配合责任. */
  supporting: number;
  /** Matters where the unit has 区级部门职责. */
  districtDuties: number;
}

export interface StreetCount {
  street: string;
  /** True for the collective name standing for every sub-district. */
  collective: boolean;
  /** Matters naming this street itself (for the collective row: naming the collective) as 主体责任. */
  primary: number;
  /** … as 配合责任. */
  supporting: number;
  /** Matters naming this street itself, in either role. */
  named: number;
  /** Matters that reach this street only through the collective name (0 for the collective row). */
  throughCollective: number;
  /** Matters whose street duties fall on this street: named itself, or through the collective. */
  concerned: number;
}

export interface ListStats {
  title: string;
  matters: number;
  byType: TypeCount[];
  byUnit: UnitCount[];
  byStreet: StreetCount[];
}

export function computeStats(manifest: ListManifest, units: UnitIndex, matters: Matter[]): ListStats {
  const canonical = (name: string): string => units.aliases.get(name.trim()) ?? name.trim();
  const roles = matters.map((m) => ({
    primary: new Set(m.responsibility.primary.map(canonical)),
    supporting: new Set(m.responsibility.supporting.map(canonical)),
    district: new Set(m.district.map((d) => canonical(d.unit))),
  }));
  const count = (pick: (r: (typeof roles)[number]) => boolean): number => roles.filter(pick).length;
  const isStreet = (name: string): boolean => units.byName.get(name)?.kind === 'street';

  const named = roles.flatMap((r) => [...r.primary, ...r.supporting, ...r.district]);
  const unitNames = unique([
    ...units.names.filter((n) => units.byName.get(n)?.kind === 'district'),
    ...units.names.filter((n) => named.includes(n)),
    ...named,
  ]).filter((n) => !isStreet(n));
  const byUnit = unitNames
    .map((unit) => ({
      unit,
      primary: count((r) => r.primary.has(unit)),
      supporting: count((r) => r.supporting.has(unit)),
      districtDuties: count((r) => r.district.has(unit)),
    }));

  const collective = units.collective;
  const streets = [collective, ...units.names.filter((n) => isStreet(n) && n !== collective)];
  const names = (r: (typeof roles)[number], street: string): boolean => r.primary.has(street) || r.supporting.has(street);
  const byStreet = streets.map((street) => {
    const isCollective = street === collective;
    const named = count((r) => names(r, street));
    const concerned = count((r) => names(r, street) || names(r, collective));
    return {
      street,
      collective: isCollective,
      primary: count((r) => r.primary.has(street)),
      supporting: count((r) => r.supporting.has(street)),
      named,
      throughCollective: isCollective ? 0 : concerned - named,
      concerned,
    };
  });

  const types = unique([...manifest.types, ...matters.map((m) => m.type)]);
  const byType = types.map((type) => ({ type, count: matters.filter((m) => m.type === type).length, known: manifest.types.includes(type) }));

  return { title: manifest.title, matters: matters.length, byType, byUnit, byStreet };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
