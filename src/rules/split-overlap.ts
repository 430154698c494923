import type { Rule } from './types.js';

export const splitOverlap: Rule = {
  id: 'split/overlap',
  severity: 'error',
  description: { zh: '同一单位不得既承担主体责任又承担配合责任', en: 'No unit is both primary and supporting' },
  check: ({ responsibility: { primary, supporting } }) =>
    supporting.flatMap((u, i) => (primary.includes(u) ? [{ path: ['responsibility', 'supporting', i], params: { unit: u } }] : [])),
};
