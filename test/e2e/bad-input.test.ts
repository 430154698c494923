// Bad input never gives a stack trace or a hang: a positioned diagnostic and exit 1 (or one line and exit 2).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseWith, dutylist, fixtures } from './cli.js';

interface Diag { file: string; line: number; column: number; rule: string; severity: string }

function check(list: string): { code: number | null; diags: Diag[]; stderr: string } {
  const run = dutylist(['check', list, '--format', 'json']);
  const parsed = run.stdout ? (JSON.parse(run.stdout) as { diagnostics: Diag[] }) : { diagnostics: [] };
  return { code: run.code, diags: parsed.diagnostics, stderr: run.stderr };
}

const scenario = (name: string): string => join(fixtures, 'bad-input', name);

describe('bad input', () => {
  it('base fixture is clean', () => {
    const r = check(baseWith());
    expect(r.diags).toEqual([]);
    expect(r.code).toBe(0);
  });

  it.each([
    ['gbk', 'encoding/gb18030', 2],
    ['utf16', 'encoding/utf16', 1],
    ['tab-indent', 'yaml/tab-indent', 16],
    ['duplicate-key', 'yaml/duplicate-key', 3],
    ['unknown-key', 'schema', 13],
    ['wrong-type', 'schema', 13],
    ['empty', 'file/empty', 1],
    ['syntax', 'yaml/unclosed-bracket', 17],
    ['alias-bomb', 'yaml/alias-limit', 2],
  ])('%s → %s at line %i, other files still checked', (name, rule, line) => {
    const r = check(baseWith(scenario(name)));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const mine = r.diags.filter((d) => d.file.endsWith('T-003.yaml'));
    expect(mine).toContainEqual(expect.objectContaining({ rule, line, severity: 'error' }));
    expect(r.diags.filter((d) => !d.file.endsWith('T-003.yaml'))).toEqual([]);
  });

  it.each(['bom', 'crlf'])('%s is read as ordinary UTF-8', (name) => {
    const r = check(baseWith(scenario(name)));
    expect(r.diags).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('a "key: value" typed inside a list item is a positioned schema error, not a crash', () => {
    const r = check(baseWith(scenario('colon-in-value')));
    expect(r.code).toBe(1);
    expect(r.diags).toContainEqual(expect.objectContaining({ rule: 'schema', line: 14, column: 5 }));
  });

  it('a huge file is refused without parsing', () => {
    const list = baseWith();
    writeFileSync(join(list, 'matters', 'T-003.yaml'), `id: T-003\nnote: "${'很'.repeat(700_000)}"\n`);
    const started = Date.now();
    const r = check(list);
    expect(r.code).toBe(1);
    expect(r.diags[0]).toMatchObject({ rule: 'file/too-large', line: 1 });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a GBK file is reported at its first non-UTF-8 character', () => {
    const r = check(baseWith(scenario('gbk')));
    expect(r.diags.find((d) => d.rule === 'encoding/gb18030')).toMatchObject({ line: 2, column: 7 });
  });

  it('the GBK message says how to re-save, in Chinese by default and English with --lang en', () => {
    const list = baseWith(scenario('gbk'));
    const zh = dutylist(['check', list]);
    expect(zh.stdout).toMatch(/UTF-8/);
    expect(zh.stdout).toMatch(/另存为/);
    const en = dutylist(['check', list, '--lang', 'en']);
    expect(en.stdout).toMatch(/Save as/);
    expect(en.stdout).not.toMatch(/[\u4e00-\u9fff]{6}/);
  });

  it('a missing list folder is one line and exit 2', () => {
    const r = dutylist(['check', 'no/such/folder']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('an unknown option is one line and exit 2', () => {
    const r = dutylist(['check', '--formt', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('a bad --on date is a usage error', () => {
    const r = dutylist(['check', baseWith(), '--on', '2025-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/YYYY-MM-DD/);
  });
});
