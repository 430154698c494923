import { describe, expect, it } from 'vitest';
import { applyFixes, checkCitation, normaliseCitation } from '../../src/laws/resolve.js';
import { loadRegistry } from '../../src/laws/registry.js';
import { REGISTRY_DIR } from './helpers.js';

const registry = loadRegistry(REGISTRY_DIR);
const TODAY = '2025-06-01';

function check(s: string, onDate = TODAY, citedOn?: string) {
  return checkCitation(registry, s, onDate, citedOn === undefined ? {} : { citedOn }).map((f) => ({
    code: f.code,
    at: s.slice(f.span.start, f.span.end),
    ...(f.fix === undefined ? {} : { fix: f.fix }),
  }));
}

describe('checkCitation', () => {
  it.each([
    '《娱乐场所管理条例》第四十八条第三项',
    '《中华人民共和国旅游法》第七十六条至第七十八条',
    '《中华人民共和国旅游法》第十九条、第二十条',
    '《中华人民共和国文物保护法》第二十八条',
    '《示例条例》第二条第二款第二项',
    '《示例条例》第二条之一',
    '《示例条例》第三条第一项',
    '《娱乐场所管理条例》',
  ])('accepts %s', (s) => {
    expect(check(s)).toEqual([]);
  });

  it.each<[string, unknown[], string]>([
    ['《中华人民共和国旅游法》第一百一十三条', [{ code: 'article-missing', at: '第一百一十三条' }], TODAY],
    ['《娱乐场所管理条例》第四十八条第九项', [{ code: 'item-missing', at: '第四十八条第九项' }], TODAY],
    ['《示例条例》第二条第四款', [{ code: 'paragraph-missing', at: '第二条第四款' }], TODAY],
    ['《示例条例》第二条第二款第三项', [{ code: 'item-missing', at: '第二条第二款第三项' }], TODAY],
    ['《示例条例》第二条之二', [{ code: 'article-missing', at: '第二条之二' }], TODAY],
    ['《旅游法》第二十八条', [{ code: 'alias', at: '《旅游法》', fix: '《中华人民共和国旅游法》' }], TODAY],
    ['旅游法第二十八条', [
      { code: 'missing-brackets', at: '旅游法', fix: '《旅游法》' },
      { code: 'alias', at: '旅游法', fix: '《中华人民共和国旅游法》' },
    ], TODAY],
    ['《中华人民共和国旅游法》第3条', [{ code: 'arabic-numerals', at: '第3条', fix: '第三条' }], TODAY],
    ['《中华人民共和国旅游法》第七十八条至第七十六条', [{ code: 'range-order', at: '第七十八条至第七十六条' }], TODAY],
    ['《中华人民共和国旅游条例》第三条', [{ code: 'unknown-law', at: '《中华人民共和国旅游条例》' }], TODAY],
    ['《武汉市旅游条例》第三条', [{ code: 'unverifiable', at: '《武汉市旅游条例》' }], TODAY],
    ['《已废止办法》第一条', [{ code: 'repealed', at: '《已废止办法》' }], TODAY],
    ['《中华人民共和国文物保护法》第一条', [{ code: 'not-in-force', at: '《中华人民共和国文物保护法》' }], '2010-01-01'],
    ['《中华人民共和国旅游法》第一条；《甲法》第二条', [{ code: 'unknown-law', at: '《甲法》' }], TODAY],
  ])('%s', (s, expected, onDate) => {
    expect(check(s, onDate)).toEqual(expected);
  });

  it('suggests the closest title for an unknown law', () => {
    const [f] = checkCitation(registry, '《中华人民共和国旅游条例》第三条', TODAY);
    expect(f?.params.suggestion).toBe('中华人民共和国旅游法');
  });

  it('names the article count', () => {
    const [f] = checkCitation(registry, '《中华人民共和国旅游法》第一百一十三条', TODAY);
    expect(f?.params.count).toBe(112);
  });
});

describe('checkCitation across the 文物保护法 revision', () => {
  const WRITTEN = '2023-01-01';
  it.each<[string, string, unknown[]]>([
    ['《中华人民共和国文物保护法》第十七条', TODAY, [{ code: 'renumbered', at: '第十七条', fix: '第二十八条' }]],
    ['《中华人民共和国文物保护法》第十五条第一款', TODAY, [{ code: 'renumbered', at: '第十五条第一款', fix: '第二十六条第一款' }]],
    ['《中华人民共和国文物保护法》第六十六条', TODAY, [{ code: 'renumbered', at: '第六十六条', fix: '第八十三条' }]],
    ['《中华人民共和国文物保护法》第十七条', '2025-02-28', []],
    ['《中华人民共和国文物保护法》第一条', TODAY, []],
    ['《中华人民共和国文物保护法》第六十四条', TODAY, [{ code: 'article-removed', at: '第六十四条' }]],
  ])('%s on %s', (s, onDate, expected) => {
    expect(check(s, onDate, WRITTEN)).toEqual(expected);
  });

  it('says since when and what the article became', () => {
    const [f] = checkCitation(registry, '《中华人民共和国文物保护法》第十七条', TODAY, { citedOn: WRITTEN });
    expect(f?.params).toMatchObject({ old: '第十七条', new: '第二十八条', since: '2025-03-01' });
    expect(Number(f?.params.similarity)).toBeGreaterThan(0.7);
  });

  it('accepts the new numbers once the citation is written under the new version', () => {
    expect(check('《中华人民共和国文物保护法》第二十八条', TODAY, '2025-03-01')).toEqual([]);
  });
});

describe('normaliseCitation', () => {
  it.each([
    ['《旅游法》第28条', '《中华人民共和国旅游法》第二十八条'],
    ['旅游法第二十八条', '《中华人民共和国旅游法》第二十八条'],
    ['《娱乐场所管理条例》第４８条第3项', '《娱乐场所管理条例》第四十八条第三项'],
    ['《通知》（文旅市场发[2022]70号）', '《通知》（文旅市场发〔2022〕70号）'],
    ['《中华人民共和国旅游法》第七十六条至第七十八条', '《中华人民共和国旅游法》第七十六条至第七十八条'],
  ])('%s → %s', (s, expected) => {
    expect(normaliseCitation(registry, s)).toBe(expected);
  });

  it('applies a renumbering fix when asked', () => {
    const s = '《中华人民共和国文物保护法》第十七条';
    expect(applyFixes(s, checkCitation(registry, s, TODAY, { citedOn: '2020-01-01' }))).toBe('《中华人民共和国文物保护法》第二十八条');
  });
});
