// Issue 13.2/13.8: a range is one ref and at most one finding, whatever numbers it names; numbers
// past what statutes print are a positioned syntax finding, never a throw.
import { describe, expect, it } from 'vitest';
import { parseCitation } from '../../src/laws/citation.js';
import { parseNumeral } from '../../src/laws/numerals.js';
import { expandRefs } from '../../src/laws/ranges.js';
import { loadRegistry, findInstrument, versionOn } from '../../src/laws/registry.js';
import { checkCitation } from '../../src/laws/resolve.js';
import { REGISTRY_DIR } from './helpers.js';

const registry = loadRegistry(REGISTRY_DIR, { cacheDir: false });
const TODAY = '2025-06-01';

describe('ranges', () => {
  it('a range over ten thousand articles is one ref', () => {
    const law = parseCitation('《娱乐场所管理条例》第一条至第九千九百九十九条').laws[0];
    expect(law?.refs).toHaveLength(1);
    expect(law?.refs[0]).toMatchObject({ article: 1, through: 9999 });
  });

  it('a range past the end of the law is one article-missing finding', () => {
    const s = '《娱乐场所管理条例》第一条至第九千九百九十九条';
    const findings = checkCitation(registry, s, TODAY);
    expect(findings.map((f) => f.code)).toEqual(['article-missing']);
    expect(s.slice(findings[0]?.span.start, findings[0]?.span.end)).toBe('第一条至第九千九百九十九条');
  });

  it('a range inside the law is clean, and lists the members the version holds', () => {
    const s = '《娱乐场所管理条例》第二十条至第二十三条';
    expect(checkCitation(registry, s, TODAY)).toEqual([]);
    const instrument = findInstrument(registry, '娱乐场所管理条例')?.instrument;
    const version = instrument && versionOn(instrument, TODAY);
    const law = parseCitation(s).laws[0];
    expect(expandRefs(law?.refs ?? [], version).map((r) => r.article)).toEqual([20, 21, 22, 23]);
    // Members never outnumber the law: a huge range lists only what exists.
    const huge = parseCitation('《娱乐场所管理条例》第一条至第九千九百九十九条').laws[0];
    expect(expandRefs(huge?.refs ?? [], version).length).toBe(version?.articles.length);
  });

  it('a hundred huge ranges check in well under a second', () => {
    const started = Date.now();
    for (let i = 0; i < 100; i++) checkCitation(registry, '《娱乐场所管理条例》第一条至第九千九百九十九条', TODAY);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('numbers out of range', () => {
  it.each(['10000', '99999999999999999999999', '１００００'])('parseNumeral(%s) is undefined, not a throw', (s) => {
    expect(parseNumeral(s)).toBeUndefined();
  });

  it.each(['第10000条', '第１００００条', '第二十条之10000', '第5条第100000款'])('《娱乐场所管理条例》%s is a positioned citation/syntax', (ref) => {
    const s = `《娱乐场所管理条例》${ref}`;
    const findings = checkCitation(registry, s, TODAY);
    expect(findings.map((f) => f.code)).toContain('syntax');
    const syntax = findings.find((f) => f.code === 'syntax');
    expect(syntax?.span.start).toBeGreaterThanOrEqual(10);
  });
});
