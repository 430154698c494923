// The single-file build, copied alone next to a list (an offline office machine): no node_modules.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './cli.js';

const bundle = join(root, 'dist', 'dutylist.mjs');

describe.skipIf(!existsSync(bundle))('dist/dutylist.mjs alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dutylist-offline-'));
  copyFileSync(bundle, join(dir, 'dutylist.mjs'));
  cpSync(join(root, 'lists'), join(dir, 'lists'), { recursive: true });
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['dutylist.mjs', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', NODE_PATH: '' } });

  it('is small enough to copy around and has no node_modules beside it', () => {
    expect(readFileSync(bundle).length).toBeLessThan(3 * 1024 * 1024);
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  });

  it('checks the list', () => {
    const r = run('check');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/25 个事项文件/);
  });

  it('exports the workbook (exceljs loaded only then) with the same bytes as the installed tool', () => {
    const a = run('export', '-o', 'a.xlsx', '--on', '2026-01-01');
    expect(a.status).toBe(0);
    expect(a.stderr).not.toMatch(/DeprecationWarning|Error/);
    const b = spawnSync(process.execPath, ['-e', `import(${JSON.stringify(join(root, 'dist', 'cli.js'))}).then(async (m) => { process.exitCode = await m.main(['export', 'lists/huangpi-culture-tourism', '-o', 'b.xlsx', '--on', '2026-01-01']); })`], { cwd: dir, encoding: 'utf8' });
    expect(b.status).toBe(0);
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
  });

  it('imports the workbook back (the workbook commands share the embedded chunk)', () => {
    expect(run('export', '-o', 'round.xlsx', '--on', '2026-01-01').status).toBe(0);
    const r = run('import', 'round.xlsx', '--dry-run');
    expect(r.stderr).not.toMatch(/Error|DeprecationWarning/);
    expect(r.status).toBe(2); // the 25 files exist already: refused without --force, nothing written
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('answers in English with --lang en and refuses a bad option with exit 2', () => {
    expect(run('check', '--lang', 'en').stdout).toMatch(/no errors/);
    expect(run('check', '--bogus').status).toBe(2);
  });
});
