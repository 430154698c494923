// Every message the user sees exists in Chinese and English, with the same placeholders.
import { describe, expect, it } from 'vitest';
import { diffMessages } from '../../src/diff/messages.js';
import { messages as exportMessages } from '../../src/export/messages.js';
import { fmtMessages } from '../../src/fmt/messages.js';
import { importMessages } from '../../src/import/messages.js';
import { en } from '../../src/i18n/en.js';
import { zh } from '../../src/i18n/zh.js';
import { initMessages } from '../../src/init/messages.js';
import { lawMessages } from '../../src/laws/messages.js';
import { releaseMessages } from '../../src/release/messages.js';
import { messages as publishMessages } from '../../src/publish/messages.js';
import { statsMessages } from '../../src/stats/messages.js';
import { reviewMessages } from '../../src/review/messages.js';
import { filingMessages } from '../../src/filing/messages.js';
import { rules } from '../../src/rules/index.js';

const catalogues: Record<string, { zh: Record<string, string>; en: Record<string, string> }> = {
  core: { zh, en },
  laws: lawMessages,
  export: exportMessages,
  diff: diffMessages,
  fmt: fmtMessages,
  import: importMessages,
  init: initMessages,
  stats: statsMessages,
  release: releaseMessages,
  publish: publishMessages,
  review: reviewMessages,
  filing: filingMessages,
};

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe.each(Object.entries(catalogues))('%s messages', (_, { zh: chinese, en: english }) => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(chinese).sort());
  });
  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(chinese)) expect(placeholders(english[key] ?? ''), key).toEqual(placeholders(chinese[key] ?? ''));
  });
});

it('every rule has a message in both languages', () => {
  for (const rule of rules) {
    // Families whose findings name their own rule (citation/…, text/…).
    if (rule.id === 'citation' || rule.id === 'text') continue;
    const keys = rule.id === 'split/district-mismatch' ? ['split/district-mismatch.unnamed', 'split/district-mismatch.no-duties'] : [rule.id];
    for (const key of keys) {
      expect(zh[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
  }
});
