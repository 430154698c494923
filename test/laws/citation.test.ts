import { describe, expect, it } from 'vitest';
import { canonicalDocNumber, parseCitation } from '../../src/laws/citation.js';
import { expandRefs } from '../../src/laws/ranges.js';

/** [article, suffix?, paragraph?, item?] per ref, for compact tables. */
function refs(s: string) {
  return parseCitation(s).laws.map((l) => [l.title, expandRefs(l.refs).map((r) => [r.article, r.suffix, r.paragraph, r.item])]);
}
function codes(s: string) {
  return parseCitation(s).findings.map((f) => [f.code, s.slice(f.span.start, f.span.end), f.fix]);
}

describe('parseCitation: references', () => {
  it.each<[string, unknown]>([
    ['《娱乐场所管理条例》第四十八条第三项', [['娱乐场所管理条例', [[48, undefined, undefined, 3]]]]],
    ['《旅游法》第二十八条', [['旅游法', [[28, undefined, undefined, undefined]]]]],
    ['《甲法》第三条第二款第一项', [['甲法', [[3, undefined, 2, 1]]]]],
    ['《甲法》第二十条之一', [['甲法', [[20, 1, undefined, undefined]]]]],
    ['《甲法》第二十条之一第二款', [['甲法', [[20, 1, 2, undefined]]]]],
    ['《甲法》第七十六条至第七十八条', [['甲法', [[76, undefined, undefined, undefined], [77, undefined, undefined, undefined], [78, undefined, undefined, undefined]]]]],
    ['《甲法》第十九条、第二十条', [['甲法', [[19, undefined, undefined, undefined], [20, undefined, undefined, undefined]]]]],
    ['《甲法》第二十六条第一款和第四款', [['甲法', [[26, undefined, 1, undefined], [26, undefined, 4, undefined]]]]],
    ['《甲法》第五条第一款第二项、第四项', [['甲法', [[5, undefined, 1, 2], [5, undefined, 1, 4]]]]],
    ['《甲法》第五条第一款至第三款', [['甲法', [[5, undefined, 1, undefined], [5, undefined, 2, undefined], [5, undefined, 3, undefined]]]]],
    ['《甲法》第三条；《乙条例》第五条', [['甲法', [[3, undefined, undefined, undefined]]], ['乙条例', [[5, undefined, undefined, undefined]]]]],
    ['《甲法》第三条和《乙条例》第五条、第六条', [['甲法', [[3, undefined, undefined, undefined]]], ['乙条例', [[5, undefined, undefined, undefined], [6, undefined, undefined, undefined]]]]],
    ['《甲法》', [['甲法', []]]],
    ['《甲法》第一百零五条的规定', [['甲法', [[105, undefined, undefined, undefined]]]]],
  ])('%s', (s, expected) => {
    expect(refs(s)).toEqual(expected);
    expect(parseCitation(s).findings).toEqual([]);
  });

  it('gives each ref its own span, and a range one ref over its whole span', () => {
    const s = '《甲法》第七十六条至第七十八条、第八十条';
    const spans = parseCitation(s).laws[0]?.refs.map((r) => s.slice(r.span.start, r.span.end));
    expect(spans).toEqual(['第七十六条至第七十八条', '第八十条']);
    expect(parseCitation(s).laws[0]?.refs[0]?.through).toBe(78);
    expect(parseCitation(s).laws[0]?.titleSpan).toEqual({ start: 0, end: 4 });
  });

  it('spans an inherited list element from its own first character', () => {
    const s = '《甲法》第二十六条第一款和第四款';
    const spans = parseCitation(s).laws[0]?.refs.map((r) => s.slice(r.span.start, r.span.end));
    expect(spans).toEqual(['第二十六条第一款', '第四款']);
  });
});

