import { chmodSync, copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonOf } from '../../src/laws/compare.js';
import { findInstrument, loadRegistry } from '../../src/laws/registry.js';
import { REGISTRY_DIR } from './helpers.js';

const temp = () => mkdtempSync(join(tmpdir(), 'dutylist-cache-'));

function copyRegistry(): string {
  const dir = temp();
  for (const name of readdirSync(REGISTRY_DIR)) copyFileSync(join(REGISTRY_DIR, name), join(dir, name));
  return dir;
}

describe('registry cache', () => {
  it('gives the same registry and comparisons from the cache', () => {
    const cacheDir = temp();
    const fresh = loadRegistry(REGISTRY_DIR, { cacheDir: false });
    loadRegistry(REGISTRY_DIR, { cacheDir });
    expect(readdirSync(cacheDir)).toHaveLength(1);
    const cached = loadRegistry(REGISTRY_DIR, { cacheDir });
    expect(cached.instruments).toEqual(fresh.instruments);
    const [a, b] = findInstrument(cached, '文物保护法')!.instrument.versions;
    const [c, d] = findInstrument(fresh, '文物保护法')!.instrument.versions;
    const moves = (x: ReturnType<typeof comparisonOf>) => x.mappings.map((m) => [m.change, m.old?.number, m.new?.number, m.into?.article.number]);
    expect(moves(comparisonOf(a!, b!))).toEqual(moves(comparisonOf(c!, d!)));
  });

  it('re-parses when a file changes', () => {
    const dir = copyRegistry();
    const cacheDir = temp();
    expect(findInstrument(loadRegistry(dir, { cacheDir }), '示例条例')!.instrument.versions[0]!.articles).toHaveLength(4);
    writeFileSync(join(dir, '示例条例(2020-01-01).md'), '# 示例条例\n\n第一条 只剩一条。\n');
    expect(findInstrument(loadRegistry(dir, { cacheDir }), '示例条例')!.instrument.versions[0]!.articles).toHaveLength(1);
  });

  it('survives a damaged cache file and an unwritable folder', () => {
    const cacheDir = temp();
    loadRegistry(REGISTRY_DIR, { cacheDir });
    for (const f of readdirSync(cacheDir)) writeFileSync(join(cacheDir, f), '{"format":1,');
    expect(loadRegistry(REGISTRY_DIR, { cacheDir }).instruments.length).toBeGreaterThan(0);
    const blocker = join(temp(), 'file');
    writeFileSync(blocker, '');
    expect(loadRegistry(REGISTRY_DIR, { cacheDir: join(blocker, 'sub') }).instruments.length).toBeGreaterThan(0);
    const readOnly = temp();
    chmodSync(readOnly, 0o500);
    expect(loadRegistry(REGISTRY_DIR, { cacheDir: join(readOnly, 'x') }).instruments.length).toBeGreaterThan(0);
  });

  it('does not cache a registry with bad files, so their errors are reported every time', () => {
    const dir = copyRegistry();
    writeFileSync(join(dir, '空(2020-01-01).md'), '# 空\n');
    const cacheDir = temp();
    expect(loadRegistry(dir, { cacheDir }).errors).toHaveLength(1);
    expect(loadRegistry(dir, { cacheDir }).errors).toHaveLength(1);
  });
});
