#!/usr/bin/env node
// npm run bench: dutylist next to its peer, ajv-cli (schema only, the devDependency), on the same
// generated lists in the same run. Each round runs every command once, interleaved, so a busy
// machine slows both sides alike; the ratios to ajv-cli come first, then best and median wall
// time and peak RSS. Sizes 1,000 / 10,000 / 100,000 matters (ids fit the schema at every size).
// `check` cold = an empty cache folder; warm = the same folder again, nothing changed.
// Not a test: numbers for the README and the closing note.
//   BENCH_SIZES=1000,10000   BENCH_ROUNDS=5   BENCH_README=1 (write the printout into README.md)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'dutylist.js');
const ajv = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const shipped = join(root, 'lists');
const work = mkdtempSync(join(tmpdir(), 'dutylist-bench-'));
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const rounds = (n) => Number(process.env.BENCH_ROUNDS ?? (n >= 100000 ? 3 : 5));
/** export and diff at 100,000 would take minutes and have no target: up to 10,000 unless asked. */
const bigWorkbooks = process.env.BENCH_BIG_WORKBOOKS === '1';

if (!existsSync(ajv)) {
  console.error('ajv-cli is missing: run npm ci (it is a devDependency).');
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'dutylist.mjs'))) {
  console.error('dist/ is missing: run npm run build.');
  process.exit(2);
}

/** A copy of lists/ whose list holds `n` matters made from the shipped ones (new ids and names). */
function generate(n) {
  const dir = join(work, `lists-${n}`);
  cpSync(shipped, dir, { recursive: true });
  const list = join(dir, 'huangpi-culture-tourism');
  const matters = join(list, 'matters');
  const sources = readdirSync(matters).sort().map((f) => readFileSync(join(matters, f), 'utf8'));
  rmSync(join(list, 'adjustments'), { recursive: true, force: true });
  rmSync(matters, { recursive: true });
  mkdirSync(matters);
  for (let i = 0; i < n; i++) {
    // WH-00000 … WH-99999: the schema allows three to five digits.
    const id = `WH-${String(i).padStart(5, '0')}`;
    const text = sources[i % sources.length]
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^name: (.*)$/m, (_, name) => `name: ${name}（${i + 1}）`);
    writeFileSync(join(matters, `${id}.yaml`), text);
  }
  return list;
}

/** Wall ms and peak RSS MB of one run. */
function run(argv, cwd) {
  const full = timeBin ? [timeBin, '-f', '%M', process.execPath, ...argv] : [process.execPath, ...argv];
  const started = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' }, maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(0, 500)}`);
  const rssKb = timeBin ? Number((r.stderr ?? '').trim().split('\n').pop()) : NaN;
  return { wall, rss: rssKb / 1024 };
}

function prepareDiff(list) {
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
}

const results = new Map(); // "command|n" → samples
const record = (command, n, sample) => {
  const key = `${command}|${n}`;
  if (!results.has(key)) results.set(key, []);
  results.get(key).push(sample);
};

