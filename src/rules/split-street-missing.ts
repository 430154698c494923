import { isStreet, resolveUnit } from '../units.js';
import type { Rule } from './types.js';

export const splitStreetMissing: Rule = {
  id: 'split/street-missing',
  severity: 'error',
  description: { zh: '街道须在主体责任或配合责任中', en: 'The sub-district is primary or supporting' },
  reads: ['responsibility'],
  // A name unit/unknown reports may be the street misspelt (街道 for 各街道办事处): not a second finding.
  check: ({ responsibility: { primary, supporting } }, ctx) =>
    [...primary, ...supporting].some((u) => isStreet(ctx.units, u) || resolveUnit(ctx.units, u) === undefined)
      ? []
      : [{ path: ['responsibility'], params: { collective: ctx.units.collective } }],
};
