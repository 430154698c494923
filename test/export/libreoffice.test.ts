// The printed result, as LibreOffice renders it: every page landscape, the header repeated on every
// page of 清单, every matter name in the text (-raw keeps a wrapped cell's lines together). CI installs libreoffice-calc, poppler-utils and a
// CJK font; without soffice this file is skipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSoffice, printToPdf } from '../pdf.js';
import { BASIC, ROOT, SHIPPED, runExport, tempDir } from './helpers.js';
import { readXlsx } from './xlsx-reader.js';

const list = existsSync(join(ROOT, SHIPPED, 'list.yaml')) ? SHIPPED : BASIC;

describe.skipIf(!hasSoffice)('printed with LibreOffice', () => {
  it(`prints ${list} landscape with the header on every page and every matter name`, async () => {
    const dir = tempDir();
    const xlsx = join(dir, 'list.xlsx');
    expect((await runExport(list, { output: xlsx, on: '2025-06-01' })).code).toBe(0);
    const { landscape, texts } = printToPdf(xlsx);
    expect(texts.length).toBeGreaterThan(0);
    landscape.forEach((l, i) => expect(l, `page ${i + 1} is landscape`).toBe(true));
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
