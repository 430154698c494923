// The results cache never changes an answer: for every fixture list, every output format, a run
// answered from the cache prints exactly what a run without it prints; a damaged, edited or
// foreign entry is a miss; an unsafe folder is refused in one line.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { formatters } from '../../src/report/index.js';
import { copyToTemp, fixtures, root } from '../e2e/cli.js';

interface Out {
  code: number;
  stdout: string;
  stderr: string;
}

async function check(list: string, args: string[], env: Record<string, string> = {}): Promise<Out> {
  let stdout = '';
  let stderr = '';
  const code = await main(['check', list, ...args], {
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
    cwd: root,
    env: { DUTYLIST_TODAY: '2026-11-26', ...env },
    isTTY: false,
    errIsTTY: false,
  });
  return { code, stdout, stderr };
}

const temp = (prefix = 'dutylist-cache-test-'): string => mkdtempSync(join(tmpdir(), prefix));

/** Every list the tests use: the fixtures with a list.yaml, the base list with each bad-input
 *  scenario dropped in, one with duplicate ids and names, and the shipped list (adjustments). */
function fixtureLists(): [string, string][] {
  const lists: [string, string][] = [];
  // check writes nothing beside a list: the fixtures are used where they are.
  for (const name of ['base/list', 'export-basic/list', 'export-error/list', 'diff-base/文旅清单']) lists.push([name, join(fixtures, name)]);
  for (const scenario of readdirSync(join(fixtures, 'bad-input')).filter((n) => !n.includes('.'))) {
    const list = join(copyToTemp(join(fixtures, 'base'), 'base'), 'list');
    cpSync(join(fixtures, 'bad-input', scenario), join(list, 'matters'), { recursive: true });
    lists.push([`bad-input/${scenario}`, list]);
  }
  const dup = join(copyToTemp(join(fixtures, 'base'), 'base'), 'list');
  const first = readdirSync(join(dup, 'matters')).sort()[0] as string;
  writeFileSync(join(dup, 'matters', 'T-090.yaml'), readFileSync(join(dup, 'matters', first), 'utf8'));
  lists.push(['duplicates', dup]);
  lists.push(['shipped', join(root, 'lists', 'huangpi-culture-tourism')]);
  return lists;
}

