import { describe, expect, it } from 'vitest';
import { compareMatters } from '../../src/diff/compare.js';
import { diffList, similarity } from '../../src/diff/lists.js';
import { assertSafeRef } from '../../src/diff/ref.js';
import { charDiff, sideBySide, spellMarks, unifiedPart } from '../../src/diff/render.js';
import { streetWidenings } from '../../src/diff/street.js';
import { blobId } from '../../src/diff/version.js';
import type { Matter } from '../../src/types.js';

const base: Matter = {
  id: 'WH-001',
  type: '文化市场',
  name: '娱乐场所日常经营活动的监督管理',
  district: [{ unit: '区文化和旅游局', duties: ['开展监督检查。', '受理街道移交的线索。'] }],
  street: { duties: ['日常巡查，当天报告。', '配合联合检查。'] },
  basis: ['《娱乐场所管理条例》第三条'],
  responsibility: { primary: ['区文化和旅游局'], supporting: ['各街道办事处（乡人民政府）'] },
};
const edit = (f: (m: Matter) => void): Matter => {
  const m = structuredClone(base);
  f(m);
  return m;
};
const isStreet = (u: string): boolean => u.includes('街道');

describe('refs', () => {
  it.each(['v1', 'main', 'release/2025.1', 'HEAD~2', 'a1b2c3d', 'main@{1}', '标签1'])('accepts %s', (ref) => {
    expect(() => assertSafeRef(ref, '--from', 'zh')).not.toThrow();
  });
  it.each(['--output=x', '-v', 'v1;touch x', 'v1 x', 'v1\tx', 'v1\nx', 'a..b', 'v1|x', '$(x)', '`x`', 'a\u001bb', 'x'.repeat(201), 'v1.', ''])('refuses %j', (ref) => {
    expect(() => assertSafeRef(ref, '--from', 'en')).toThrow();
  });
});

describe('list comparison', () => {
  it('ignores reordering and pairs a reworded entry', () => {
    expect(diffList(['a', 'b'], ['b', 'a'], (s) => s)).toEqual({ added: [], removed: [], reworded: [] });
    const d = diffList(['巡查发现问题当天报告。', '配合检查。'], ['配合检查。', '巡查发现问题当天报告区文化和旅游局。', '新职责内容完全不同'], (s) => s);
    expect(d.removed).toEqual(['巡查发现问题当天报告。']);
    expect(d.added).toEqual(['巡查发现问题当天报告区文化和旅游局。', '新职责内容完全不同']);
    expect(d.reworded).toEqual([{ before: '巡查发现问题当天报告。', after: '巡查发现问题当天报告区文化和旅游局。' }]);
  });
  it('measures similarity by common characters', () => {
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
  });
});

describe('matter comparison', () => {
  it('reports only the parts that differ, in the order of the seven parts', () => {
    const after = edit((m) => {
      m.basis.push('《娱乐场所管理条例》第三十二条');
      m.name = '娱乐场所经营活动的监督管理';
      m.note = '';
    });
    expect(compareMatters(base, after).map((p) => p.part)).toEqual(['name', 'basis']);
  });
  it('compares district duties per unit', () => {
    const after = edit((m) => {
      m.district.push({ unit: '区公安分局', duties: ['治安管理。'] });
    });
    const [p] = compareMatters(base, after);
    expect(p).toMatchObject({ part: 'district', added: [{ unit: '区公安分局', duty: '治安管理。' }], removed: [] });
  });
});

describe('street widening', () => {
  const change = (after: Matter) => ({ id: 'WH-001', name: 'x', kind: 'modify' as const, parts: compareMatters(base, after) });
  it('sees an added duty, a lengthened duty and the street made primary', () => {
    expect(streetWidenings(change(edit((m) => m.street.duties.push('每月检查一次。'))), isStreet).map((w) => w.what)).toEqual(['added']);
    expect(streetWidenings(change(edit((m) => (m.street.duties[0] = '日常巡查并每周登记，当天报告。'))), isStreet).map((w) => w.what)).toEqual(['lengthened']);
    const primary = edit((m) => {
      m.responsibility = { primary: ['区文化和旅游局', '各街道办事处（乡人民政府）'], supporting: [] };
    });
    expect(streetWidenings(change(primary), isStreet).map((w) => w.what)).toEqual(['primary']);
  });
  it('does not count a shortened or removed duty', () => {
    expect(streetWidenings(change(edit((m) => (m.street.duties[0] = '日常巡查。'))), isStreet)).toEqual([]);
    expect(streetWidenings(change(edit((m) => m.street.duties.pop())), isStreet)).toEqual([]);
  });
});

describe('rendering', () => {
  it('marks characters without colour as [-deleted-]{+inserted+}', () => {
    expect(spellMarks(charDiff('当天报告', '当天报告区文旅局'))).toBe('当天报告{+区文旅局+}');
    expect(spellMarks(charDiff('开展检查', '开展专项检查'))).toBe('开展{+专项+}检查');
    expect(spellMarks(charDiff('甲乙丙', '甲丁丙'))).toBe('甲[-乙-]{+丁+}丙');
  });
  it('shows a reworded duty once, changed in place', () => {
    const [p] = compareMatters(base, edit((m) => (m.street.duties[0] = '日常巡查，当天报告区文化和旅游局。')));
    if (!p) throw new Error('no change');
    expect(unifiedPart(p, 'zh').map((l) => [l.sign, spellMarks(l.segments)])).toEqual([['~', '日常巡查，当天报告{+区文化和旅游局+}。']]);
    const side = sideBySide(p, 'zh', true);
    expect(side.before.map(spellMarks)).toEqual(['1. 日常巡查，当天报告。', '2. 配合联合检查。']);
    expect(side.after.map(spellMarks)).toEqual(['1. 日常巡查，当天报告{+区文化和旅游局+}。', '2. 配合联合检查。']);
  });
});

describe('blob ids', () => {
  it('are the ids git gives', () => {
    expect(blobId(Buffer.from('hello\n'), 'sha1')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });
});