describe('parseCitation: findings', () => {
  it.each<[string, unknown]>([
    ['《甲法》第七十八条至第七十六条', [['range-order', '第七十八条至第七十六条', undefined]]],
    ['《甲法》第3条', [['arabic-numerals', '第3条', '第三条']]],
    ['《甲法》第１２条第2款', [['arabic-numerals', '第１２条', '第十二条'], ['arabic-numerals', '第2款', '第二款']]],
    ['《甲法》第20条之1', [['arabic-numerals', '第20条之1', '第二十条之一']]],
    ['《甲法》第一十条', [['numeral-style', '第一十条', '第十条']]],
    ['中华人民共和国旅游法第二十八条', [['missing-brackets', '中华人民共和国旅游法', undefined]]],
    ['《甲法》第三条；乙条例第五条', [['missing-brackets', '乙条例', undefined]]],
    ['娱乐场所管理条例', [['missing-brackets', '娱乐场所管理条例', undefined]]],
    ['依法生育第二个子女的', [['missing-brackets', '依法生育', undefined], ['syntax', '第二个子女的', undefined]]],
    ['《甲法》第三十、三十二、六十一条', [['enumeration', '第三十、三十二、六十一条', '第三十条、第三十二条、第六十一条']]],
    ['《甲法》第三十条、三十二条', [['enumeration', '三十二条', '第三十二条']]],
    ['《甲法》第五条第一、二款', [['enumeration', '第一、二款', '第一款、第二款']]],
    ['《甲法》第30、32条', [['enumeration', '第30、32条', '第三十条、第三十二条']]],
    ['《关于促进某某的通知》（文旅市场发[2022]70号）', [['doc-number', '文旅市场发[2022]70号', '文旅市场发〔2022〕70号']]],
    ['《关于促进某某的通知》(文旅市场发(2022)70号)', [['doc-number', '文旅市场发(2022)70号', '文旅市场发〔2022〕70号']]],
    ['《关于促进某某的通知》（文旅市场发【2022】第070号）', [['doc-number', '文旅市场发【2022】第070号', '文旅市场发〔2022〕70号']]],
    ['《关于促进某某的通知》（文旅市场发〔2022〕70号）', []],
    ['第十九条', [['no-law', '第十九条', undefined]]],
    ['《甲法', [['syntax', '《甲法', undefined]]],
    ['《甲法》第X条', [['syntax', '第X条', undefined]]],
    ['《甲法》第二款', [['syntax', '第二款', undefined]]],
    ['根据《甲法》第三条', [['syntax', '根据', undefined]]],
    ['', [['syntax', '', undefined]]],
  ])('%s', (s, expected) => {
    expect(codes(s)).toEqual(expected);
  });

  it('adds 《》 to a bare title only when told the title is known', () => {
    const known = { isKnownTitle: (title: string) => title === '中华人民共和国旅游法' };
    const fixes = (s: string) => parseCitation(s, known).findings.map((f) => f.fix);
    expect(fixes('中华人民共和国旅游法第二十八条')).toEqual(['《中华人民共和国旅游法》']);
    expect(fixes('依法生育第二个子女的')).toEqual([undefined, undefined]);
  });

  it('reads an enumeration as the list it abbreviates, a narrowing tail on its last element', () => {
    expect(refs('《甲法》第三十、三十二、六十一条')).toEqual([['甲法', [[30, undefined, undefined, undefined], [32, undefined, undefined, undefined], [61, undefined, undefined, undefined]]]]);
    expect(refs('《甲法》第三十、三十二条第一款')).toEqual([['甲法', [[30, undefined, undefined, undefined], [32, undefined, 1, undefined]]]]);
    expect(refs('《甲法》第五条第一、二款')).toEqual([['甲法', [[5, undefined, 1, undefined], [5, undefined, 2, undefined]]]]);
    expect(refs('《甲法》第三十条、三十二条、六十一条')).toEqual([['甲法', [[30, undefined, undefined, undefined], [32, undefined, undefined, undefined], [61, undefined, undefined, undefined]]]]);
    expect(codes('《甲法》第一、二款').map((c) => c[0])).toEqual(['syntax', 'syntax']);
  });

  it('keeps the 文号 on the law', () => {
    const law = parseCitation('《关于促进某某的通知》（文旅市场发〔2022〕70号）').laws[0];
    expect(law).toMatchObject({ title: '关于促进某某的通知', docNumber: '文旅市场发〔2022〕70号', refs: [] });
  });

  it('still resolves the refs it flags', () => {
    expect(refs('《甲法》第3条、第七十八条至第七十六条')).toEqual([
      ['甲法', [[3, undefined, undefined, undefined], [78, undefined, undefined, undefined], [76, undefined, undefined, undefined]]],
    ]);
  });
});

describe('canonicalDocNumber', () => {
  it.each([
    ['鄂政发〔2023〕12号', '鄂政发〔2023〕12号'],
    ['鄂政发[2023]012号', '鄂政发〔2023〕12号'],
    ['不是文号', undefined],
  ])('%s → %s', (s, fixed) => {
    expect(canonicalDocNumber(s)).toBe(fixed);
  });
});
