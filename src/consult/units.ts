// Who a consultation round asks, and about what: every department and sub-district the list
// names, each with exactly the matters that name it. The streets collective
// (各街道办事处（乡人民政府）) stands for every sub-district of the unit registry.
import type { Matter, UnitKind } from '../types.js';
import { resolveUnit, type UnitIndex } from '../units.js';

export interface ConsultedUnitMatters {
  unit: string;
  kind: Extract<UnitKind, 'district' | 'street'>;
  matters: Matter[];
}

/** The units named anywhere in a matter (district duties and the split), as registered names. */
export function unitsNamedBy(matter: Matter, units: UnitIndex): Set<string> {
  const names = [...matter.district.map((d) => d.unit), ...matter.responsibility.primary, ...matter.responsibility.supporting];
  return new Set(names.map((n) => resolveUnit(units, n) ?? n));
}

/** Whether `matter` names `unit`, or names the collective and `unit` is a sub-district. */
export function namesUnit(matter: Matter, unit: string, units: UnitIndex): boolean {
  const named = unitsNamedBy(matter, units);
  return named.has(unit) || (units.byName.get(unit)?.kind === 'street' && named.has(units.collective));
}

/** Departments and sub-districts, in the registry's order, each with the matters naming it
 *  (in the order given); units no matter names are left out. */
export function consultedUnits(matters: readonly Matter[], units: UnitIndex): ConsultedUnitMatters[] {
  const out: ConsultedUnitMatters[] = [];
  for (const unit of units.byName.values()) {
    if (unit.name === units.collective || (unit.kind !== 'district' && unit.kind !== 'street')) continue;
    const naming = matters.filter((m) => namesUnit(m, unit.name, units));
    if (naming.length > 0) out.push({ unit: unit.name, kind: unit.kind, matters: naming });
  }
  return out;
}
