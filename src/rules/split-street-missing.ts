import { isStreet } from '../units.js';
import type { Rule } from './types.js';

export const splitStreetMissing: Rule = {
  id: 'split/street-missing',
  severity: 'error',
  description: { zh: '街道须在主体责任或配合责任中', en: 'The sub-district is primary or supporting' },
  check: ({ responsibility: { primary, supporting } }, ctx) =>
    [...primary, ...supporting].some((u) => isStreet(ctx.units, u))
      ? []
      : [{ path: ['responsibility'], params: { collective: ctx.units.collective } }],
};
