import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedArticleTexts } from '../../src/export/article-text.js';
import { basisText, compareIds, districtText, numbered, sortMatters, unitsText } from '../../src/export/cells.js';
import { listStats } from '../../src/export/stats-sheet.js';
import { loadRegistry } from '../../src/laws/index.js';
import type { ListManifest, Matter } from '../../src/types.js';
import { ROOT } from './helpers.js';

const matter = (id: string, type: string, primary: string[], supporting: string[]): Matter => ({
  id, type, name: id, district: [{ unit: primary[0] ?? '', duties: ['甲'] }], street: { duties: ['乙'] }, basis: ['《某法》第一条'],
  responsibility: { primary, supporting },
});

describe('cell texts', () => {
  it('numbers duties and heads unit blocks only when there are several units', () => {
    expect(numbered([' 甲。', '乙。'])).toBe('1. 甲。\n2. 乙。');
    expect(districtText([{ unit: '区文化和旅游局', duties: ['甲'] }])).toBe('1. 甲');
    expect(districtText([{ unit: '区文化和旅游局', duties: ['甲', '乙'] }, { unit: '区公安分局', duties: ['丙'] }]))
      .toBe('区文化和旅游局：\n1. 甲\n2. 乙\n区公安分局：\n1. 丙');
  });

  it('puts one citation per line', () => {
    expect(basisText(['《甲法》第一条', '《乙法》第二条'])).toBe('《甲法》第一条\n《乙法》第二条');
    expect(unitsText(['区公安分局', '各街道办事处（乡人民政府）'])).toBe('区公安分局、各街道办事处（乡人民政府）');
  });
});

describe('order', () => {
  it('sorts by the vocabulary order of types, then by id with numbers compared as numbers', () => {
    const sorted = sortMatters([matter('WH-10', '文物', [], []), matter('WH-9', '文物', [], []), matter('WH-2', '演出', [], []), matter('WH-1', '未知', [], [])], ['演出', '文物']);
    expect(sorted.map((m) => m.id)).toEqual(['WH-2', 'WH-9', 'WH-10', 'WH-1']);
    expect(compareIds('WH-001', 'WH-002')).toBeLessThan(0);
    expect(compareIds('A-2', 'A-10')).toBeLessThan(0);
  });
});

describe('statistics', () => {
  it('counts per type (every type of the vocabulary) and per unit as primary and supporting', () => {
    const manifest = { types: ['演出', '文物', '体育'] } as ListManifest;
    const stats = listStats(manifest, [matter('A', '演出', ['区文化和旅游局'], ['区公安分局', '各街道']), matter('B', '文物', ['区文化和旅游局'], ['区公安分局'])]);
    expect(stats.byType).toEqual([{ type: '演出', count: 1 }, { type: '文物', count: 1 }, { type: '体育', count: 0 }]);
    expect(stats.byUnit).toContainEqual({ unit: '区文化和旅游局', primary: 2, supporting: 0 });
    expect(stats.byUnit).toContainEqual({ unit: '区公安分局', primary: 0, supporting: 2 });
    expect(stats.total).toBe(2);
  });
});

describe('article texts', () => {
  const registry = loadRegistry(join(ROOT, 'test/fixtures/export-basic/laws'));
  it('gives whole articles, single paragraphs and single items', () => {
    const [article] = citedArticleTexts(registry, '《娱乐场所管理条例》第三条', '2025-06-01');
    expect(article).toMatch(/^第三条\u3000县级以上人民政府文化主管部门/);
    const [item] = citedArticleTexts(registry, '《娱乐场所管理条例》第四十八条第三项', '2025-06-01');
    expect(item).toMatch(/^第四十八条第三项\u3000违反本条例规定.*（三）歌舞娱乐场所接纳未成年人的；$/);
    const [paragraph] = citedArticleTexts(registry, '《娱乐场所管理条例》第九条第一款', '2025-06-01');
    expect(paragraph).toMatch(/^第九条第一款\u3000/);
    expect(citedArticleTexts(registry, '《不存在的法》第一条', '2025-06-01')).toEqual([]);
  });
});
