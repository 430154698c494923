import { describe, expect, it } from 'vitest';
import { lawMessages } from '../../src/laws/messages.js';

const CODES = [
  'syntax', 'no-law', 'missing-brackets', 'arabic-numerals', 'numeral-style', 'enumeration', 'doc-number', 'range-order',
  'unknown-law', 'alias', 'not-in-force', 'repealed', 'unverifiable', 'article-missing', 'paragraph-missing',
  'item-missing', 'renumbered', 'article-removed', 'quote-mismatch',
];

describe('lawMessages', () => {
  it.each(CODES)('has zh and en for citation/%s', (code) => {
    expect(lawMessages.zh[`citation/${code}`]).toBeTruthy();
    expect(lawMessages.en[`citation/${code}`]).toBeTruthy();
  });

  it('has the same keys and placeholders in both languages', () => {
    expect(Object.keys(lawMessages.en).sort()).toEqual(Object.keys(lawMessages.zh).sort());
    const names = (s: string | undefined) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(lawMessages.zh)) {
      expect(names(lawMessages.en[key]), key).toEqual(names(lawMessages.zh[key]));
    }
  });
});
