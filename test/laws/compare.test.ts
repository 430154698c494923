import { describe, expect, it } from 'vitest';
import { compareVersions, normaliseText, similarity } from '../../src/laws/compare.js';
import { findInstrument, loadRegistry } from '../../src/laws/registry.js';
import { parseLawText } from '../../src/laws/parse.js';
import { REGISTRY_DIR } from './helpers.js';

const registry = loadRegistry(REGISTRY_DIR);
const [wenwu2017, wenwu2024] = findInstrument(registry, '文物保护法')!.instrument.versions;

describe('compareVersions on 文物保护法 2017 → 2024', () => {
  const comparison = compareVersions(wenwu2017!, wenwu2024!);
  const byOld = new Map(comparison.mappings.filter((m) => m.old).map((m) => [m.old!.number, m]));

  it.each([
    [15, 26],
    [17, 28],
    [66, 83],
  ])('maps old 第%i条 to new 第%i条', (from, to) => {
    expect(byOld.get(from)).toMatchObject({ change: 'moved', new: { number: to } });
    expect(byOld.get(from)!.similarity).toBeGreaterThan(0.55);
  });

  it('lists every old article once and every new article at most once', () => {
    expect(comparison.mappings.filter((m) => m.old)).toHaveLength(80);
    const news = comparison.mappings.flatMap((m) => (m.new ? [m.new.number] : []));
    expect(new Set(news).size).toBe(news.length);
    expect(news.length).toBe(101);
  });

  it('keeps the unmoved opening articles in place', () => {
    expect(byOld.get(1)?.change).toBe('changed');
    expect(byOld.get(1)?.new?.number).toBe(1);
  });

  it('is fast', () => {
    const t0 = performance.now();
    compareVersions(wenwu2017!, wenwu2024!);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('compareVersions on small texts', () => {
  const v = (body: string) => parseLawText(`# 甲法\n\n${body}`, '甲法(2020-01-01).md');
  it('finds unchanged, changed, moved, removed and added', () => {
    const older = v('第一条 总则条文不变。\n\n第二条 旧的第二条内容有一些文字。\n\n第三条 将被删除的孤立条文一二三。\n\n第四条 这一条会被挪到后面去的内容。');
    const newer = v('第一条 总则条文不变。\n\n第二条 旧的第二条内容有一些文字，略有改动。\n\n第三条 全新增加的条文ABCDEFG。\n\n第四条 另一个新条文XYZXYZ。\n\n第五条 这一条会被挪到后面去的内容。');
    const changes = compareVersions(older, newer).mappings.map((m) => [m.change, m.old?.number, m.new?.number]);
    expect(changes).toEqual([
      ['unchanged', 1, 1],
      ['changed', 2, 2],
      ['removed', 3, undefined],
      ['moved', 4, 5],
      ['added', undefined, 3],
      ['added', undefined, 4],
    ]);
  });
});

describe('normaliseText and similarity', () => {
  it('ignores whitespace and punctuation width', () => {
    expect(normaliseText('甲， 乙；（丙）\u3000丁')).toBe(normaliseText('甲,乙;(丙)丁'));
    expect(similarity('甲乙丙丁', '甲乙丙丁')).toBe(1);
    expect(similarity('甲乙丙丁', '戊己庚辛')).toBe(0);
  });
});
