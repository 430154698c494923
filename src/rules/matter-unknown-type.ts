import { closest } from 'fastest-levenshtein';
import type { Rule } from './types.js';

export const matterUnknownType: Rule = {
  id: 'matter/unknown-type',
  severity: 'error',
  description: { zh: '事项类型取自清单的类型词表', en: "The matter type is one of the list's types" },
  check: (matter, ctx) =>
    ctx.manifest.types.includes(matter.type)
      ? []
      : [{
          path: ['type'],
          params: { type: matter.type, suggestion: closest(matter.type, ctx.manifest.types), allowed: ctx.manifest.types.join('、') },
        }],
};
