import { expect, it } from 'vitest';
import { importMessages } from '../../src/import/messages.js';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

it('import messages have the same keys and placeholders in both languages', () => {
  expect(Object.keys(importMessages.en).sort()).toEqual(Object.keys(importMessages.zh).sort());
  for (const [key, text] of Object.entries(importMessages.zh)) {
    expect(key).toMatch(/^import\./);
    expect(placeholders((importMessages.en as Record<string, string>)[key] ?? ''), key).toEqual(placeholders(text));
  }
});
