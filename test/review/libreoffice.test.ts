// The review pack as the 区司法局 prints it: through LibreOffice (review -o FILE.pdf), every page A4
// landscape, type 10 pt or more on paper, the header on every page, no line against 禁则, every
// cited article's text in the print.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkList } from '../../src/check/run.js';
import { citedArticleTexts } from '../../src/export/article-text.js';
import { copyLists } from '../context.js';
import { hasSoffice, kinsokuBreaks, printed, readPdf, smallestSize, type PrintedPdf } from '../pdf.js';
import { LIST, runReview, tempDir, TODAY } from './helpers.js';

describe.skipIf(!hasSoffice)('the review pack printed with LibreOffice', () => {
  let pdf: PrintedPdf;
  let repo: string;
  beforeAll(async () => {
    repo = copyLists();
    const out = join(tempDir(), '合法性审查表.pdf');
    expect((await runReview(repo, { output: out })).code).toBe(0);
    pdf = readPdf(out);
  }, 180_000);

  it('prints A4 landscape, 10 pt or more, the header on every page', () => {
    expect(pdf.pages.length).toBeGreaterThan(5);
    pdf.pages.forEach((p, i) => {
      expect(p.landscape, `page ${i + 1}`).toBe(true);
      expect(Math.round(Math.max(p.width, p.height))).toBe(842);
      expect(smallestSize(p), `page ${i + 1}`).toBeGreaterThanOrEqual(10);
      for (const h of ['序号', '事项编码', '事项名称', '职责', '所引条文', '校验结果', '审查意见', '审查结论']) expect(p.text, `page ${i + 1} shows ${h}`).toContain(h);
    });
    expect(pdf.pages[0]?.text).toContain('合法性审查表');
  });

  it('breaks no line against 禁则 and prints every cited article', () => {
    expect(kinsokuBreaks(pdf.pages)).toEqual([]);
    const checked = checkList(LIST, { lang: 'zh', onDate: TODAY, cwd: repo });
    let count = 0;
    for (const { matter } of checked.matters) {
      for (const c of matter.basis) {
        for (const text of citedArticleTexts(checked.registry, c, TODAY)) {
          count++;
          expect(printed(pdf.pages, text), `${matter.id} ${c}`).toBe(true);
        }
      }
    }
    expect(count).toBeGreaterThan(25);
  });
});
