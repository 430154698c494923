import type { Rule } from './types.js';

export const matterDuplicateId: Rule = {
  id: 'matter/duplicate-id',
  severity: 'error',
  description: { zh: '事项编码在清单内唯一', en: 'Matter ids are unique in the list' },
  reads: ['id'],
  acrossFiles: true,
  check: (matter, ctx) => {
    const others = (ctx.ids.get(matter.id) ?? []).filter((f) => f !== ctx.fileId);
    return others.length === 0 ? [] : [{ path: ['id'], params: { id: matter.id, others: others.join('、') } }];
  },
};
