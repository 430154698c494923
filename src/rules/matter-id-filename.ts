import type { Rule } from './types.js';

export const matterIdFilename: Rule = {
  id: 'matter/id-filename',
  severity: 'error',
  description: { zh: '事项编码与文件名一致', en: 'The matter id equals its file name' },
  reads: ['id'],
  check: (matter, ctx) =>
    matter.id === ctx.fileId ? [] : [{ path: ['id'], params: { id: matter.id, file: ctx.fileId } }],
};
