#!/usr/bin/env node
// node scripts/bench-publish.mjs: `dutylist publish` on generated lists of 25 and 10,000 matters
// (made from the shipped ones as scripts/bench.mjs does), next to `export` of the same list as the
// peer measured in the same run; then the index page in headless Chromium: load, form ready, first
// search. A second 10,000-matter list makes every duty unique (no repeated wording to share), the
// worst case for the size of the search text. Not a test: numbers for the README and closing note.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'dutylist.js');
const work = mkdtempSync(join(tmpdir(), 'dutylist-bench-publish-'));

function generate(n, unique) {
  const dir = join(work, `lists-${n}${unique ? '-unique' : ''}`);
  cpSync(join(root, 'lists'), dir, { recursive: true });
  const matters = join(dir, 'huangpi-culture-tourism', 'matters');
  const sources = readdirSync(matters).sort().map((f) => readFileSync(join(matters, f), 'utf8'));
  if (n === sources.length) return dir;
  rmSync(join(dir, 'huangpi-culture-tourism', 'adjustments'), { recursive: true, force: true });
  rmSync(matters, { recursive: true });
  mkdirSync(matters);
  for (let i = 0; i < n; i++) {
    const id = `WH-${String(i + 1).padStart(5, '0')}`;
    let text = sources[i % sources.length].replace(/^id: .*$/m, `id: ${id}`).replace(/^name: (.*)$/m, (_, name) => `name: ${name}（${i + 1}）`);
    if (unique) text = text.replace(/^(\s+- )(.*[。；])$/gm, (_, lead, duty) => `${lead}${duty.slice(0, -1)}（第${i + 1}项）${duty.slice(-1)}`);
    writeFileSync(join(matters, `${id}.yaml`), text);
  }
  return dir;
}

function time(args, cwd, runs) {
  const walls = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.status} ${r.stderr.slice(-400)}`);
    walls.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return walls.sort((a, b) => a - b)[Math.floor(walls.length / 2)];
}

function sizeOf(dir) {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      const s = sizeOf(join(dir, e.name));
      bytes += s.bytes;
      files += s.files;
    } else {
      bytes += statSync(join(dir, e.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const sites = [];
for (const [n, unique] of [[25, false], [10000, false], [10000, true]]) {
  const cwd = generate(n, unique);
  const runs = n <= 25 ? 5 : 1;
  const publish = time(['publish', 'huangpi-culture-tourism', '-o', 'site'], cwd, runs);
  const exported = time(['export', 'huangpi-culture-tourism', '-o', 'out.xlsx'], cwd, runs);
  const site = join(cwd, 'site');
  const size = sizeOf(site);
  const file = (p) => statSync(join(site, p)).size;
  sites.push({ label: `${n}${unique ? ' (unique duties)' : ''}`, site, publish, exported, size, index: file('index.html'), data: file('assets/search-index.js'), text: file('assets/search-text.js') });
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
for (const s of sites) {
  const server = createServer((req, res) => {
    try {
      const path = join(s.site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const samples = [];
  for (const base of [`http://127.0.0.1:${server.address().port}`, `file://${s.site}`]) {
    for (let i = 0; i < 3; i++) {
      await page.goto('about:blank');
      await page.goto(`${base}/index.html`, { waitUntil: 'commit' });
      // In-page clocks (ms since navigation start): the form shown, then a search for 网吧 typed the
      // instant it appears, done when its results are on the page (the search text loads meanwhile).
      const ready = await (await page.waitForFunction(() => !document.getElementById('search')?.hidden && performance.now(), null, { polling: 'raf' })).jsonValue();
      await page.evaluate(() => {
        document.getElementById('q').value = '网吧';
        document.querySelector('#search form').requestSubmit();
      });
      const searched = await (await page.waitForFunction(() => /找到/.test(document.getElementById('status').textContent) && performance.now(), null, { polling: 'raf' })).jsonValue();
      const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
      samples.push({ base: base.slice(0, 4), load: Math.round(load), ready: Math.round(ready), searched: Math.round(searched) });
    }
  }
  server.close();
  const median = (kind, key) => samples.filter((x) => x.base === kind).map((x) => x[key]).sort((a, b) => a - b)[1];
  s.browser = ['http', 'file'].map((k) => `${k}: form shown ${median(k, 'ready')} ms, load event ${median(k, 'load')} ms, first search shown ${median(k, 'searched')} ms`).join('; ');
}
await browser.close();

console.log('| matters | publish (ms) | export, same list (ms) | site | index.html | search-index.js | search-text.js |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const s of sites) console.log(`| ${s.label} | ${s.publish.toFixed(0)} | ${s.exported.toFixed(0)} | ${mb(s.size.bytes)} in ${s.size.files} files | ${mb(s.index)} | ${mb(s.data)} | ${mb(s.text)} |`);
console.log('');
for (const s of sites) console.log(`${s.label}: ${s.browser}`);
rmSync(work, { recursive: true, force: true });
