import { suggest } from '../suggest.js';
import type { Rule, RuleFinding } from './types.js';

export const matterUnknownType: Rule = {
  id: 'matter/unknown-type',
  severity: 'error',
  description: { zh: '事项类型取自清单的类型词表', en: "The matter type is one of the list's types" },
  reads: ['type'],
  check: (matter, ctx): RuleFinding[] => {
    if (ctx.manifest.types.includes(matter.type)) return [];
    const allowed = ctx.manifest.types.join('、');
    const suggestion = suggest(matter.type, ctx.manifest.types);
    return [suggestion
      ? { path: ['type'], params: { type: matter.type, suggestion, allowed } }
      : { path: ['type'], params: { type: matter.type, allowed }, hint: 'matter/unknown-type.none' }];
  },
};
