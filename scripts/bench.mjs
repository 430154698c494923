#!/usr/bin/env node
// npm run bench: wall time, matters/s and peak RSS of the real CLI on generated lists of
// 25 / 1,000 / 10,000 matters, next to `node -e 0`. Not a test: numbers for the closing note.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'dutylist.js');
const shipped = join(root, 'lists');
const work = mkdtempSync(join(tmpdir(), 'dutylist-bench-'));
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const sizes = (process.env.BENCH_SIZES ?? '25,1000,10000').split(',').map(Number);
const commands = (process.env.BENCH_COMMANDS ?? 'check,export,diff').split(',').filter((c) => c !== 'diff');

/** A copy of lists/ whose list holds `n` matters made from the shipped ones (new ids and names). */
function generate(n) {
  const dir = join(work, `lists-${n}`);
  cpSync(shipped, dir, { recursive: true });
  const matters = join(dir, 'huangpi-culture-tourism', 'matters');
  const sources = readdirSync(matters).sort().map((f) => readFileSync(join(matters, f), 'utf8'));
  rmSync(join(dir, 'huangpi-culture-tourism', 'adjustments'), { recursive: true, force: true });
  if (n === sources.length) return join(dir, 'huangpi-culture-tourism');
  rmSync(matters, { recursive: true });
  mkdirSync(matters);
  for (let i = 0; i < n; i++) {
    const id = `WH-${String(i + 1).padStart(5, '0')}`;
    const text = sources[i % sources.length]
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^name: (.*)$/m, (_, name) => `name: ${name}（${i + 1}）`);
    writeFileSync(join(matters, `${id}.yaml`), text);
  }
  return join(dir, 'huangpi-culture-tourism');
}

function measure(args, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const argv = timeBin ? [timeBin, '-f', '%e %M', process.execPath, ...args] : [process.execPath, ...args];
    const started = process.hrtime.bigint();
    const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
    const wall = Number(process.hrtime.bigint() - started) / 1e6;
    const last = (r.stderr ?? '').trim().split('\n').pop() ?? '';
    const rssKb = timeBin ? Number(last.split(' ')[1]) : NaN;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    samples.push({ wall, rssMb: rssKb / 1024 });
  }
  samples.sort((a, b) => a.wall - b.wall);
  return samples[Math.floor(samples.length / 2)];
}

const rows = [];
const baseline = measure(['-e', '0'], 7);
rows.push(['node -e 0', '-', baseline.wall, '-', baseline.rssMb]);
for (const n of sizes) {
  const list = generate(n);
  const runs = n <= 25 ? 7 : 3;
  for (const command of commands) {
    const args = command === 'export'
      ? [bin, 'export', list, '-o', join(work, `out-${n}.xlsx`)]
      : [bin, command, list, '--format', 'json'];
    const m = measure(args, runs);
    rows.push([`${command} (bin)`, n, m.wall, Math.round((n / m.wall) * 1000), m.rssMb]);
  }
}

// diff: the largest list in a git repository, tagged, then 100 matters changed in the work tree.
if ((process.env.BENCH_COMMANDS ?? 'diff').split(',').includes('diff')) {
  const n = Math.max(...sizes);
  const list = generate(n);
  const repo = join(list, '..');
  const git = (...args) => spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'v1');
  git('tag', 'v1');
  const matters = join(list, 'matters');
  for (const name of readdirSync(matters).sort().slice(0, 100)) {
    const file = join(matters, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(street:\n  duties:\n)/m, '$1    - 每周开展一次专项巡查，发现问题当天报告。\n'));
  }
  const m = measure([bin, 'diff', list, '--from', 'v1', '--format', 'json'], 3);
  rows.push([`diff --from v1 (100 changed)`, n, m.wall, Math.round((n / m.wall) * 1000), m.rssMb]);
}

const fmt = (v, d = 0) => (typeof v === 'number' ? (Number.isNaN(v) ? 'n/a' : v.toFixed(d)) : String(v));
console.log('| command | matters | wall ms (median) | matters/s | peak RSS MB |');
console.log('|---|---:|---:|---:|---:|');
for (const [cmd, n, wall, rate, rss] of rows) console.log(`| ${cmd} | ${n} | ${fmt(wall)} | ${fmt(rate)} | ${fmt(rss)} |`);
rmSync(work, { recursive: true, force: true });
