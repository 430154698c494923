import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { findInstrument, loadRegistry, suggestTitle, versionOn } from '../../src/laws/registry.js';
import { REGISTRY_DIR } from './helpers.js';

const registry = loadRegistry(REGISTRY_DIR);

describe('loadRegistry', () => {
  it('groups versions into instruments sorted by title, versions oldest first', () => {
    expect(registry.errors).toEqual([]);
    expect(registry.titles).toEqual([...registry.titles].sort());
    const wenwu = findInstrument(registry, '中华人民共和国文物保护法')?.instrument;
    expect(wenwu?.versions.map((v) => v.version)).toEqual(['2017-11-04', '2024-11-08']);
    expect(wenwu?.aliases).toEqual(['文物保护法']);
    expect(wenwu?.level).toBe('法律');
  });

  it.each([
    ['中华人民共和国旅游法', '中华人民共和国旅游法', false],
    ['《中华人民共和国旅游法》', '中华人民共和国旅游法', false],
    ['旅游法', '中华人民共和国旅游法', true],
    ['娱乐场所管理条例', '娱乐场所管理条例', false],
  ])('finds %s', (name, title, alias) => {
    expect(findInstrument(registry, name)).toMatchObject({ instrument: { title }, alias });
  });

  it('does not strip 中华人民共和国 unless declared', () => {
    expect(findInstrument(registry, '中华人民共和国娱乐场所管理条例')).toBeUndefined();
    expect(findInstrument(registry, '示例')).toBeDefined();
  });

  it('reports bad files and clashes without dropping the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutylist-laws-'));
    copyFileSync(join(REGISTRY_DIR, '示例条例(2020-01-01).md'), join(dir, '示例条例(2020-01-01).md'));
    copyFileSync(join(REGISTRY_DIR, '示例条例(2020-01-01).md'), join(dir, '示例条例 副本(2020-01-01).md'));
    writeFileSync(join(dir, '乙条例(2020-01-01).md'), '---\naliases: [示例]\n---\n# 乙条例\n\n第一条 乙。\n');
    writeFileSync(join(dir, '空(2020-01-01).md'), '# 空\n');
    writeFileSync(join(dir, 'README.md'), '# not a law\n');
    const r = loadRegistry(dir);
    expect(r.errors.map((e) => e.code).sort()).toEqual(['alias-conflict', 'duplicate-version', 'no-articles']);
    expect(r.titles).toEqual(['乙条例', '示例条例']);
  });

  it('throws InputError for a missing folder', () => {
    expect(() => loadRegistry(join(REGISTRY_DIR, 'nope'))).toThrow(InputError);
  });
});

describe('versionOn', () => {
  const wenwu = findInstrument(registry, '文物保护法')!.instrument;
  const repealed = findInstrument(registry, '已废止办法')!.instrument;
  it.each([
    [wenwu, '2017-11-03', undefined],
    [wenwu, '2017-11-04', '2017-11-04'],
    [wenwu, '2025-02-28', '2017-11-04'],
    [wenwu, '2025-03-01', '2024-11-08'],
    [repealed, '2001-06-30', undefined],
    [repealed, '2010-01-01', '2001-05-01'],
    [repealed, '2019-01-01', undefined],
  ])('%#: on %s → %s', (instrument, date, version) => {
    expect(versionOn(instrument, date)?.version).toBe(version);
  });
});

describe('suggestTitle', () => {
  it.each([
    ['中华人民共和国旅游', '中华人民共和国旅游法'],
    ['娱乐场所管理办法', '娱乐场所管理条例'],
    ['文物保护', '中华人民共和国文物保护法'],
    ['刑法修正案', undefined],
  ])('%s → %s', (name, title) => {
    expect(suggestTitle(registry, name)).toBe(title);
  });
});
