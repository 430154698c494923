// Issue 13, tried as a new user (or an attacker) would: every hostile input is a positioned
// diagnostic or one line, with the documented exit code, within two seconds, and no file other
// than the requested output changes. Special files are made by the test itself.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseWith, bin, dutylist, type Run } from './cli.js';

interface Diag { file: string; line: number; column: number; rule: string; severity: string; message: string }

const posix = process.platform !== 'win32';
const LIMIT_MS = 2_000;
// The spawned node starts in ~0.3 s; a loaded CI machine gets some slack beyond the promise.
const SLACK_MS = 3_000;

function timed(args: string[], cwd?: string, env?: Record<string, string>): Run & { ms: number } {
  const started = Date.now();
  const run = dutylist(args, { ...(cwd ? { cwd } : {}), ...(env ? { env } : {}) });
  return { ...run, ms: Date.now() - started };
}

function check(list: string): { code: number | null; diags: Diag[]; stderr: string; ms: number } {
  const run = timed(['check', list, '--format', 'json']);
  const parsed = run.stdout ? (JSON.parse(run.stdout) as { diagnostics: Diag[] }) : { diagnostics: [] };
  return { code: run.code, diags: parsed.diagnostics, stderr: run.stderr, ms: run.ms };
}

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo ${path} failed`);
}

function socket(path: string): void {
  // The socket file stays once the process that bound it exits.
  spawnSync(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(path)}, () => process.exit(0))`]);
  if (!existsSync(path)) throw new Error(`no socket at ${path}`);
}

function matter(list: string, id: string, edit: (text: string) => string): void {
  const path = join(list, 'matters', `${id}.yaml`);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

function git(dir: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

function withBasis(list: string, lines: string[]): void {
  matter(list, 'T-001', (s) => s.replace('basis:\n', `basis:\n${lines.map((l) => `  - ${l}\n`).join('')}`));
}

describe.skipIf(!posix)('special files (13.4, 13.12)', () => {
  const cases: [string, (list: string) => string][] = [
    ['a FIFO matter', (list) => (mkfifo(join(list, 'matters', 'T-009.yaml')), 'matters/T-009.yaml')],
    ['a matter linked to /dev/zero', (list) => (symlinkSync('/dev/zero', join(list, 'matters', 'T-009.yaml')), 'matters/T-009.yaml')],
    ['a socket matter', (list) => (socket(join(list, 'matters', 'T-009.yaml')), 'matters/T-009.yaml')],
    ['a folder named like a matter', (list) => (mkdirSync(join(list, 'matters', 'T-009.yaml')), 'matters/T-009.yaml')],
    ['a dangling link matter', (list) => (symlinkSync('/nonexistent/T-009.yaml', join(list, 'matters', 'T-009.yaml')), 'matters/T-009.yaml')],
    ['a FIFO list.yaml', (list) => (rmSync(join(list, 'list.yaml')), mkfifo(join(list, 'list.yaml')), 'list/list.yaml')],
    ['a FIFO units.yaml', (list) => (rmSync(join(list, '..', 'units.yaml')), mkfifo(join(list, '..', 'units.yaml')), 'units.yaml')],
    ['a FIFO adjustment', (list) => (mkdirSync(join(list, 'adjustments')), mkfifo(join(list, 'adjustments', '2025-001.yaml')), 'adjustments/2025-001.yaml')],
    ['a FIFO law text', (list) => (mkfifo(join(list, '..', 'laws', '假法(2020-01-01).md')), 'laws/假法(2020-01-01).md')],
    ['a law text linked to /dev/zero', (list) => (symlinkSync('/dev/zero', join(list, '..', 'laws', '假法(2020-01-01).md')), 'laws/假法(2020-01-01).md')],
    ['a folder in laws/', (list) => (mkdirSync(join(list, '..', 'laws', '假法(2020-01-01).md')), 'laws/假法(2020-01-01).md')],
    ['a dangling link in laws/', (list) => (symlinkSync('/nonexistent.md', join(list, '..', 'laws', '假法(2020-01-01).md')), 'laws/假法(2020-01-01).md')],
    ['matters/ being a file', (list) => (rmSync(join(list, 'matters'), { recursive: true }), writeFileSync(join(list, 'matters'), 'x'), 'list/matters')],
  ];

  it.each(cases)('%s → file/unreadable at the file, exit 1, no hang', (_name, make) => {
    const list = baseWith();
    const suffix = make(list);
    const r = check(list);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.diags).toContainEqual(expect.objectContaining({ rule: 'file/unreadable', line: 1, column: 1, severity: 'error' }));
    expect(r.diags.find((d) => d.rule === 'file/unreadable')?.file.endsWith(suffix)).toBe(true);
    expect(r.ms).toBeLessThan(LIMIT_MS + SLACK_MS);
  });

  it('the message says what the file is, in Chinese and in English', () => {
    const list = baseWith();
    mkfifo(join(list, 'matters', 'T-009.yaml'));
    expect(dutylist(['check', list]).stdout).toMatch(/不是普通文件，而是命名管道/);
    expect(dutylist(['check', list, '--lang', 'en']).stdout).toMatch(/not a regular file but a named pipe/);
  });

  it.each([
    ['law add of a FIFO', (dir: string) => mkfifo(join(dir, 'x.md')), ['law', 'add', 'x.md']],
    ['law add of /dev/zero', (dir: string) => symlinkSync('/dev/zero', join(dir, 'x.md')), ['law', 'add', 'x.md']],
    ['import of a FIFO', (dir: string) => mkfifo(join(dir, 'x.xlsx')), ['import', 'x.xlsx', 'list']],
  ])('%s → one line, exit 2', (_name, make, args) => {
    const list = baseWith();
    const dir = join(list, '..');
    make(dir);
    const r = timed(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/内部错误|at .+\.js:\d+/);
    expect(r.ms).toBeLessThan(LIMIT_MS + SLACK_MS);
  });

  it.each([
    ['a FIFO', (p: string) => mkfifo(p)],
    ['a folder', (p: string) => mkdirSync(p)],
    ['a dangling link', (p: string) => symlinkSync('/nonexistent.yaml', p)],
  ])("%s in diff's working tree → one line, exit 2", (_name, make) => {
    const list = baseWith();
    const top = join(list, '..');
    git(top, 'init', '-q');
    git(top, 'add', '-A');
    git(top, 'commit', '-qm', 'v1');
    make(join(list, 'matters', 'T-009.yaml'));
    const r = timed(['diff', 'list', '--from', 'HEAD'], top);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/T-009\.yaml/);
  });
});

