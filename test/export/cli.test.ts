// `dutylist export` as a user runs it: the real bin, spawned (the vitest global setup builds dist/).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dutylist as spawnBin } from '../e2e/cli.js';
import { BASIC, BROKEN, ROOT, tempDir } from './helpers.js';

const dutylist = (args: string[]) => spawnBin(args, { cwd: ROOT, env: { DUTYLIST_TODAY: '2025-06-01' } });

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('dutylist export (spawned)', () => {
  it('writes the workbook, the same bytes every time, and says so on stderr', () => {
    const dir = tempDir();
    const a = dutylist(['export', BASIC, '-o', join(dir, 'a.xlsx')]);
    const b = dutylist(['export', BASIC, '-o', join(dir, 'b.xlsx')]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stdout).toBe('');
    expect(a.stderr).toContain('a.xlsx');
    expect(sha(join(dir, 'a.xlsx'))).toBe(sha(join(dir, 'b.xlsx')));
  });

  it('exits 1 and writes nothing for a list with errors', () => {
    const dir = tempDir();
    const r = dutylist(['export', BROKEN, '-o', join(dir, 'x.xlsx')]);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    expect(r.stderr).toContain('citation/article-missing');
  });

  it('exits 2 with one line when the target cannot be written, the old file untouched', () => {
    const dir = tempDir();
    const target = join(dir, 'held.xlsx');
    writeFileSync(target, 'old');
    const locked = spawnSync('chattr', ['+i', target]).status === 0;
    try {
      const r = dutylist(['export', BASIC, '-o', locked ? target : join(target, 'x.xlsx')]);
      expect(r.code).toBe(2);
      // The check's own report (warnings and its summary line) comes first; then one line.
      const lines = r.stderr.trim().split('\n');
      expect(lines.slice(lines.findIndex((l) => /^[✔✖]/.test(l)) + 1)).toHaveLength(1);
    } finally {
      if (locked) spawnSync('chattr', ['-i', target]);
    }
    expect(readFileSync(target, 'utf8')).toBe('old');
  });

  it('exits 2 for a target that is not .xlsx', () => {
    expect(dutylist(['export', BASIC, '-o', join(tempDir(), 'x.csv')]).code).toBe(2);
  });
});