const load = loadavg()[0];
for (const n of sizes) {
  const list = generate(n);
  const workbooks = n <= 10000 || bigWorkbooks;
  if (workbooks) prepareDiff(list);
  const commands = {
    'ajv-cli': () => [ajv, 'validate', '-s', join(root, 'schema', 'matter.schema.json'), '-d', join(list, 'matters', '*.yaml'), '-c', 'ajv-formats', '--strict=false', '--all-errors'],
    'check, cold': (cache) => [bin, 'check', list, '--format', 'json', '--cache-dir', cache],
    'check, warm': (cache) => [bin, 'check', list, '--format', 'json', '--cache-dir', cache],
    ...(workbooks
      ? {
          export: (cache) => [bin, 'export', list, '-o', join(work, `out-${n}.xlsx`), '--cache-dir', cache],
          'diff --from v1 (100 changed)': (cache) => [bin, 'diff', list, '--from', 'v1', '--format', 'json', '--cache-dir', cache],
        }
      : {}),
  };
  for (let round = 0; round < rounds(n); round++) {
    // A new folder each round: `check, cold` finds nothing, `check, warm` finds what it left.
    const cache = mkdtempSync(join(work, 'cache-'));
    for (const [command, argv] of Object.entries(commands)) record(command, n, run(argv(cache), list));
    rmSync(cache, { recursive: true, force: true });
  }
  rmSync(join(list, '..'), { recursive: true, force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stat = (command, n) => {
  const samples = results.get(`${command}|${n}`);
  if (!samples) return undefined;
  return { best: Math.min(...samples.map((s) => s.wall)), median: median(samples.map((s) => s.wall)), rss: Math.max(...samples.map((s) => s.rss)), rounds: samples.length };
};
const ms = (v) => (v >= 10000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v).toLocaleString('en')} ms`);
const mb = (v) => (Number.isNaN(v) ? 'n/a' : `${Math.round(v)} MB`);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

const targets = {
  'check, cold|10000': { ratio: 1.0, rss: 150 },
  'check, warm|10000': { ratio: 0.2, rss: 150 },
  'export|10000': { ratio: 2.5, rss: 300 },
  'check, cold|100000': { rss: 300 },
  'check, warm|100000': { rss: 300 },
};

const lines = [];
const cpu = cpus();
lines.push(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB · Node ${process.version} · load ${load.toFixed(1)} at start`);
lines.push('');
lines.push('| command | matters | ÷ ajv-cli (median) | ÷ ajv-cli (best) | target | median | best | peak RSS |');
lines.push('|---|---:|---:|---:|---|---:|---:|---:|');
for (const n of sizes) {
  const peer = stat('ajv-cli', n);
  for (const command of ['ajv-cli', 'check, cold', 'check, warm', 'export', 'diff --from v1 (100 changed)']) {
    const s = stat(command, n);
    if (!s || !peer) continue;
    const target = targets[`${command}|${n}`];
    const met = target ? ((target.ratio === undefined || s.median / peer.median <= target.ratio) && s.rss <= target.rss ? 'met' : 'missed') : '';
    const goal = target ? `${[target.ratio === undefined ? '' : `≤ ${target.ratio}×`, `≤ ${target.rss} MB`].filter(Boolean).join(', ')}: ${met}` : '';
    lines.push(`| ${command} | ${n.toLocaleString('en')} | ${command === 'ajv-cli' ? '1' : ratio(s.median, peer.median)} | ${command === 'ajv-cli' ? '1' : ratio(s.best, peer.best)} | ${goal} | ${ms(s.median)} | ${ms(s.best)} | ${mb(s.rss)} |`);
  }
}
// Linear: time per matter at the largest size against the next one down.
const [small, large] = sizes.filter((n) => stat('check, cold', n)).slice(-2);
if (small && large && large > small) {
  const per = (n) => stat('check, cold', n).median / n;
  lines.push('');
  lines.push(`check, cold per matter: ${(per(small) * 1000).toFixed(0)} µs at ${small.toLocaleString('en')}, ${(per(large) * 1000).toFixed(0)} µs at ${large.toLocaleString('en')} (${ratio(per(large), per(small))}).`);
}
const rows = Object.fromEntries(sizes.map((n) => [n, stat('ajv-cli', n)?.rounds ?? 0]));
lines.push(`Rounds: ${Object.entries(rows).map(([n, r]) => `${Number(n).toLocaleString('en')}: ${r}`).join(', ')}.`);

const printout = lines.join('\n');
console.log(printout);
rmSync(work, { recursive: true, force: true });

if (process.env.BENCH_README === '1') {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) {
    console.error(`README.md has no ${start} … ${end} section.`);
    process.exit(1);
  }
  writeFileSync(readme, `${text.slice(0, a + start.length)}\n\n${printout}\n\n${text.slice(b)}`);
}
