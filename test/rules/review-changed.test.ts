import { describe, expect, it } from 'vitest';
import { matterHash } from '../../src/review/hash.js';
import { reviewChanged } from '../../src/rules/review-changed.js';
import type { ReviewConclusion } from '../../src/types.js';
import { baseMatter, ctx, edited } from './helpers.js';

const reviewed = (conclusion: ReviewConclusion, hash = matterHash(baseMatter())) =>
  ctx({ reviews: new Map([['T-001', { file: 'reviews/2025-06-10.yaml', entry: { matter: 'T-001', hash, conclusion, reviewer: '区司法局', date: '2025-06-10' } }]]) });

describe('review/changed', () => {
  it('is quiet for an unreviewed matter and for one unchanged since it passed', () => {
    expect(reviewChanged.check(baseMatter(), ctx())).toEqual([]);
    expect(reviewChanged.check(baseMatter(), reviewed('合法'))).toEqual([]);
  });

  it('warns about a matter changed after it passed, naming the review', () => {
    const changed = edited((m) => m.street.duties.push('每月报送巡查台账。'));
    expect(reviewChanged.check(changed, reviewed('合法'))).toEqual([{ path: ['id'], params: { id: 'T-001', date: '2025-06-10', reviewer: '区司法局', file: 'reviews/2025-06-10.yaml' } }]);
  });

  it('leaves a matter the review sent back for revision to be changed', () => {
    const changed = edited((m) => m.street.duties.push('每月报送巡查台账。'));
    expect(reviewChanged.check(changed, reviewed('需修改'))).toEqual([]);
    expect(reviewChanged.check(changed, reviewed('不合法'))).toEqual([]);
  });
});
