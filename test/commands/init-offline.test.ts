// A repository made by `init`, as an office on an intranet gets it: cloned fresh into a folder
// whose path has spaces and Chinese, no node_modules, a PATH holding only node, git and sh, and
// every CI step it wrote run as written.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dutylist } from '../e2e/cli.js';

const GIT_ENV = { GIT_AUTHOR_NAME: '区委编办', GIT_AUTHOR_EMAIL: 'office@example.org', GIT_COMMITTER_NAME: '区委编办', GIT_COMMITTER_EMAIL: 'office@example.org', GIT_CONFIG_NOSYSTEM: '1' };

/** A PATH with nothing but node, git and sh, and no proxy that could reach a network. */
function bareEnv(home: string): NodeJS.ProcessEnv {
  const bin = join(home, 'bin');
  mkdirSync(bin, { recursive: true });
  for (const [name, target] of [['node', process.execPath], ['git', which('git')], ['sh', '/bin/sh']] as const) {
    if (!existsSync(join(bin, name))) symlinkSync(target, join(bin, name));
  }
  return { PATH: bin, HOME: home, LANG: 'C.UTF-8', NO_COLOR: '1', http_proxy: 'http://127.0.0.1:9', https_proxy: 'http://127.0.0.1:9', NODE_PATH: '', ...GIT_ENV };
}

function which(name: string): string {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.stdout.trim();
}

function sh(script: string, cwd: string, env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(join(env.PATH ?? '', 'sh'), ['-e', '-c', script], { cwd, env, encoding: 'utf8', timeout: 60_000 });
}

function git(args: string[], cwd: string): void {
  const r = spawnSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

interface Workflow {
  jobs: Record<string, { steps: { run?: string }[] }>;
}

describe('dutylist init 江岸区清单 --prefix JA, cloned fresh and run offline', () => {
  const top = join(mkdtempSync(join(tmpdir(), 'dutylist-init-')), '政务 内网', '清单 仓库');
  mkdirSync(top, { recursive: true });
  const made = dutylist(['init', '江岸区清单', '--prefix', 'JA', '--region', '武汉市江岸区'], { cwd: top });
  const origin = join(top, '江岸区清单');
  git(['init', '-q'], origin);
  git(['add', '-A'], origin);
  git(['commit', '-q', '-m', '新建清单仓库'], origin);
  const clone = join(top, '新 克隆');
  git(['clone', '-q', origin, clone], top);
  const env = bareEnv(join(top, '家'));

  it('init succeeds and the clone holds no node_modules', () => {
    expect(made.code).toBe(0);
    expect(existsSync(join(clone, 'node_modules'))).toBe(false);
    expect(existsSync(join(clone, 'package.json'))).toBe(false);
    expect(statSync(join(clone, 'dutylist')).mode & 0o111).not.toBe(0);
  });

  it('writes id_prefix, and new numbers matters with it', () => {
    const manifest = parse(readFileSync(join(clone, 'lists/list/list.yaml'), 'utf8')) as { id_prefix?: string };
    expect(manifest.id_prefix).toBe('JA');
    const r = sh('./dutylist new --type 演出 --name 营业性演出的监督管理', clone, env);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('lists/list/matters/JA-002.yaml\n');
    git(['checkout', '-q', '.'], clone);
    git(['clean', '-q', '-f'], clone);
  });

  it('every step of the GitHub workflow passes (run: lines, as a push and after a release tag)', () => {
    const workflow = parse(readFileSync(join(clone, '.github/workflows/dutylist.yml'), 'utf8')) as Workflow;
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.run ? [s.run] : [])));
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const step of steps) {
      const r = sh(step, clone, env);
      expect(r.status, `${step}\n${r.stdout}${r.stderr}`).toBe(0);
    }
    const release = sh('./dutylist release 2026.1 --effective 2026-11-26 --tag', clone, env);
    expect(release.status, release.stderr).toBe(0);
    expect(sh('git tag --list', clone, env).stdout).toBe('v2026.1\n');
    for (const step of steps) {
      const r = sh(step, clone, env);
      expect(r.status, `${step}\n${r.stdout}${r.stderr}`).toBe(0);
    }
  });

  it('every script of the GitLab jobs passes, and the JUnit report it uploads exists', () => {
    const ci = parse(readFileSync(join(clone, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script?: string[] }>;
    const jobs = Object.entries(ci).filter(([, job]) => Array.isArray(job?.script));
    expect(jobs.map(([name]) => name)).toEqual(['check', 'review']);
    for (const [name, job] of jobs) {
      const r = sh((job.script ?? []).join('\n'), clone, env);
      expect(r.status, `${name}\n${r.stdout}${r.stderr}`).toBe(0);
    }
    expect(readFileSync(join(clone, 'dutylist-check.xml'), 'utf8')).toContain('<testsuites');
  });

  it('every schema path the editor is pointed at exists: VS Code settings and each modeline', () => {
    const settings = JSON.parse(readFileSync(join(clone, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const schemas = Object.keys(settings['yaml.schemas']);
    expect(schemas).toHaveLength(6);
    for (const path of schemas) expect(existsSync(join(clone, path)), path).toBe(true);
    for (const file of ['lists/list/list.yaml', 'lists/list/matters/JA-001.yaml', 'lists/units.yaml']) {
      const modeline = /^# yaml-language-server: \$schema=(\S+)/.exec(readFileSync(join(clone, file), 'utf8'))?.[1];
      expect(modeline, file).toBeDefined();
      expect(existsSync(resolve(dirname(join(clone, file)), modeline ?? '')), `${file} → ${modeline}`).toBe(true);
    }
  });

  it('dutylist.cmd: ASCII, CRLF after a clone, and its command line run as cmd.exe would expand it', () => {
    const bytes = readFileSync(join(clone, 'dutylist.cmd'));
    const text = bytes.toString('latin1');
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(3);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const nodeLine = text.split('\r\n').find((l) => l.startsWith('node ')) ?? '';
    // %~dp0 must sit inside quotes: the path of the folder has spaces and Chinese.
    expect(nodeLine).toMatch(/"%~dp0[^"]*"/);
    const expanded = nodeLine.replace('%~dp0', `${clone}\\`).replace('%*', 'check --format json');
    const words = [...expanded.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/\\/g, '/'));
    expect(words[0]).toBe('node');
    const r = spawnSync(process.execPath, words.slice(1), { cwd: clone, env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ matters: 1, errors: 0 });
  });

  it('upgrade replaces the vendored copy with the running version and says from which to which', () => {
    const target = join(clone, 'tools/dutylist.mjs');
    writeFileSync(target, readFileSync(target, 'utf8').replace(/^(#![^\n]*\n\/\/ dutylist )\S+/, '$10.0.9'));
    const r = dutylist(['upgrade'], { cwd: join(clone, 'lists') });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/0\.0\.9.*0\.1\.0/);
    expect(readFileSync(target, 'utf8')).toMatch(/^#![^\n]*\n\/\/ dutylist 0\.1\.0 /);
  });
});
