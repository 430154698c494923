import type { Rule } from './types.js';

export const matterDuplicateName: Rule = {
  id: 'matter/duplicate-name',
  severity: 'error',
  description: { zh: '事项名称在清单内唯一', en: 'Matter names are unique in the list' },
  reads: ['name'],
  acrossFiles: true,
  check: (matter, ctx) => {
    const others = (ctx.names.get(matter.name.trim()) ?? []).filter((f) => f !== ctx.fileId);
    return others.length === 0 ? [] : [{ path: ['name'], params: { name: matter.name, others: others.join('、') } }];
  },
};
