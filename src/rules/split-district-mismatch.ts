import { unitKind } from '../units.js';
import type { Rule, RuleFinding } from './types.js';

// A department that has duties but no named responsibility (or the reverse) is exactly the
// gap where 推诿扯皮 starts: the table would name a unit nobody told what to do.
export const splitDistrictMismatch: Rule = {
  id: 'split/district-mismatch',
  severity: 'error',
  description: {
    zh: '有职责的区级部门与主体/配合责任中的区级部门一一对应',
    en: 'District units with duties are exactly the district units named in the split',
  },
  check: (matter, ctx) => {
    const named = [...matter.responsibility.primary, ...matter.responsibility.supporting];
    const withDuties = matter.district.map((d) => d.unit);
    const findings: RuleFinding[] = [];
    matter.district.forEach((d, i) => {
      if (!named.includes(d.unit)) findings.push({ path: ['district', i, 'unit'], message: 'split/district-mismatch.unnamed', params: { unit: d.unit } });
    });
    for (const side of ['primary', 'supporting'] as const) {
      matter.responsibility[side].forEach((u, i) => {
        const kind = unitKind(ctx.units, u);
        if ((kind === 'district' || kind === 'reviewer') && !withDuties.includes(u)) {
          findings.push({ path: ['responsibility', side, i], message: 'split/district-mismatch.no-duties', params: { unit: u } });
        }
      });
    }
    return findings;
  },
};
