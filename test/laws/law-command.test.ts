import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lawCommand, type LawSubcommand } from '../../src/commands/law.js';
import { fakeContext } from '../context.js';
import { InputError, UsageError } from '../../src/errors.js';
import { FIXTURES, REGISTRY_DIR } from './helpers.js';

async function run(sub: LawSubcommand, args: string[], on?: string, lang: 'zh' | 'en' = 'zh') {
  const c = fakeContext(FIXTURES, { lang, today: '2025-06-01' });
  const code = await lawCommand(sub, args, on === undefined ? { laws: REGISTRY_DIR } : { laws: REGISTRY_DIR, on }, c.ctx);
  return { code, out: c.stdout(), err: c.stderr() };
}

describe('law list', () => {
  it('prints one row per version with counts', async () => {
    const r = await run('list', []);
    expect(r.code).toBe(0);
    const row = r.out.split('\n').find((l) => l.startsWith('中华人民共和国文物保护法'));
    expect(row).toMatch(/法律\s+2017-11-04\s+2017-11-04\s+80\s+文物保护法/);
    expect(r.out).toMatch(/\s2024-11-08\s+2025-03-01\s+101/);
  });
});

describe('law show', () => {
  it('prints the article in force, 款 and 项', async () => {
    const r = await run('show', ['《旅游法》第二十八条']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^第二十八条\n设立旅行社/m);
    expect(r.out).toContain('（五）法律、行政法规规定的其他条件。');
    expect(r.err).not.toBe('');
  });

  it('uses the version in force on --on', async () => {
    const before = await run('show', ['《中华人民共和国文物保护法》第二十八条'], '2025-02-28');
    const after = await run('show', ['《中华人民共和国文物保护法》第二十八条'], '2025-03-01');
    expect(before.out).toContain('2017-11-04');
    expect(after.out).toContain('2024-11-08');
    expect(before.out).not.toBe(after.out);
  });

  it('narrows to one 项', async () => {
    const r = await run('show', ['《娱乐场所管理条例》第五条第二项']);
    expect(r.out.trim().split('\n').slice(-2)).toEqual(['第五条', '  （二）因犯罪曾被剥夺政治权利的；']);
  });

  it('exits 1 for a missing article', async () => {
    const r = await run('show', ['《中华人民共和国旅游法》第二百条']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
  });

  it('rejects a bad date', async () => {
    await expect(run('show', ['《中华人民共和国旅游法》第一条'], '2025/01/01')).rejects.toThrow(UsageError);
  });
});

describe('law diff', () => {
  it('lists the renumbering of 文物保护法', async () => {
    const r = await run('diff', ['文物保护法']);
    expect(r.code).toBe(0);
    for (const [from, to] of [['第十五条', '第二十六条'], ['第十七条', '第二十八条'], ['第六十六条', '第八十三条']]) {
      expect(r.out).toMatch(new RegExp(`${from}\\s+→\\s+${to}\\s`));
    }
  });

  it.each([
    [['中华人民共和国旅游法'], UsageError],
    [['文物保护法', '2001-01-01'], UsageError],
    [['文物保护'], UsageError],
  ])('rejects %j', async (args, error) => {
    await expect(run('diff', args)).rejects.toThrow(error);
  });
});

describe('law add', () => {
  // law add writes into the registry: work on a copy.
  const addTo = async (file: string, lang: 'zh' | 'en' = 'zh') => {
    const laws = mkdtempSync(join(tmpdir(), 'dutylist-laws-'));
    cpSync(REGISTRY_DIR, laws, { recursive: true });
    const c = fakeContext(FIXTURES, { lang, today: '2025-06-01' });
    const code = await lawCommand('add', [file], { laws }, c.ctx);
    return { code, out: c.stdout(), err: c.stderr() };
  };
  it('names the law and version and what changed', async () => {
    const r = await addTo(resolve(FIXTURES, 'add/旅游法(2030-01-01).md'), 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('中华人民共和国旅游法');
    expect(r.out).toContain('2030-01-01');
    expect(r.out).toMatch(/第二十八条\s+0\.\d\d/);
  });

  it('exits 1 for a text without articles', async () => {
    const r = await addTo('bad/空文本条例(2020-01-01).md');
    expect(r.code).toBe(1);
    expect(r.err).toContain('text: false');
  });

  it('throws InputError for a missing file', async () => {
    await expect(addTo('nope.md')).rejects.toThrow(InputError);
  });
});
