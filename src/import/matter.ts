// One spreadsheet row as a matter: cells cut into entries, unit aliases replaced by the names in
// the unit registry. Whatever still does not fit is left as written for `check` to point at.
import type { DistrictDuty, Matter } from '../types.js';
import type { UnitIndex } from '../units.js';
import type { SheetRow } from './rows.js';
import { splitBasis, splitDistrict, splitDuties, splitUnits } from './split.js';

export function rowMatter(row: SheetRow, id: string, units: UnitIndex | undefined): Matter {
  const { cells } = row;
  const full = (name: string): string => fullName(name, units);
  const whole = units ? [...units.names, ...units.aliases.keys()] : [];
  const primary = unique(splitUnits(cells.primary, whole).map(full));
  const supporting = unique(splitUnits(cells.supporting, whole).map(full));
  const lead = leadDistrictUnit(primary, supporting, units);
  const note = cells.note.trim();
  return {
    id,
    type: cells.type,
    name: oneLine(cells.name),
    district: districtDuties(cells.district, lead, units),
    street: { duties: splitDuties(cells.street) },
    basis: splitBasis(cells.basis),
    responsibility: { primary, supporting },
    ...(note ? { note } : {}),
  };
}

/** The unit that takes duties written without a unit heading: the first district unit carrying
 *  the primary responsibility, else the first one supporting. '' when there is none, which the
 *  schema then reports at the line to fix. */
function leadDistrictUnit(primary: string[], supporting: string[], units: UnitIndex | undefined): string {
  if (!units) return primary[0] ?? '';
  const isDistrict = (name: string): boolean => units.byName.get(name)?.kind === 'district';
  return primary.find(isDistrict) ?? supporting.find(isDistrict) ?? '';
}

function districtDuties(text: string, lead: string, units: UnitIndex | undefined): DistrictDuty[] {
  const isUnit = (name: string): boolean => units !== undefined && units.byName.has(fullName(name, units));
  const byUnit = new Map<string, string[]>();
  for (const block of splitDistrict(text, isUnit)) {
    const unit = block.unit === undefined ? lead : fullName(block.unit, units);
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), ...block.duties]);
  }
  return [...byUnit].map(([unit, duties]) => ({ unit, duties }));
}

/** The registered name for a name or alias; brackets typed in ASCII are tried in full width. */
export function fullName(name: string, units: UnitIndex | undefined): string {
  if (!units) return name;
  const wide = name.replace(/\(/g, '（').replace(/\)/g, '）');
  for (const candidate of [name, wide]) {
    if (units.byName.has(candidate)) return candidate;
    const full = units.aliases.get(candidate);
    if (full) return full;
  }
  return name;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, '').trim();
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
