import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkList } from '../../src/check/run.js';
import { fmtCommand } from '../../src/commands/fmt.js';
import { initCommand } from '../../src/commands/init.js';
import { newCommand } from '../../src/commands/new.js';
import { UsageError } from '../../src/errors.js';
import { EXAMPLE_LAW_FILE, EXCERPT } from '../../src/init/laws.js';
import { fakeContext } from './helpers.js';

function emptyDir(): string {
  return mkdtempSync(join(tmpdir(), 'dutylist-init-'));
}

async function init(cwd: string, dir = 'repo', opts = {}): Promise<string> {
  const { ctx } = fakeContext(cwd);
  expect(await initCommand(dir, opts, ctx)).toBe(0);
  return join(cwd, dir);
}

describe('dutylist init', () => {
  it('creates a repository that passes check as created', async () => {
    const repo = await init(emptyDir(), 'huangpi', { region: '武汉市黄陂区', prefix: 'WH' });
    for (const path of [
      'lists/huangpi/list.yaml', 'lists/huangpi/matters/WH-001.yaml', 'lists/huangpi/adjustments/.gitkeep', 'lists/units.yaml',
      `lists/laws/${EXAMPLE_LAW_FILE}`, '.github/workflows/dutylist.yml', '.gitlab-ci.yml', '.vscode/settings.json',
      '.gitattributes', '.editorconfig', 'README.md', 'tools/dutylist.mjs', 'tools/schema/matter.schema.json', 'dutylist', 'dutylist.cmd',
    ]) expect(existsSync(join(repo, path)), path).toBe(true);
    const result = checkList(undefined, { lang: 'zh', onDate: '2026-11-26', cwd: repo });
    expect(result.diagnostics).toEqual([]);
    expect(result.matters).toHaveLength(1);
  });

  it('writes files already in canonical form, and `new` works in the new repository', async () => {
    const repo = await init(emptyDir());
    expect(await fmtCommand(undefined, { check: true }, fakeContext(repo).ctx)).toBe(0);
    const created = fakeContext(repo);
    expect(await newCommand(undefined, { type: '演出', name: '营业性演出的监督管理' }, created.ctx)).toBe(0);
    expect(created.stdout()).toBe('lists/repo/matters/SX-002.yaml\n');
    expect(readFileSync(join(repo, 'lists/repo/matters/SX-002.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/tools\/schema\/matter\.schema\.json\n/);
  });

  it('wires CI, editor and line endings as documented', async () => {
    const repo = await init(emptyDir());
    const workflow = parse(readFileSync(join(repo, '.github/workflows/dutylist.yml'), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, { steps: { run?: string }[] }> };
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    const runs = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.run ?? '')).join('\n');
    expect(runs).toContain('node tools/dutylist.mjs check --format github');
    expect(runs).toMatch(/node tools\/dutylist\.mjs diff --require-approval --from "\$tag"/);
    expect(runs).toContain('node tools/dutylist.mjs export -o');
    expect(runs).not.toMatch(/npm|npx/);
    const gitlab = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script?: string[] }>;
    expect(gitlab.check?.script?.join('\n')).toContain('node tools/dutylist.mjs check');
    expect(gitlab.review?.script?.join('\n')).toContain('--require-approval');
    const settings = JSON.parse(readFileSync(join(repo, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']['./tools/schema/matter.schema.json']).toEqual(['lists/*/matters/*.yaml']);
    expect(readFileSync(join(repo, '.gitattributes'), 'utf8')).toContain('* text=auto eol=lf');
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    expect(readme).toContain('联席会议');
    // The offline story comes first: the tool is in the repository, no npm.
    expect(readme.slice(0, 300)).toContain('tools/dutylist.mjs');
    expect(readme).not.toMatch(/npm|npx|node_modules/);
    expect(readFileSync(join(repo, 'dutylist.cmd'), 'utf8')).toContain('\r\n');
  });

  it('refuses a non-empty folder with a usage error and writes nothing', async () => {
    const cwd = emptyDir();
    mkdirSync(join(cwd, 'repo'));
    writeFileSync(join(cwd, 'repo', 'notes.txt'), 'x');
    await expect(initCommand('repo', {}, fakeContext(cwd).ctx)).rejects.toBeInstanceOf(UsageError);
    expect(existsSync(join(cwd, 'repo', 'lists'))).toBe(false);
  });

  it('accepts a folder holding only .git', async () => {
    const cwd = emptyDir();
    mkdirSync(join(cwd, 'repo', '.git'), { recursive: true });
    await init(cwd);
  });

  it('passes check with the built-in law excerpt', async () => {
    const repo = await init(emptyDir());
    writeFileSync(join(repo, 'lists/laws', EXAMPLE_LAW_FILE), EXCERPT);
    expect(checkList(undefined, { lang: 'zh', onDate: '2026-11-26', cwd: repo }).diagnostics).toEqual([]);
  });
});
