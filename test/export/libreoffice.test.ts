// The printed list as LibreOffice renders it, measured on the PDF: at most 14 pages, body text at
// 10 pt or more on paper, every page but the last at least 85 % used, no line breaking against
// 禁则, the header on every page, every name, duty and citation in the print. CI installs
// libreoffice-calc, poppler-utils, WenQuanYi and Carlito; without soffice this file is skipped.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/commands/export.js';
import { MARGINS_PT } from '../../src/print/page.js';
import type { Matter } from '../../src/types.js';
import { fakeContext } from '../context.js';
import { hasSoffice, kinsokuBreaks, pageFill, printed, printToPdf, readPdf, smallestSize, type PdfPage, type PrintedPdf } from '../pdf.js';
import { ROOT, SHIPPED, runExport, tempDir } from './helpers.js';

function shippedMatters(): Matter[] {
  const dir = join(ROOT, SHIPPED, 'matters');
  return readdirSync(dir).sort().map((f) => load(readFileSync(join(dir, f), 'utf8')) as Matter);
}

describe.skipIf(!hasSoffice)('the shipped list printed with LibreOffice', () => {
  let pdf: PrintedPdf;
  let list: PdfPage[];
  beforeAll(async () => {
    const dir = tempDir();
    const xlsx = join(dir, 'list.xlsx');
    expect((await runExport(SHIPPED, { output: xlsx, on: '2025-06-01' })).code).toBe(0);
    pdf = printToPdf(xlsx);
    list = pdf.pages.filter((p) => p.text.includes('区级部门职责'));
  }, 180_000);

  it('prints on at most 14 landscape pages, the header on every page', () => {
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(14);
    pdf.pages.forEach((p, i) => expect(p.landscape, `page ${i + 1} is landscape`).toBe(true));
    list.forEach((p, i) => {
      for (const part of ['序号', '事项类型', '事项名称', '区级部门职责', '街道职责', '法律法规及文件依据', '主体责任', '配合责任']) expect(p.text, `page ${i + 1} shows ${part}`).toContain(part);
    });
  });

  it('sets every page at 10 pt or more and fills every page but the last to 85 %', () => {
    pdf.pages.forEach((p, i) => expect(smallestSize(p), `page ${i + 1}`).toBeGreaterThanOrEqual(10));
    list.slice(0, -1).forEach((p, i) => expect(pageFill(p, MARGINS_PT), `page ${i + 1}`).toBeGreaterThanOrEqual(0.85));
  });

  it('breaks no line against 禁则', () => {
    expect(kinsokuBreaks(pdf.pages)).toEqual([]);
  });

  it('prints every name, duty and citation', () => {
    for (const m of shippedMatters()) {
      expect(printed(list, m.name), m.name).toBe(true);
      for (const d of [...m.district.flatMap((u) => u.duties), ...m.street.duties]) expect(printed(list, d), `${m.id}: ${d}`).toBe(true);
      for (const c of m.basis) expect(printed(list, c), `${m.id}: ${c}`).toBe(true);
    }
  });

  it('-o 清单.pdf gives the pages of the converted workbook', async () => {
    const dir = tempDir();
    const c = fakeContext(ROOT, { today: '2025-06-01' });
    expect(await exportCommand(SHIPPED, { output: join(dir, '清单.pdf'), on: '2025-06-01' }, c.ctx)).toBe(0);
    const direct = readPdf(join(dir, '清单.pdf'));
    expect(direct.pages.map((p) => p.text)).toEqual(pdf.pages.map((p) => p.text));
    expect(readdirSync(dir)).toEqual(['清单.pdf']);
  }, 180_000);
});

describe.skipIf(!hasSoffice)('--with-text printed with LibreOffice', () => {
  it('prints the 依据条文 sheet at 10 pt or more, every article text in it', async () => {
    const dir = tempDir();
    const xlsx = join(dir, 'text.xlsx');
    expect((await runExport(SHIPPED, { output: xlsx, withText: true, on: '2025-06-01' })).code).toBe(0);
    const pdf = printToPdf(xlsx);
    pdf.pages.forEach((p, i) => expect(smallestSize(p), `page ${i + 1}`).toBeGreaterThanOrEqual(10));
    expect(kinsokuBreaks(pdf.pages)).toEqual([]);
    const texts = pdf.pages.filter((p) => p.text.includes('条文内容'));
    expect(texts.length).toBeGreaterThan(0);
    const { citedArticleTexts } = await import('../../src/export/article-text.js');
    const { checkList } = await import('../../src/check/run.js');
    const checked = checkList(SHIPPED, { lang: 'zh', onDate: '2025-06-01', cwd: ROOT });
    let count = 0;
    for (const m of shippedMatters()) {
      for (const c of m.basis) {
        for (const text of citedArticleTexts(checked.registry, c, '2025-06-01')) {
          count++;
          expect(printed(texts, text), `${m.id} ${c}: ${text.slice(0, 20)}`).toBe(true);
        }
      }
    }
    expect(count).toBeGreaterThan(25);
  }, 180_000);
});

describe('-o FILE.pdf without LibreOffice', () => {
  it('says in one line what to install and exits 2 through the CLI', async () => {
    const { main } = await import('../../src/cli.js');
    const dir = tempDir();
    const err: string[] = [];
    const code = await main(['export', join(ROOT, SHIPPED), '-o', join(dir, 'x.pdf'), '--on', '2025-06-01'], { out: () => undefined, err: (s) => void err.push(s), cwd: ROOT, env: { DUTYLIST_SOFFICE: join(dir, 'missing-soffice'), DUTYLIST_TODAY: '2025-06-01' } });
    expect(code).toBe(2);
    const last = err.join('').trim().split('\n').pop() ?? '';
    expect(last).toMatch(/LibreOffice/);
    expect(last).toMatch(/apt-get install libreoffice-calc/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