describe('check results cache', () => {
  const lists = fixtureLists();
  const runs: [string, string[]][] = [
    ...Object.keys(formatters).map((f): [string, string[]] => [f, ['--format', f]]),
    ['stylish, en', ['--lang', 'en']],
    ['json, --on 2020-01-01', ['--format', 'json', '--on', '2020-01-01']],
  ];

  it.each(lists)('prints exactly what a cold run prints: %s', async (_, list) => {
    const cacheDir = temp();
    let checked = false;
    for (const [, args] of runs) {
      const cold = await check(list, [...args, '--no-cache']);
      checked ||= cold.code !== 2;
      const filling = await check(list, [...args, '--cache-dir', cacheDir]);
      const warm = await check(list, [...args, '--cache-dir', cacheDir]);
      expect(filling).toEqual(cold);
      expect(warm).toEqual(cold);
    }
    // A list that cannot be checked (diff-base has no law registry) leaves no results.
    expect(readdirSync(cacheDir).some((n) => n.startsWith('check-'))).toBe(checked);
  });

  it('answers a changed matter afresh, and keeps the others', async () => {
    const list = join(copyToTemp(join(fixtures, 'base'), 'base'), 'list');
    const cacheDir = temp();
    await check(list, ['--format', 'json', '--cache-dir', cacheDir]);
    const file = join(list, 'matters', 'T-001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('primary: [区文化和旅游局]', 'primary: [区文化旅游局]'));
    const warm = await check(list, ['--format', 'json', '--cache-dir', cacheDir]);
    expect(warm).toEqual(await check(list, ['--format', 'json', '--no-cache']));
    expect(warm.stdout).toContain('unit/unknown');
  });

  it('answers afresh when an adjustment moves a matter’s citation date', async () => {
    const list = join(copyToTemp(join(root, 'lists'), 'lists'), 'huangpi-culture-tourism');
    const cacheDir = temp();
    await check(list, ['--format', 'json', '--cache-dir', cacheDir]);
    const dir = join(list, 'adjustments');
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/date: 20\d\d-/g, 'date: 2019-'));
    }
    expect(await check(list, ['--format', 'json', '--cache-dir', cacheDir])).toEqual(await check(list, ['--format', 'json', '--no-cache']));
  });

  it('takes a damaged, edited or foreign entry for a miss', async () => {
    const list = join(copyToTemp(join(fixtures, 'base'), 'base'), 'list');
    const file = join(list, 'matters', 'T-001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('primary: [区文化和旅游局]', 'primary: [区文化旅游局]'));
    const cold = await check(list, ['--format', 'json', '--no-cache']);
    const cacheDir = temp();
    const entry = (): string => join(cacheDir, readdirSync(cacheDir).find((n) => n.startsWith('check-')) as string);
    const edits: ((text: string) => string)[] = [
      (text) => text.slice(0, text.length / 2), // cut short
      (text) => text.replace(/"findings":\[\{[^\]]*\]/, '"findings":[]'), // findings removed, checksum not updated
      (text) => text.replace(/^dutylist-cache 1 \S+/, 'dutylist-cache 1 0000'), // another key
      (text) => `${text.split('\n')[0]}\nnot json`,
    ];
    for (const edit of edits) {
      await check(list, ['--format', 'json', '--cache-dir', cacheDir]);
      writeFileSync(entry(), edit(readFileSync(entry(), 'utf8')));
      expect(await check(list, ['--format', 'json', '--cache-dir', cacheDir])).toEqual(cold);
    }
  });

  it('reads no entry through a link, and replaces a planted link instead of writing through it', async () => {
    const list = join(copyToTemp(join(fixtures, 'base'), 'base'), 'list');
    const cacheDir = temp();
    const cold = await check(list, ['--format', 'json', '--no-cache']);
    await check(list, ['--format', 'json', '--cache-dir', cacheDir]);
    const name = readdirSync(cacheDir).find((n) => n.startsWith('check-')) as string;
    const elsewhere = join(temp(), 'victim');
    writeFileSync(elsewhere, readFileSync(join(cacheDir, name)));
    rmSync(join(cacheDir, name));
    symlinkSync(elsewhere, join(cacheDir, name));
    const file = join(list, 'matters', 'T-001.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    expect((await check(list, ['--format', 'json', '--cache-dir', cacheDir])).stdout).toBe(cold.stdout);
    const before = readFileSync(elsewhere, 'utf8');
    await check(list, ['--format', 'json', '--cache-dir', cacheDir]);
    expect(readFileSync(elsewhere, 'utf8')).toBe(before);
  });

  it('refuses a folder others can write, in one line, and gives the same answer', async () => {
    const list = join(copyToTemp(join(fixtures, 'base'), 'base'), 'list');
    const cacheDir = join(temp(), 'shared');
    mkdirSync(cacheDir);
    chmodSync(cacheDir, 0o777);
    const cold = await check(list, ['--format', 'json', '--no-cache']);
    const run = await check(list, ['--format', 'json', '--cache-dir', cacheDir]);
    expect(run.stdout).toBe(cold.stdout);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('缓存文件夹');
    expect(readdirSync(cacheDir)).toEqual([]);
    const en = await check(list, ['--format', 'json', '--cache-dir', cacheDir, '--lang', 'en']);
    expect(en.stderr).toMatch(/^dutylist: the cache folder .* can be written by its group or by others/);
  });

  it('creates its folder private, and --no-cache or DUTYLIST_NO_CACHE writes nothing', async () => {
    const list = join(copyToTemp(join(fixtures, 'base'), 'base'), 'list');
    const home = temp();
    await check(list, [], { XDG_CACHE_HOME: home, DUTYLIST_CACHE_DIR: '', DUTYLIST_NO_CACHE: '' });
    const made = join(home, 'dutylist');
    expect((await import('node:fs')).statSync(made).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(made)) expect((await import('node:fs')).statSync(join(made, f)).mode & 0o777).toBe(0o600);
    const off = temp();
    await check(list, ['--no-cache'], { XDG_CACHE_HOME: off, DUTYLIST_CACHE_DIR: '' });
    await check(list, [], { XDG_CACHE_HOME: off, DUTYLIST_CACHE_DIR: '', DUTYLIST_NO_CACHE: '1' });
    expect(readdirSync(off)).toEqual([]);
  });
});