describe('costs bounded by input size (13.2, 13.3)', () => {
  it('100 ranges 第一条至第九千九百九十九条 are 100 findings, quickly and briefly', () => {
    const list = baseWith();
    withBasis(list, Array.from({ length: 100 }, () => '《娱乐场所管理条例》第一条至第九千九百九十九条'));
    const r = check(list);
    expect(r.code).toBe(1);
    const missing = r.diags.filter((d) => d.rule === 'citation/article-missing');
    expect(missing).toHaveLength(100);
    expect(new Set(missing.map((d) => d.line)).size).toBe(100);
    expect(r.ms).toBeLessThan(LIMIT_MS + SLACK_MS);
  });

  it('400 such ranges: no internal error, one closing line for the rest', () => {
    const list = baseWith();
    withBasis(list, Array.from({ length: 400 }, () => '《娱乐场所管理条例》第一条至第九千九百九十九条'));
    const r = timed(['check', list]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/内部错误/);
    expect(r.stdout).toMatch(/此文件还有 \d+ 条问题未列出/);
    expect(r.stdout.length).toBeLessThan(100_000);
  });

  it('a 1 MB matter with many findings is checked in under two seconds, stylish and json', () => {
    const list = baseWith();
    const lines: string[] = [];
    for (let i = 0, bytes = 0; bytes < 1_000_000 - 4096; i++) {
      const line = `《娱乐场所管理条例》第${['一百', '二百', '三百', '九千'][i % 4]}条、第${i % 9000 + 100}条`;
      lines.push(line);
      bytes += Buffer.byteLength(line) + 5;
    }
    withBasis(list, lines);
    expect(statSync(join(list, 'matters', 'T-001.yaml')).size).toBeLessThanOrEqual(1024 * 1024);
    for (const format of ['stylish', 'json']) {
      const r = timed(['check', list, '--format', format]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/file\/more-findings/);
      expect(r.ms).toBeLessThan(LIMIT_MS + SLACK_MS);
    }
  });
});

