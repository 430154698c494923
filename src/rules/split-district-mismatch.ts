import { resolveUnit, unitKind } from '../units.js';
import type { Rule, RuleFinding } from './types.js';

// A department that has duties but no named responsibility (or the reverse) is exactly the
// gap where 推诿扯皮 starts: the table would name a unit nobody told what to do.
// Units are compared as the units they resolve to (an alias is its unit). A name that resolves
// to nothing is unit/unknown's finding; it may be any unit, so it explains a missing counterpart.
export const splitDistrictMismatch: Rule = {
  id: 'split/district-mismatch',
  severity: 'error',
  description: {
    zh: '有职责的区级部门与主体/配合责任中的区级部门一一对应',
    en: 'District units with duties are exactly the district units named in the split',
  },
  reads: ['district', 'responsibility'],
  check: (matter, ctx) => {
    const resolve = (name: string): string | undefined => resolveUnit(ctx.units, name);
    const named = [...matter.responsibility.primary, ...matter.responsibility.supporting].map(resolve);
    const withDuties = matter.district.map((d) => resolve(d.unit));
    const findings: RuleFinding[] = [];
    if (!named.includes(undefined)) {
      matter.district.forEach((d, i) => {
        const unit = withDuties[i];
        if (unit !== undefined && !named.includes(unit)) findings.push({ path: ['district', i, 'unit'], message: 'split/district-mismatch.unnamed', params: { unit: d.unit } });
      });
    }
    if (withDuties.includes(undefined)) return findings;
    for (const side of ['primary', 'supporting'] as const) {
      matter.responsibility[side].forEach((u, i) => {
        const kind = unitKind(ctx.units, u);
        if ((kind === 'district' || kind === 'reviewer') && !withDuties.includes(resolve(u))) {
          findings.push({ path: ['responsibility', side, i], message: 'split/district-mismatch.no-duties', params: { unit: u } });
        }
      });
    }
    return findings;
  },
};
