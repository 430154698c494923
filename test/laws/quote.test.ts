import { describe, expect, it } from 'vitest';
import { checkQuote } from '../../src/laws/quote.js';
import { loadRegistry } from '../../src/laws/registry.js';
import { REGISTRY_DIR } from './helpers.js';

const registry = loadRegistry(REGISTRY_DIR);
const TODAY = '2025-06-01';
const quote = (citation: string, text: string) =>
  checkQuote(registry, citation, text, TODAY).map((f) => ({ code: f.code, at: text.slice(f.span.start, f.span.end) }));

describe('checkQuote', () => {
  it.each([
    ['《娱乐场所管理条例》第五条第二项', '因犯罪曾被剥夺政治权利的；'],
    ['《娱乐场所管理条例》第五条第二项', '因犯罪曾被剥夺政治权利的;'],
    ['《中华人民共和国旅游法》第二十八条', '设立旅行社，招徕、组织、接待旅游者，为其提供旅游服务，应当具备下列条件'],
    ['《中华人民共和国旅游法》第二十八条', '设立旅行社……应当具备下列条件，取得旅游主管部门的许可'],
    ['《示例条例》第二条第三款', '本条第三款。'],
    ['《武汉市旅游条例》第三条', '任何文字'],
  ])('accepts %s “%s”', (citation, text) => {
    expect(quote(citation, text)).toEqual([]);
  });

  it.each([
    ['《娱乐场所管理条例》第五条第二项', '因犯罪曾被剥夺公民权利的；', '公民权利的；'],
    ['《中华人民共和国旅游法》第二十八条', '设立旅行社，应当取得许可', '应当取得许可'],
    ['《示例条例》第二条第三款', '本条第二款，有下列情形之一的：', '二款，有下列情形之一的：'],
  ])('reports where %s differs', (citation, text, at) => {
    expect(quote(citation, text)).toEqual([{ code: 'quote-mismatch', at }]);
  });

  it('describes the difference', () => {
    const [f] = checkQuote(registry, '《娱乐场所管理条例》第五条第二项', '因犯罪曾被剥夺公民权利的；', TODAY);
    expect(f?.params).toMatchObject({ found: '公民权利的;', expected: '政治权利的;', position: 8 });
  });

  it('returns citation errors instead of comparing', () => {
    expect(quote('《娱乐场所管理条例》第九十条', '甲')).toEqual([{ code: 'article-missing', at: '' }]);
  });
});
