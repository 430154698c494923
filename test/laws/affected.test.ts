import { describe, expect, it } from 'vitest';
import { affectedCitations } from '../../src/laws/affected.js';
import { comparisonOf, findInstrument, loadRegistry } from '../../src/laws/index.js';
import { LIST_LAWS } from './helpers.js';

describe('affectedCitations', () => {
  const registry = loadRegistry(LIST_LAWS, { cacheDir: false });
  const versions = findInstrument(registry, '文物保护法')?.instrument.versions ?? [];
  const comparison = comparisonOf(versions[0]!, versions[1]!);

  it('names each moved article once per matter, with where it went', () => {
    const affected = affectedCitations(registry, comparison, [
      { id: 'WH-023', basis: ['《中华人民共和国文物保护法》第十七条、第十七条', '《娱乐场所管理条例》第三条'] },
      { id: 'WH-024', basis: ['《文物保护法》第十五条第一款和第二款'] },
      { id: 'WH-001', basis: ['《娱乐场所管理条例》第十七条'] },
    ]);
    expect(affected).toEqual([
      { matter: 'WH-023', article: '第十七条', change: 'moved', now: '第二十八条' },
      { matter: 'WH-024', article: '第十五条', change: 'moved', now: '第二十六条' },
    ]);
  });

  it('is empty for a list that cites nothing the revision touched', () => {
    expect(affectedCitations(registry, comparison, [{ id: 'WH-001', basis: ['《娱乐场所管理条例》第三条'] }])).toEqual([]);
  });
});
