import { chmodSync, copyFileSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheDir } from '../../src/cache/folder.js';
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

describe('registry cache safety', () => {
  it('takes an edited entry for a miss: the article it removed is still found', () => {
    const cacheDir = temp();
    loadRegistry(REGISTRY_DIR, { cacheDir });
    const name = readdirSync(cacheDir).find((n) => n.startsWith('laws-')) as string;
    const text = readFileSync(join(cacheDir, name), 'utf8');
    // Renumber every article 第一条 → 第九九九条 in the stored parse, leaving the checksum as it was.
    writeFileSync(join(cacheDir, name), text.replace(/"number":1,/g, '"number":999,'));
    const fresh = loadRegistry(REGISTRY_DIR, { cacheDir: false });
    expect(loadRegistry(REGISTRY_DIR, { cacheDir }).instruments).toEqual(fresh.instruments);
  });

  it('does not follow a planted link, and never writes through one', () => {
    const cacheDir = temp();
    loadRegistry(REGISTRY_DIR, { cacheDir });
    const name = readdirSync(cacheDir).find((n) => n.startsWith('laws-')) as string;
    const victim = join(temp(), 'victim.txt');
    writeFileSync(victim, 'keep me');
    rmSync(join(cacheDir, name));
    symlinkSync(victim, join(cacheDir, name));
    expect(loadRegistry(REGISTRY_DIR, { cacheDir }).instruments.length).toBeGreaterThan(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(join(cacheDir, name)).isSymbolicLink()).toBe(false);
  });

  it('is keyed by content: an edit that keeps size and time is still seen', () => {
    const dir = copyRegistry();
    const cacheDir = temp();
    const file = join(dir, '示例条例(2020-01-01).md');
    const before = statSync(file);
    loadRegistry(dir, { cacheDir });
    const text = readFileSync(file, 'utf8');
    const body = text.indexOf('第一条');
    // Same size in bytes: a full stop becomes a comma inside an article.
    const edited = text.slice(0, body) + text.slice(body).replace('。', '，');
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    writeFileSync(file, edited);
    utimesSync(file, before.atime, before.mtime);
    const fresh = loadRegistry(dir, { cacheDir: false });
    expect(loadRegistry(dir, { cacheDir }).instruments).toEqual(fresh.instruments);
  });

  it('refuses a folder others can write and one owned through a link', () => {
    const open = temp();
    chmodSync(open, 0o777);
    loadRegistry(REGISTRY_DIR, { cacheDir: open });
    expect(readdirSync(open)).toEqual([]);
    const real = temp();
    const link = join(temp(), 'link');
    symlinkSync(real, link);
    loadRegistry(REGISTRY_DIR, { cacheDir: link });
    expect(readdirSync(real)).toEqual([]);
  });
});

describe('default cache folder', () => {
  it('is per user, never the shared temp folder', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' }, 'linux')).toBe('/x/cache/dutylist');
    expect(defaultCacheDir({ HOME: '/home/u' }, 'linux')).toBe('/home/u/.cache/dutylist');
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative', HOME: '/home/u' }, 'linux')).toBe('/home/u/.cache/dutylist');
    expect(defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32')).toBe('C:\\Users\\u\\AppData\\Local\\dutylist');
    expect(defaultCacheDir({}, 'win32')).toBeUndefined();
  });
});
