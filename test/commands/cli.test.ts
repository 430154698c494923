// The same behaviours through the real bin, as a user or CI runs them.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dutylist as spawnBin } from '../e2e/cli.js';
import { copyLists, LIST, root } from './helpers.js';

const dutylist = (args: string[], cwd: string) => spawnBin(args, { cwd });

describe('bin: init, new, fmt, stats', () => {
  it('init creates a repository on which check, fmt --check and stats pass', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dutylist-e2e-'));
    expect(dutylist(['init', 'x'], cwd).code).toBe(0);
    const repo = join(cwd, 'x');
    expect(existsSync(join(repo, '.github/workflows/dutylist.yml'))).toBe(true);
    expect(dutylist(['check'], repo)).toMatchObject({ code: 0 });
    expect(dutylist(['fmt', '--check'], repo)).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(dutylist(['stats', '--format', 'json'], repo).stdout)).toMatchObject({ matters: 1 });
    expect(dutylist(['init', 'x'], cwd).code).toBe(2);
  });

  it('fmt changes nothing on the shipped list; after a messy edit, the second run changes nothing and check passes', () => {
    const cwd = copyLists();
    expect(dutylist(['fmt', LIST, '--check'], cwd)).toMatchObject({ code: 0, stdout: '' });
    const file = join(cwd, LIST, 'matters', 'WH-004.yaml');
    const shipped = readFileSync(file, 'utf8');
    writeFileSync(file, shipped.replace('id: WH-004', "id: 'WH-004'").replace(/\n/g, '\r\n'));
    expect(dutylist(['fmt', LIST, '--check'], cwd)).toMatchObject({ code: 1, stdout: `${LIST}/matters/WH-004.yaml  引号\n` });
    expect(dutylist(['fmt', LIST], cwd).code).toBe(0);
    // The file's CRLF line ends stay (acceptable, README); the quotes go.
    expect(readFileSync(file, 'utf8')).toBe(shipped.replace(/\n/g, '\r\n'));
    expect(dutylist(['fmt', LIST], cwd)).toMatchObject({ code: 0, stdout: '' });
    expect(dutylist(['check', LIST], cwd).code).toBe(0);
  });

  it('new prints the created path, and refuses an unknown type with exit 2 listing the allowed types', () => {
    const cwd = copyLists();
    const made = dutylist(['new', LIST, '--type', '文物', '--name', '文物保护单位周边施工的巡查报告'], cwd);
    expect(made).toMatchObject({ code: 0, stdout: `${LIST}/matters/WH-026.yaml\n` });
    expect(dutylist(['check', LIST], cwd).code).toBe(1);
    const refused = dutylist(['new', LIST, '--type', '餐饮', '--name', '新事项'], cwd);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('文化市场');
  });

  it('stats prints a table, English with --lang en', () => {
    const zh = dutylist(['stats', LIST], root);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('区文化和旅游局');
    expect(dutylist(['stats', LIST, '--lang', 'en'], root).stdout).toContain('By matter type');
  });
});
