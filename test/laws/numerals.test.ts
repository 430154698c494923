import { describe, expect, it } from 'vitest';
import {
  articleLabel,
  parseChineseNumeral,
  parseNumeral,
  toChineseNumeral,
} from '../../src/laws/numerals.js';

describe('toChineseNumeral', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [100, '一百'],
    [101, '一百零一'],
    [105, '一百零五'],
    [110, '一百一十'],
    [116, '一百一十六'],
    [120, '一百二十'],
    [999, '九百九十九'],
    [1000, '一千'],
    [1005, '一千零五'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
  ])('%i → %s', (n, s) => {
    expect(toChineseNumeral(n)).toBe(s);
  });

  it('writes 十 bare only at the start and 一十 inside', () => {
    for (let n = 10; n <= 19; n++) expect(toChineseNumeral(n).startsWith('十')).toBe(true);
    for (let n = 110; n <= 119; n++) expect(toChineseNumeral(n)).toContain('一十');
  });

  it('writes one 零 for each gap before the units, none at the end', () => {
    for (let n = 1; n <= 999; n++) {
      const s = toChineseNumeral(n);
      const gap = n >= 100 && Math.floor(n / 10) % 10 === 0 && n % 10 !== 0;
      expect(s.includes('零'), `${n} ${s}`).toBe(gap);
    }
  });
});

describe('parseChineseNumeral', () => {
  it('round-trips 1–999 and 1000–1100', () => {
    for (let n = 1; n <= 1100; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it.each([
    ['一十', 10],
    ['一十五', 15],
    ['两百', 200],
    ['一百〇五', 105],
  ])('accepts the non-statute form %s', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each(['', '零五', '一百五', '十十', '百', '一百零', '二十零', '一百十', '五五', '一零零', '一千零零五', '条'])(
    'rejects %j',
    (s) => {
      expect(parseChineseNumeral(s)).toBeUndefined();
    },
  );
});

describe('parseNumeral', () => {
  it.each([
    ['十', { value: 10, style: 'chinese', canonical: true }],
    ['一十', { value: 10, style: 'chinese', canonical: false }],
    ['一百零五', { value: 105, style: 'chinese', canonical: true }],
    ['3', { value: 3, style: 'arabic', canonical: false }],
    ['１２', { value: 12, style: 'fullwidth', canonical: false }],
  ])('%s', (s, expected) => {
    expect(parseNumeral(s)).toEqual(expected);
  });

  it('returns undefined for garbage', () => {
    expect(parseNumeral('x')).toBeUndefined();
    expect(parseNumeral('3a')).toBeUndefined();
  });
});

describe('articleLabel', () => {
  it.each([
    [10, undefined, '第十条'],
    [20, 1, '第二十条之一'],
    [116, undefined, '第一百一十六条'],
  ])('%i %s → %s', (a, s, label) => {
    expect(articleLabel(a, s)).toBe(label);
  });
});
