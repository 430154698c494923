// The printed result, as LibreOffice renders it: every page landscape, the header repeated on every
// page of 清单, every matter name in the text (-raw keeps a wrapped cell's lines together). CI installs libreoffice-calc, poppler-utils and a
// CJK font; without soffice this file is skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASIC, ROOT, SHIPPED, runExport, tempDir } from './helpers.js';
import { readXlsx } from './xlsx-reader.js';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdfinfo', ['-v']).error === undefined;
if (!hasSoffice) console.warn('skipping the LibreOffice print check: soffice or pdfinfo not found (apt-get install libreoffice-calc poppler-utils fonts-wqy-microhei)');

const list = existsSync(join(ROOT, SHIPPED, 'list.yaml')) ? SHIPPED : BASIC;

describe.skipIf(!hasSoffice)('printed with LibreOffice', () => {
  it(`prints ${list} landscape with the header on every page and every matter name`, async () => {
    const dir = tempDir();
    const xlsx = join(dir, 'list.xlsx');
    expect((await runExport(list, { output: xlsx, on: '2025-06-01' })).code).toBe(0);
    // A private profile: parallel runs of soffice on one profile block each other.
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 90_000 });
    const pdf = join(dir, 'list.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(0);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const rotations = [...info.matchAll(/Page\s+\d+ rot:\s+(\d+)/g)].map((m) => Number(m[1]) % 180);
    expect(sizes).toHaveLength(pages);
    sizes.forEach(([w = 0, h = 0], i) => expect(rotations[i] === 90 ? h > w : w > h, `page ${i + 1} is landscape`).toBe(true));

    const texts = Array.from({ length: pages }, (_, i) =>
      execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''));
    const listPages = texts.filter((t) => !t.includes('事项数'));
    expect(listPages.length).toBeGreaterThan(0);
    listPages.forEach((t, i) => {
      for (const part of ['序号', '事项名称', '区级部门职责', '街道职责', '主体责任', '配合责任']) expect(t, `page ${i + 1} shows ${part}`).toContain(part);
    });
    const sheet = await (await readXlsx(readFileSync(xlsx))).sheet('清单');
    const names = sheet.rows.filter((r) => /^WH-/.test(r.cells.get('J') ?? '')).map((r) => r.cells.get('C') ?? '');
    expect(names.length).toBeGreaterThan(0);
    const all = texts.join('');
    for (const name of names) expect(all, `${name} is printed`).toContain(name.replace(/\s+/g, ''));
  });
});
