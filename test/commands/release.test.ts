// dutylist release: checks, stamps list.yaml (only the two values), tags on request when the
// list is committed, commits nothing, and prints the next commands.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseCommand } from '../../src/commands/release.js';
import { InputError, UsageError } from '../../src/errors.js';
import { stampManifest } from '../../src/release/stamp.js';
import { copyLists, fakeContext, LIST } from './helpers.js';

const ENV = { ...process.env, GIT_AUTHOR_NAME: 'x', GIT_AUTHOR_EMAIL: 'x@example.org', GIT_COMMITTER_NAME: 'x', GIT_COMMITTER_EMAIL: 'x@example.org' };
const git = (cwd: string, ...args: string[]): string => spawnSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).stdout.trim();

function repo(): string {
  const cwd = copyLists();
  git(cwd, 'init', '-q');
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', '印发 2025.1 版');
  return cwd;
}

async function release(cwd: string, version: string, opts: { effective?: string; tag?: boolean } = {}) {
  const c = fakeContext(cwd);
  const code = await releaseCommand(version, LIST, opts, c.ctx);
  return { code, out: c.stdout(), err: c.stderr() };
}

const manifestOf = (cwd: string): string => readFileSync(join(cwd, LIST, 'list.yaml'), 'utf8');

describe('stampManifest', () => {
  it('changes the two values and keeps every other byte', () => {
    const text = "# 清单信息\ntitle: 示例 # 标题\nversion: '2025.1'   # 版本\neffective: 2025-04-01\ntypes: [a, b]\n";
    expect(stampManifest(text, { version: '2026.1', effective: '2026-12-01' })).toBe("# 清单信息\ntitle: 示例 # 标题\nversion: '2026.1'   # 版本\neffective: 2026-12-01\ntypes: [a, b]\n");
  });
  it('quotes a version written plain, so 2026.10 stays a string', () => {
    expect(stampManifest('version: 2025.1\neffective: 2025-04-01\n', { version: '2026.10', effective: '2026-12-01' })).toBe("version: '2026.10'\neffective: 2026-12-01\n");
  });
});

describe('dutylist release', () => {
  it('stamps version and effective, commits nothing, and says what to run next', async () => {
    const cwd = repo();
    const head = git(cwd, 'rev-parse', 'HEAD');
    const before = manifestOf(cwd);
    const r = await release(cwd, '2026.1', { effective: '2026-12-01' });
    expect(r.code).toBe(0);
    const after = manifestOf(cwd);
    const changed = after.split('\n').filter((l, i) => l !== before.split('\n')[i]);
    expect(changed).toEqual(["version: '2026.1'", 'effective: 2026-12-01']);
    expect(git(cwd, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(cwd, 'tag', '--list')).toBe('');
    expect(r.out).toContain(`git add ${LIST}/list.yaml`);
    expect(r.out).toContain('release 2026.1 --tag');
  });

  it('--tag with the stamp not yet committed makes no tag and prints the commit first', async () => {
    const cwd = repo();
    const r = await release(cwd, '2026.1', { effective: '2026-12-01', tag: true });
    expect(r.code).toBe(0);
    expect(git(cwd, 'tag', '--list')).toBe('');
    expect(r.out).toMatch(/git commit -m "印发 2026\.1 版清单"/);
  });

  it('--tag on a committed list tags the current commit vVERSION; again, nothing to do', async () => {
    const cwd = repo();
    expect((await release(cwd, '2025.1', { effective: '2025-04-01', tag: true })).code).toBe(0);
    expect(git(cwd, 'tag', '--points-at', 'HEAD')).toBe('v2025.1');
    expect((await release(cwd, '2025.1', { effective: '2025-04-01', tag: true })).code).toBe(0);
  });

  it('refuses a tag that already names another commit (exit 2)', async () => {
    const cwd = repo();
    git(cwd, 'tag', 'v2025.1');
    git(cwd, 'commit', '-q', '--allow-empty', '-m', '另一次提交');
    expect((await release(cwd, '2025.1', { effective: '2025-04-01', tag: true })).code).toBe(2);
  });

  it('refuses a list with errors and leaves list.yaml alone', async () => {
    const cwd = repo();
    const matter = join(cwd, LIST, 'matters', 'WH-001.yaml');
    writeFileSync(matter, readFileSync(matter, 'utf8').replace(/^type: .*$/m, 'type: 不存在'));
    const before = manifestOf(cwd);
    const r = await release(cwd, '2026.1', { effective: '2026-12-01' });
    expect(r.code).toBe(1);
    expect(manifestOf(cwd)).toBe(before);
  });

  it('usage: a malformed or older version, and --tag outside git', async () => {
    const cwd = repo();
    await expect(release(cwd, 'v2026')).rejects.toBeInstanceOf(UsageError);
    await expect(release(cwd, '2024.9', { effective: '2025-04-01' })).rejects.toBeInstanceOf(UsageError);
    await expect(release(copyLists(), '2025.1', { effective: '2025-04-01', tag: true })).rejects.toBeInstanceOf(InputError);
  });
});
