// The site as files: what each page holds, escaping, open data, determinism and atomic output.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishCommand } from '../../src/commands/publish.js';
import { loadRegistry } from '../../src/laws/index.js';
import { lawPage, matterPage, safeFileName } from '../../src/publish/paths.js';
import type { SiteFile } from '../../src/publish/site.js';
import { writeSite } from '../../src/publish/write.js';
import { fakeContext } from '../context.js';
import { LIST, editMatter, filesUnder, mattersOf, publishCopy, type Published } from './helpers.js';

// CommonJS default export: loaded the way src/schema/validate.ts loads it.
const addFormats = createRequire(import.meta.url)('ajv-formats') as typeof import('ajv-formats').default;

let shipped: Published;
beforeAll(async () => {
  shipped = await publishCopy();
});

const read = (site: string, path: string): string => readFileSync(join(site, path), 'utf8');

describe('dutylist publish: the shipped list', () => {
  it('writes an index, one page per matter and per cited law, assets, open data and the workbook', () => {
    expect(shipped.code).toBe(0);
    const files = filesUnder(shipped.site);
    const matters = mattersOf(shipped.list);
    for (const m of matters) expect(files).toContain(matterPage(m.id));
    expect(files.filter((f) => f.startsWith('matters/'))).toHaveLength(matters.length);
    expect(files).toEqual(expect.arrayContaining([
      'index.html', 'laws/index.html', 'assets/site.css', 'assets/search.js', 'assets/search-index.js', 'assets/search-text.js',
      'data/matters.json', 'data/matters.csv', 'data/matters.schema.json', '.dutylist-site',
    ]));
    expect(files.some((f) => /^downloads\/.+（2025\.1）\.xlsx$/.test(f))).toBe(true);
    for (const f of files) expect(f.split('/').every((part) => part === safeFileName(part))).toBe(true);
    expect(shipped.stderr).toMatch(/site/);
  });

  it('the index lists every matter with 序号, 类型, 名称, 主体责任, 配合责任, in the workbook order', () => {
    const index = read(shipped.site, 'index.html');
    expect(index).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(index).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self';`);
    const rows = [...index.matchAll(/<tr><td class="seq" data-label="序号">(\d+)<\/td><td class="type" data-label="事项类型">([^<]+)<\/td><td data-label="事项名称"><a href="matters\/([A-Z]+-\d+)\.html">/g)];
    const matters = mattersOf(shipped.list);
    expect(rows.map((r) => Number(r[1]))).toEqual(matters.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(matters.map((m) => m.id)));
    const head = /<thead>(.*?)<\/thead>/.exec(index)?.[1] ?? '';
    expect([...head.matchAll(/<th scope="col"[^>]*>([^<]+)<\/th>/g)].map((m) => m[1])).toEqual(['序号', '事项类型', '事项名称', '主体责任', '配合责任']);
    expect(index).not.toContain('<noscript><table');
  });

  it('a matter page carries the seven parts, linked citations and its approved adjustments', () => {
    const page = read(shipped.site, matterPage('WH-023'));
    for (const part of ['事项类型', '区级部门职责', '街道职责', '法律法规及文件依据', '主体责任', '配合责任', '调整记录']) expect(page).toContain(part);
    expect(page).toContain('<h1>文物保护单位保护范围内擅自进行建设工程或者爆破、钻探、挖掘等作业的查处</h1>');
    const law = lawPage('中华人民共和国文物保护法');
    expect(page).toContain(`href="../${law}#art-28"`);
    expect(page).toContain(`href="../${law}#art-83-p1-i1"`);
    // History: adjustment 2025-001, filed 2025-03-27 under 陂编办〔2025〕3号, basis changed.
    expect(page).toMatch(/2025年3月27日<\/td>\s*<td data-label="备案文号">陂编办〔2025〕3号/);
    expect(page).toContain('变更：法律法规及文件依据');
    expect(read(shipped.site, matterPage('WH-001'))).toContain('本事项自清单施行以来未经调整。');
  });

  it('a law page holds each cited article once, from the version in force on the effective date, with anchors per 款 and 项', () => {
    const registry = loadRegistry(join(shipped.cwd, 'lists', 'laws'), { cacheDir: false });
    const page = read(shipped.site, lawPage('中华人民共和国文物保护法'));
    const anchors = [...page.matchAll(/<section class="article" id="(art-[0-9s]+)"/g)].map((m) => m[1]);
    expect(anchors).toEqual([...new Set(anchors)]);
    expect(anchors).toEqual(['art-26', 'art-28', 'art-32', 'art-39', 'art-83']);
    const version = registry.byName.get('中华人民共和国文物保护法')?.instrument.versions.find((v) => v.version === '2024-11-08');
    const item = version?.articles.find((a) => a.number === 83)?.paragraphs[0]?.items[0]?.text ?? 'missing';
    expect(page).toMatch(new RegExp(`<li id="art-83-p1-i1">（一）${item.replace(/[()（）]/g, '.')}</li>`));
    expect(page).toContain('2025年3月1日');
  });

  it('open data: JSON valid against the published schema, CSV with BOM and one row per matter', () => {
    const json = JSON.parse(read(shipped.site, 'data/matters.json')) as { matters: { id: string }[]; list: { title: string }; laws_on: string; adjustments: unknown[] };
    const schema = JSON.parse(read(shipped.site, 'data/matters.schema.json')) as object;
    const validate = addFormats(new Ajv({ strict: false, allErrors: true })).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.matters).toHaveLength(mattersOf(shipped.list).length);
    expect(json.laws_on).toBe('2025-04-01');
    expect(json.adjustments).toHaveLength(1);
    const csv = readFileSync(join(shipped.site, 'data/matters.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('序号,事项编码,事项类型,事项名称,区级部门职责,街道职责,法律法规及文件依据,主体责任,配合责任,权力类型,备注');
    // Rows end in CRLF; line breaks inside quoted cells are LF only.
    expect(text.trimEnd().split('\r\n')).toHaveLength(json.matters.length + 1);
  });

  it('two builds of the same list are byte-identical', async () => {
    const again = await publishCopy();
    const a = filesUnder(shipped.site);
    expect(filesUnder(again.site)).toEqual(a);
    for (const f of a) expect(readFileSync(join(again.site, f)).equals(readFileSync(join(shipped.site, f))), f).toBe(true);
  });
});

describe('dutylist publish: untrusted text and bad input', () => {
  it('renders a matter name with <script> as text everywhere', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>网吧"\'&';
    const p = await publishCopy((list) => editMatter(list, 'WH-008', /^name: .*$/m, `name: '${evil.replace(/'/g, "''")}'`));
    expect(p.code).toBe(0);
    for (const f of filesUnder(p.site).filter((f) => f.endsWith('.html'))) {
      const html = read(p.site, f);
      expect(html, f).not.toContain('<script>alert');
      expect(html, f).not.toContain('<img src=x');
      expect(html.match(/<script\b/g)?.length ?? 0, f).toBe(f === 'index.html' ? 2 : 0);
    }
    expect(read(p.site, matterPage('WH-008'))).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;网吧&quot;&#39;&amp;');
    // In the data script the name is JSON inside a string: it cannot end the script.
    expect(read(p.site, 'assets/search-index.js')).not.toMatch(/<\/script/i);
  });

  it('refuses a list with errors (exit 1) and writes nothing', async () => {
    const p = await publishCopy((list) => editMatter(list, 'WH-003', '第二十三条', '第九十八条'));
    expect(p.code).toBe(1);
    expect(p.stderr).toContain('citation/article-missing');
    expect(existsSync(p.site)).toBe(false);
  });

  it('never replaces a folder it did not write', async () => {
    const p = await publishCopy();
    const foreign = join(p.cwd, 'documents');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'keep.txt'), 'mine');
    const { ctx } = fakeContext(p.cwd);
    await expect(publishCommand(LIST, { output: 'documents' }, ctx)).rejects.toThrow(/documents/);
    expect(readdirSync(foreign)).toEqual(['keep.txt']);
  });

  it('a build failing halfway leaves the last good site untouched and no temporary folder', () => {
    const target = join(shipped.cwd, 'site');
    const before = filesUnder(target).map((f) => [f, readFileSync(join(target, f)).toString('base64')]);
    function* failing(): Generator<SiteFile> {
      yield ['index.html', 'half'];
      yield ['matters/WH-001.html', 'half'];
      throw new Error('disk full halfway');
    }
    expect(() => writeSite(target, failing(), 'zh')).toThrow('disk full halfway');
    expect(filesUnder(target).map((f) => [f, readFileSync(join(target, f)).toString('base64')])).toEqual(before);
    expect(readdirSync(shipped.cwd).filter((n) => n.includes('.tmp') || n.includes('.old'))).toEqual([]);
  });

  it('replaces an earlier site whole: files that are gone from the list go from the site', () => {
    const target = join(shipped.cwd, 'replaced');
    writeSite(target, [['index.html', 'one'], ['matters/OLD-001.html', 'old'], ['.dutylist-site', '']], 'zh');
    writeSite(target, [['index.html', 'two'], ['.dutylist-site', '']], 'zh');
    expect(filesUnder(target)).toEqual(['.dutylist-site', 'index.html']);
    expect(read(target, 'index.html')).toBe('two');
  });
});
