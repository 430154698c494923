// The same behaviours through the real bin, as a user or CI runs them. Each command's cases run
// only once the lead has wired it into src/cli.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyLists, LIST, root } from './helpers.js';

const cli = readFileSync(join(root, 'src', 'cli.ts'), 'utf8');
const wired = (name: string): boolean => cli.includes(`./commands/${name}.js`);

function dutylist(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'dutylist.js'), ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', DUTYLIST_TODAY: '2026-11-26' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin: init, new, fmt, stats', () => {
  it.skipIf(!wired('init'))('init creates a repository on which check, fmt --check and stats pass', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dutylist-e2e-'));
    expect(dutylist(['init', 'x'], cwd).code).toBe(0);
    const repo = join(cwd, 'x');
    expect(existsSync(join(repo, '.github/workflows/dutylist.yml'))).toBe(true);
    expect(dutylist(['check'], repo)).toMatchObject({ code: 0 });
    if (wired('fmt')) expect(dutylist(['fmt', '--check'], repo)).toMatchObject({ code: 0, stdout: '' });
    if (wired('stats')) expect(JSON.parse(dutylist(['stats', '--format', 'json'], repo).stdout)).toMatchObject({ matters: 1 });
    expect(dutylist(['init', 'x'], cwd).code).toBe(2);
  });

  it.skipIf(!wired('fmt'))('fmt changes nothing on the shipped list; after a messy edit, the second run changes nothing and check passes', () => {
    const cwd = copyLists();
    expect(dutylist(['fmt', LIST, '--check'], cwd)).toMatchObject({ code: 0, stdout: '' });
    const file = join(cwd, LIST, 'matters', 'WH-004.yaml');
    const shipped = readFileSync(file, 'utf8');
    writeFileSync(file, shipped.replace('id: WH-004', "id: 'WH-004'").replace(/\n/g, '\r\n'));
    expect(dutylist(['fmt', LIST, '--check'], cwd)).toMatchObject({ code: 1, stdout: `${LIST}/matters/WH-004.yaml\n` });
    expect(dutylist(['fmt', LIST], cwd).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(shipped);
    expect(dutylist(['fmt', LIST], cwd)).toMatchObject({ code: 0, stdout: '' });
    expect(dutylist(['check', LIST], cwd).code).toBe(0);
  });

  it.skipIf(!wired('new'))('new prints the created path, and refuses an unknown type with exit 2 listing the allowed types', () => {
    const cwd = copyLists();
    const made = dutylist(['new', LIST, '--type', '文物', '--name', '文物保护单位周边施工的巡查报告'], cwd);
    expect(made).toMatchObject({ code: 0, stdout: `${LIST}/matters/WH-026.yaml\n` });
    expect(dutylist(['check', LIST], cwd).code).toBe(1);
    const refused = dutylist(['new', LIST, '--type', '餐饮', '--name', '新事项'], cwd);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('文化市场');
  });

  it.skipIf(!wired('stats'))('stats prints a table, English with --lang en', () => {
    const zh = dutylist(['stats', LIST], root);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('区文化和旅游局');
    expect(dutylist(['stats', LIST, '--lang', 'en'], root).stdout).toContain('By matter type');
  });
});
