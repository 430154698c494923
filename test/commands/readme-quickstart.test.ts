// The README's first command and its quick start, command by command, as written, on a fresh
// copy of the repository (tracked files only, a new git history, no tags): each must succeed.
// npm ci is replaced by the node_modules and dist/ this suite already has.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../e2e/cli.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The commands of the first ```sh block after `heading`, one per line, comments dropped. */
function block(heading: string): string[] {
  const from = readme.indexOf(heading);
  const start = readme.indexOf('```sh\n', from);
  const end = readme.indexOf('\n```', start);
  return readme.slice(start + 6, end).split('\n').map((l) => l.replace(/\s+#\s.*$/, '').trim()).filter(Boolean);
}

function freshCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'dutylist-readme-')), 'dutylist');
  const files = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  const env = { ...process.env, GIT_AUTHOR_NAME: 'x', GIT_AUTHOR_EMAIL: 'x@example.org', GIT_COMMITTER_NAME: 'x', GIT_COMMITTER_EMAIL: 'x@example.org' };
  for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '-m', 'clone']]) spawnSync('git', args, { cwd: dir, env });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
  return dir;
}

describe('README', () => {
  it('starts with two commands: one that sets up and exports the shipped list, one that runs the tests', () => {
    const [first, second, ...rest] = block('# dutylist');
    expect(rest).toEqual([]);
    expect(first).toMatch(/^npm ci && node bin\/dutylist\.js export lists\/huangpi-culture-tourism -o \S+\.xlsx$/);
    expect(second).toBe('npm test');
    expect(readme).not.toMatch(/npx dutylist/);
  });

  it('the first command and every quick-start command succeed on a fresh copy, in order', () => {
    const dir = freshCopy();
    const [first] = block('# dutylist');
    const commands = [(first ?? '').replace(/^npm ci && /, ''), ...block('### 3. 运行')];
    expect(commands.length).toBeGreaterThanOrEqual(6);
    for (const command of commands) {
      const r = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
      expect(r.status, `${command}\n${r.stdout}\n${r.stderr}`).toBe(0);
    }
  });
});