describe('numbers out of range (13.8)', () => {
  it.each(['第10000条', '第１００００条', '第99999999999999999999条', '第二十条之10000'])('%s is a positioned citation/syntax in check', (ref) => {
    const list = baseWith();
    withBasis(list, [`《娱乐场所管理条例》${ref}`]);
    const r = check(list);
    expect(r.code).toBe(1);
    const syntax = r.diags.find((d) => d.rule === 'citation/syntax');
    expect(syntax).toMatchObject({ file: expect.stringMatching(/T-001\.yaml$/), line: 14 });
    expect(syntax?.column).toBeGreaterThan(5);
  });

  it('and a finding, not a crash, in law show', () => {
    const list = baseWith();
    const r = timed(['law', 'show', '《娱乐场所管理条例》第10000条', '--laws', join(list, '..', 'laws')]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/内部错误|numeral out of range/);
  });
});

describe('text hygiene (13.6, 13.7)', () => {
  it.each([
    ['ESC', '\\e[2J'],
    ['U+FFFE', '\\uFFFE'],
    ['U+FFFF', '\\uFFFF'],
    ['a C1 control', '\\x85'],
    ['a lone surrogate', '\\uD800'],
    ['a bidi override', '\\u202E'],
    ['a zero-width space', '\\u200B'],
  ])('%s in a duty is reported at its line', (_name, escape) => {
    const list = baseWith();
    matter(list, 'T-001', (s) => s.replace('      - 对歌舞娱乐场所接纳未成年人的行为开展监督检查，依法查处违法行为。', `      - "对歌舞娱乐场所${escape}接纳未成年人的行为开展监督检查"`));
    const r = check(list);
    expect(r.diags).toContainEqual(expect.objectContaining({ rule: 'text/invisible-character', line: 7, file: expect.stringMatching(/T-001\.yaml$/) }));
  });

  it('a text longer than an Excel cell is reported', () => {
    const list = baseWith();
    matter(list, 'T-001', (s) => `${s}note: ${'很'.repeat(33_000)}\n`);
    const r = check(list);
    expect(r.code).toBe(1);
    expect(r.diags).toContainEqual(expect.objectContaining({ rule: 'text/cell-too-long' }));
  });

  it('text in list.yaml is scanned too', () => {
    const list = baseWith();
    writeFileSync(join(list, 'list.yaml'), readFileSync(join(list, 'list.yaml'), 'utf8').replace(/^title: 测试区(.*)$/m, 'title: "测试\\u202E区$1"'));
    const r = check(list);
    expect(r.diags).toContainEqual(expect.objectContaining({ rule: 'text/invisible-character', line: 1, file: expect.stringMatching(/list\.yaml$/) }));
  });

  it.each(['stylish', 'github'])('%s output carries no terminal sequence and no forged line', (format) => {
    const list = baseWith();
    matter(list, 'T-001', (s) => s
      .replace('name: 歌舞娱乐场所接纳未成年人的监管', 'name: "歌舞\\e]0;PWNED\\a娱乐\\e[2J场所"')
      .replace('  - 《娱乐场所管理条例》第二十三条', '  - "《娱乐\\e[8m场所管理条例》第二十三条\\nlist/matters/T-002.yaml:1:1  错误  伪造的诊断  fake/rule"'));
    if (posix) renameSync(join(list, 'matters', 'T-002.yaml'), join(list, 'matters', 'T-002\u001b[31m\n.yaml'));
    const r = dutylist(['check', list, '--format', format]);
    expect(r.code).toBe(1);
    for (const text of [r.stdout, r.stderr]) {
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    expect(r.stdout.split('\n').filter((l) => /伪造的诊断/.test(l)).every((l) => !l.startsWith('list/matters/T-002.yaml'))).toBe(true);
    if (format === 'stylish') expect(r.stdout).toMatch(/\\u001B/);
  });

  it('diff -o writes well-formed XML even when the old version holds U+FFFE (export side)', async () => {
    const list = baseWith();
    const old = join(list, '..', 'old');
    mkdirSync(join(old, 'matters'), { recursive: true });
    writeFileSync(join(old, 'list.yaml'), readFileSync(join(list, 'list.yaml')));
    for (const id of ['T-001', 'T-002']) writeFileSync(join(old, 'matters', `${id}.yaml`), readFileSync(join(list, 'matters', `${id}.yaml`)));
    matter(old, 'T-001', (s) => s.replace('name: 歌舞娱乐场所接纳未成年人的监管', 'name: "歌舞\\uFFFE娱乐\\uD800场所\\e[2J"'));
    const out = join(list, '..', '对照表.xlsx');
    const r = dutylist(['diff', list, '--old', old, '-o', out]);
    expect(r.code).toBe(0);
    const { default: JSZip } = await import('jszip');
    const { SaxesParser } = await import('saxes');
    const zip = await JSZip.loadAsync(readFileSync(out));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      const xml = await zip.file(name)!.async('string');
      expect(xml).not.toMatch(/[\uFFFE\uFFFF\u0000-\u0008]/);
      const parser = new SaxesParser();
      expect(() => parser.write(xml).close()).not.toThrow();
    }
  });

  it('json keeps the characters exactly (escaped the JSON way)', () => {
    const list = baseWith();
    matter(list, 'T-001', (s) => s.replace('name: 歌舞娱乐场所接纳未成年人的监管', 'name: "歌舞\\u202E娱乐"'));
    const r = check(list);
    expect(r.diags.find((d) => d.rule === 'text/invisible-character')?.message).toMatch(/U\+202E/);
  });
});

