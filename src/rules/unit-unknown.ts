import type { DataPath, Matter } from '../types.js';
import { suggestUnit, type UnitSlot } from '../units.js';
import type { Rule, RuleFinding } from './types.js';

// Each unit name is judged once, where it is written; the split rules then reason about the unit
// it resolves to, so one misspelling is one finding and an alias is simply the unit it names.
export const unitUnknown: Rule = {
  id: 'unit/unknown',
  severity: 'error',
  description: { zh: '单位须在单位名录中', en: 'Every unit is in the unit registry' },
  reads: ['district', 'responsibility'],
  check: (matter, ctx) =>
    unitsOf(matter)
      .filter(([, name]) => !ctx.units.byName.has(name))
      .map(([path, name]): RuleFinding => {
        const full = ctx.units.aliases.get(name);
        if (full) return { path, message: 'unit/alias', params: { unit: name, suggestion: full }, severity: 'warning', rule: 'unit/alias' };
        const suggestion = suggestUnit(ctx.units, name, slotOf(path));
        return suggestion ? { path, params: { unit: name, suggestion } } : { path, params: { unit: name }, hint: 'unit/unknown.none' };
      }),
};

/** Every unit name in a matter with its data path. */
export function unitsOf(matter: Matter): [DataPath, string][] {
  const out: [DataPath, string][] = matter.district.map((d, i): [DataPath, string] => [['district', i, 'unit'], d.unit]);
  matter.responsibility.primary.forEach((u, i) => out.push([['responsibility', 'primary', i], u]));
  matter.responsibility.supporting.forEach((u, i) => out.push([['responsibility', 'supporting', i], u]));
  return out;
}

function slotOf(path: DataPath): UnitSlot {
  return path[0] === 'district' ? 'district' : 'responsibility';
}
