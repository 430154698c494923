import type { DataPath, Matter } from '../types.js';
import { suggestUnit } from '../units.js';
import type { Rule, RuleFinding } from './types.js';

export const unitUnknown: Rule = {
  id: 'unit/unknown',
  severity: 'error',
  description: { zh: '单位须在单位名录中', en: 'Every unit is in the unit registry' },
  check: (matter, ctx) =>
    unitsOf(matter)
      .filter(([, name]) => !ctx.units.byName.has(name))
      .map(([path, name]): RuleFinding => {
        const full = ctx.units.aliases.get(name);
        return full
          ? { path, message: 'unit/alias', params: { unit: name, suggestion: full }, severity: 'warning', rule: 'unit/alias' }
          : { path, params: { unit: name, suggestion: suggestUnit(ctx.units, name) } };
      }),
};

/** Every unit name in a matter with its data path. */
export function unitsOf(matter: Matter): [DataPath, string][] {
  const out: [DataPath, string][] = matter.district.map((d, i): [DataPath, string] => [['district', i, 'unit'], d.unit]);
  matter.responsibility.primary.forEach((u, i) => out.push([['responsibility', 'primary', i], u]));
  matter.responsibility.supporting.forEach((u, i) => out.push([['responsibility', 'supporting', i], u]));
  return out;
}
