// The published site in a real browser (headless Chromium): search, filters, citations, links,
// keyboard, no outside requests, file://, without JavaScript, at phone width. One browser for the
// file; pages are reused. Expected results are computed from the list's files.
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/laws/index.js';
import { lawPage } from '../../src/publish/paths.js';
import type { Matter } from '../../src/types.js';
import { hasChromium, launchChromium, serve, type StaticServer } from './browser.js';
import { editMatter, filesUnder, generateMatters, mattersOf, publishCopy, searchedText, unitsOf, type Published } from './helpers.js';

const SCREENSHOTS = process.env.DUTYLIST_SCREENSHOTS === '1';
const XSS = '<img src=x onerror="window.__xss=1">';

describe.skipIf(!hasChromium)('the published site in Chromium', () => {
  let shipped: Published;
  let streets: Published;
  let long: Published;
  let root: string;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const url = (site: string, path = 'index.html'): string => `${server.base}${site}/${path}`;

  beforeAll(async () => {
    [shipped, streets, long] = await Promise.all([
      publishCopy(),
      // WH-019 names the streets of the scenic areas instead of all of them; WH-025 carries markup.
      publishCopy((list) => {
        editMatter(list, 'WH-019', /supporting: \[(.*)各街道办事处（乡人民政府）\]/, 'supporting: [$1长轩岭街道办事处, 蔡店街道办事处, 木兰乡人民政府]');
        editMatter(list, 'WH-025', /^note: .*$/m, `note: '网吧${XSS.replace(/'/g, "''")}'`);
      }),
      publishCopy((list) => generateMatters(list, 150)),
    ]);
    root = join(shipped.cwd, 'served');
    mkdirSync(root);
    renameSync(shipped.site, join(root, 'a'));
    renameSync(streets.site, join(root, 'b'));
    renameSync(long.site, join(root, 'c'));
    server = await serve(root);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.on('request', (r) => void requests.push(r.url()));
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const resultIds = (p: Page): Promise<string[]> => p.$$eval('#results tbody tr .code', (els) => els.map((e) => e.textContent ?? ''));
  const searchFor = async (p: Page, q: string): Promise<void> => {
    await p.fill('#q', q);
    await p.press('#q', 'Enter');
    await p.waitForFunction(() => !document.getElementById('results')?.hidden && /找到|没有找到/.test(document.getElementById('status')?.textContent ?? ''));
  };
  const expected = (matters: Matter[], keep: (m: Matter) => boolean): string[] => matters.filter(keep).map((m) => m.id).sort();

  it('search "网吧" shows exactly the matters whose text holds it, highlighted, and puts it in the URL', async () => {
    const want = expected(mattersOf(shipped.list), (m) => searchedText(m).some((s) => s.includes('网吧')));
    expect(want.length).toBeGreaterThan(1);
    await page.goto(url('a'));
    await searchFor(page, '网吧');
    expect((await resultIds(page)).sort()).toEqual(want);
    expect(await page.$$eval('#results tbody tr', (rows) => rows.every((r) => [...r.querySelectorAll('mark')].some((m) => m.textContent === '网吧')))).toBe(true);
    expect(await page.isHidden('#all-matters')).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('网吧');
    // The same link opened afresh shows the same results.
    await page.goto(url('a', `index.html?q=${encodeURIComponent('网吧')}`));
    await page.waitForFunction(() => /找到/.test(document.getElementById('status')?.textContent ?? ''));
    expect((await resultIds(page)).sort()).toEqual(want);
  });

  it('filters by unit (as primary or supporting, or one of them) and by type', async () => {
    const matters = mattersOf(shipped.list);
    const unit = '区公安分局';
    await page.goto(url('a'));
    await page.selectOption('#unit', unit);
    await page.waitForFunction(() => /找到/.test(document.getElementById('status')?.textContent ?? ''));
    expect((await resultIds(page)).sort()).toEqual(expected(matters, (m) => [...m.responsibility.primary, ...m.responsibility.supporting].includes(unit)));
    await page.selectOption('#role', 'primary');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('role') === 'primary');
    expect((await resultIds(page)).sort()).toEqual(expected(matters, (m) => m.responsibility.primary.includes(unit)));
    await page.goto(url('a', `index.html?type=${encodeURIComponent('文物')}`));
    await page.waitForFunction(() => /找到/.test(document.getElementById('status')?.textContent ?? ''));
    expect((await resultIds(page)).sort()).toEqual(expected(matters, (m) => m.type === '文物'));
  });

  it('filters by street: a matter of 各街道办事处 applies to every street, a named street only to itself', async () => {
    const matters = mattersOf(streets.list);
    const collective = unitsOf(streets.list).streets_collective;
    const concerns = (street: string) => (m: Matter) => [...m.responsibility.primary, ...m.responsibility.supporting].some((u) => u === collective || u === street);
    for (const street of ['前川街道办事处', '长轩岭街道办事处']) {
      await page.goto(url('b'));
      await page.selectOption('#street', street);
      await page.waitForFunction(() => /找到/.test(document.getElementById('status')?.textContent ?? ''));
      const ids = (await resultIds(page)).sort();
      expect(ids).toEqual(expected(matters, concerns(street)));
      expect(ids.includes('WH-019')).toBe(street === '长轩岭街道办事处');
    }
  });

  it('a citation opens its law page at the cited item, showing the article text', async () => {
    const registry = loadRegistry(join(shipped.cwd, 'lists', 'laws'), { cacheDir: false });
    const version = registry.byName.get('中华人民共和国文物保护法')?.instrument.versions.find((v) => v.version === '2024-11-08');
    const item = version?.articles.find((a) => a.number === 83)?.paragraphs[0]?.items[0]?.text ?? 'missing';
    await page.goto(url('a', 'matters/WH-023.html'));
    await Promise.all([page.waitForURL(/#art-83-p1-i1$/), page.click('text=第八十三条第一款第一项')]);
    expect(page.url()).toContain(lawPage('中华人民共和国文物保护法'));
    const target = await page.$eval(':target', (el) => ({ text: el.textContent ?? '', top: el.getBoundingClientRect().top }));
    expect(target.text).toBe(`（一）${item}`);
    expect(target.top).toBeGreaterThanOrEqual(0);
    expect(target.top).toBeLessThan(900);
  });

  it('every link of the site resolves, fragments included, and every page is reachable from the index', async () => {
    const site = url('a', '');
    const ids = new Map<string, Set<string>>();
    const links: { from: string; to: string; hash: string }[] = [];
    const broken: string[] = [];
    const queue = [url('a')];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const current = queue.shift() ?? '';
      const response = await fetch(current);
      if (response.status !== 200) {
        broken.push(`${current}: ${response.status}`);
        continue;
      }
      if (!response.headers.get('content-type')?.startsWith('text/html')) continue;
      const html = await response.text();
      ids.set(current, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '')));
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const target = new URL((m[1] ?? '').replace(/&amp;/g, '&'), current);
        const hash = decodeURIComponent(target.hash.slice(1));
        target.hash = '';
        target.search = '';
        if (!target.href.startsWith(site)) {
          broken.push(`${current} → ${target.href} (outside the site)`);
          continue;
        }
        links.push({ from: current, to: target.href, hash });
        if (!seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(links.filter((l) => l.hash && !ids.get(l.to)?.has(l.hash)).map((l) => `${l.from} → ${l.to}#${l.hash}`)).toEqual([]);
    const pages = filesUnder(join(root, 'a')).filter((f) => f.endsWith('.html')).map((f) => new URL(f.split('/').map(encodeURIComponent).join('/'), site).href);
    expect(pages.filter((p) => !ids.has(p))).toEqual([]);
    expect(links.filter((l) => l.hash.startsWith('art-')).length).toBeGreaterThan(50);
  });

  it('the keyboard reaches the skip link, the search box and the results', async () => {
    await page.goto(url('a'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    let presses = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'q' && presses++ < 20) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('网吧');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /找到/.test(document.getElementById('status')?.textContent ?? ''));
    presses = 0;
    while (!(await page.evaluate(() => document.activeElement?.closest('#results') !== null && document.activeElement?.tagName === 'A')) && presses++ < 30) await page.keyboard.press('Tab');
    const first = (await resultIds(page))[0];
    await Promise.all([page.waitForURL(/matters\/WH-\d+\.html$/), page.keyboard.press('Enter')]);
    expect(page.url()).toContain(`matters/${first}.html`);
  });

  it('nothing is fetched from outside the site, and no page names an outside address', async () => {
    requests.length = 0;
    await page.goto(url('a'));
    await searchFor(page, '未成年人');
    await page.goto(url('a', 'matters/WH-003.html'));
    await page.goto(url('a', 'laws/index.html'));
    await page.click(`a[href="${lawPage('娱乐场所管理条例').slice('laws/'.length)}"]`);
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((r) => !r.startsWith(server.base))).toEqual([]);
    for (const f of filesUnder(join(root, 'a')).filter((f) => /\.(html|css|js)$/.test(f))) {
      expect(readFileSync(join(root, 'a', f), 'utf8'), f).not.toMatch(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    }
  });

  it('matter text is shown as text, never run, on its page and in search results', async () => {
    await page.goto(url('b', 'matters/WH-025.html'));
    expect(await page.textContent('#note + p')).toBe(`网吧${XSS}`);
    await page.goto(url('b'));
    await searchFor(page, 'onerror');
    expect(await resultIds(page)).toEqual(['WH-025']);
    expect(await page.textContent('#results .snippet')).toContain(XSS);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('without its text file the search still finds names, codes and units', async () => {
    const p = await context.newPage();
    await p.route('**/search-text.js', (r) => r.abort());
    await p.goto(url('a'));
    await searchFor(p, '未成年人');
    const matters = mattersOf(shipped.list);
    const want = expected(matters, (m) => [m.name, m.id, ...m.responsibility.primary, ...m.responsibility.supporting].some((s) => s.includes('未成年人')));
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(expected(matters, (m) => searchedText(m).some((s) => s.includes('未成年人'))).length);
    expect((await resultIds(p)).sort()).toEqual(want);
    await p.close();
  });

  it('opened from disk (file://) it searches and links the same', async () => {
    const want = expected(mattersOf(shipped.list), (m) => searchedText(m).some((s) => s.includes('网吧')));
    await page.goto(pathToFileURL(join(root, 'a', 'index.html')).href);
    await searchFor(page, '网吧');
    expect((await resultIds(page)).sort()).toEqual(want);
    await Promise.all([page.waitForURL(/^file:.*matters\/WH-\d+\.html$/), page.click('#results tbody tr a')]);
    expect(await page.textContent('h1')).toBeTruthy();
  });

  it('without JavaScript the index is the plain full list, however long', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const p = await plain.newPage();
    await p.goto(url('a'));
    expect(await p.$$eval('table.matters tbody tr', (rows) => rows.length)).toBe(mattersOf(shipped.list).length);
    expect(await p.isVisible('#search')).toBe(false);
    await p.goto(url('c'));
    expect(await p.$$eval('table.matters tbody tr', (rows) => rows.length)).toBe(150);
    await plain.close();
    // With it, the first rows are in the page and the rest come on request.
    await page.goto(url('c'));
    expect(await page.$$eval('#all-matters tbody tr', (rows) => rows.length)).toBe(100);
    await page.click('#all-matters + button.more');
    expect(await page.$$eval('#all-matters tbody tr', (rows) => rows.length)).toBe(150);
    expect(await page.isHidden('#all-matters + button.more')).toBe(true);
  });

  it('every piece of text contrasts at least 4.5:1 with its background', async () => {
    for (const path of [`index.html?q=${encodeURIComponent('网吧')}`, 'matters/WH-023.html', lawPage('中华人民共和国文物保护法')]) {
      await page.goto(url('a', path));
      await page.waitForFunction(() => !document.getElementById('search')?.hidden || !document.getElementById('all-matters'));
      const worst = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const lum = ([r = 0, g = 0, b = 0]: number[]) => [r, g, b].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
        const background = (el: Element | null): number[] => {
          for (let e = el; e; e = e.parentElement) {
            const c = rgb(getComputedStyle(e).backgroundColor);
            if (c.length === 3 || (c[3] ?? 0) > 0) return c;
          }
          return [255, 255, 255];
        };
        let result = { ratio: 99, text: '' };
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!n.textContent?.trim() || !el || el.getClientRects().length === 0) continue;
          const [hi, lo] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))].sort((x, y) => y - x);
          const ratio = ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
          if (ratio < result.ratio) result = { ratio, text: n.textContent.trim().slice(0, 20) };
        }
        return result;
      });
      expect(worst.ratio, `${path}: ${worst.text}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('prints a matter on one A4 page when it fits', async () => {
    await page.goto(url('a', 'matters/WH-006.html'));
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    // A4: 595 × 842 pt.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf);
    expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([595, 842]);
  });

  it('at 1280 and 390 px wide nothing scrolls sideways (screenshots in docs/ with DUTYLIST_SCREENSHOTS=1)', async () => {
    const shots = join(process.cwd(), 'docs');
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      for (const [name, path] of [['index', 'index.html'], ['search', `index.html?q=${encodeURIComponent('网吧')}`], ['matter', 'matters/WH-023.html'], ['law', lawPage('中华人民共和国文物保护法')]] as const) {
        await page.goto(url('a', path));
        await page.waitForFunction(() => !document.getElementById('search')?.hidden || !document.getElementById('all-matters'));
        const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(scroll, `${name} at ${width}`).toBeLessThanOrEqual(client);
        if (SCREENSHOTS && (name === 'index' || name === 'matter')) {
          const clip = name === 'index' && width < 500 ? { clip: { x: 0, y: 0, width, height: 2400 } } : {};
          await page.screenshot({ path: join(shots, `publish-${name}-${width}.png`), fullPage: true, ...clip });
        }
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