describe('writes (13.10)', () => {
  it.skipIf(!posix)('a failed stdout write is one line and exit 2', () => {
    const list = baseWith();
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" check "${list}" > /dev/full`], { encoding: 'utf8', env: { ...process.env, DUTYLIST_TODAY: '2026-11-26' } });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/ENOSPC/);
  });

  it.skipIf(!posix)('fmt keeps a file\'s mode and writes through a symlinked matter', () => {
    const list = baseWith();
    const own = join(list, 'matters', 'T-001.yaml');
    matter(list, 'T-001', (s) => s.replace('name: ', 'name:   '));
    chmodSync(own, 0o600);
    const real = join(list, '..', 'T-002.real.yaml');
    renameSync(join(list, 'matters', 'T-002.yaml'), real);
    writeFileSync(real, readFileSync(real, 'utf8').replace('name: ', 'name:   '));
    symlinkSync(real, join(list, 'matters', 'T-002.yaml'));
    const r = dutylist(['fmt', list]);
    expect(r.code).toBe(0);
    expect(statSync(own).mode & 0o777).toBe(0o600);
    expect(lstatSync(join(list, 'matters', 'T-002.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toMatch(/^name: \S/m);
  });

  it.each([
    ['check -o a matter', ['check', 'list', '-o', 'list/matters/T-001.yaml']],
    ['check -o list.yaml', ['check', 'list', '-o', 'list/list.yaml']],
    ['check -o units.yaml', ['check', 'list', '-o', 'units.yaml']],
    ['check -o a law text', ['check', 'list', '-o', 'laws/娱乐场所管理条例(2020-11-29).md']],
    ['diff -o a matter', ['diff', 'list', '--old', 'list', '-f', 'text', '-o', 'list/matters/T-002.yaml']],
  ])('%s is refused in one line and the file is unchanged', (_name, args) => {
    const list = baseWith();
    const top = join(list, '..');
    const target = join(top, args[args.length - 1] ?? '');
    const before = readFileSync(target);
    const r = timed(args, top);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/清单本身的文件/);
    expect(readFileSync(target).equals(before)).toBe(true);
  });

  it.skipIf(!posix)('-o onto /dev/null or under /proc is one line, never a replaced device or a hang', () => {
    const list = baseWith();
    for (const target of ['/dev/null', '/proc/self/x/y.txt']) {
      const r = timed(['check', list, '-o', target]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.ms).toBeLessThan(LIMIT_MS + SLACK_MS);
    }
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('usage (13.11)', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('--format %s is a usage error naming the formats', (format) => {
    const list = baseWith();
    for (const command of ['check', 'diff']) {
      const r = dutylist(command === 'check' ? ['check', list, '--format', format] : ['diff', list, '--old', list, '--format', format]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/stylish|text/);
      expect(r.stdout).not.toMatch(/object/);
    }
  });

  it.each(['2025-02-30', 'tomorrow', '2025-1-1'])('DUTYLIST_TODAY=%s is a usage error', (today) => {
    const r = dutylist(['check', baseWith()], { env: { DUTYLIST_TODAY: today } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/DUTYLIST_TODAY/);
  });

  it('diff --old with a folder that is no list is one line, exit 2', () => {
    const list = baseWith();
    const empty = join(list, '..', 'empty');
    mkdirSync(empty);
    const r = dutylist(['diff', list, '--old', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/不是清单目录/);
  });
});
