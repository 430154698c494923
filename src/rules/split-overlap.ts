import { resolveUnit } from '../units.js';
import type { Rule } from './types.js';

export const splitOverlap: Rule = {
  id: 'split/overlap',
  severity: 'error',
  description: { zh: '同一单位不得既承担主体责任又承担配合责任', en: 'No unit is both primary and supporting' },
  reads: ['responsibility'],
  check: ({ responsibility: { primary, supporting } }, ctx) => {
    const primaryUnits = new Set(primary.map((u) => resolveUnit(ctx.units, u) ?? u));
    return supporting.flatMap((u, i) => (primaryUnits.has(resolveUnit(ctx.units, u) ?? u) ? [{ path: ['responsibility', 'supporting', i], params: { unit: u } }] : []));
  },
};
