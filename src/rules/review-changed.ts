import { matterHash } from '../review/hash.js';
import type { Rule } from './types.js';

// The 区司法局 passed a matter as it then read; a matter changed since is no longer what was passed.
export const reviewChanged: Rule = {
  id: 'review/changed',
  severity: 'warning',
  description: { zh: '经合法性审查为“合法”的事项此后被修改，须重新审查', en: 'A matter changed after the legality review passed it is reviewed again' },
  reads: ['id', 'type', 'name', 'district', 'street', 'basis', 'responsibility'],
  check: (matter, ctx) => {
    const review = ctx.reviews.get(matter.id);
    if (!review || review.entry.conclusion !== '合法' || review.entry.hash === matterHash(matter)) return [];
    return [{ path: ['id'], params: { id: matter.id, date: review.entry.date, reviewer: review.entry.reviewer, file: review.file } }];
  },
};
