// The 调整对照表 as the city office receives it: printed A4 landscape, the header on every page of
// the table, every changed matter and its before/after text in the print.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand } from '../../src/commands/diff.js';
import { hasSoffice, printToPdf } from '../pdf.js';
import { LIST, STREET_DUTY, applyFourChanges, capture, tempRepo } from './helpers.js';

describe.skipIf(!hasSoffice)('调整对照表 printed with LibreOffice', () => {
  it('prints landscape with 调整前/调整后 on every page of the table and the changes in the text', async () => {
    const repo = tempRepo();
    applyFourChanges(repo);
    const c = capture(repo.dir);
    expect(await diffCommand(LIST, { from: 'v1', output: '对照表.xlsx' }, c.ctx)).toBe(0);
    const { landscape, texts } = printToPdf(join(repo.dir, '对照表.xlsx'));
    landscape.forEach((l, i) => expect(l, `page ${i + 1} is landscape`).toBe(true));
    const tablePages = texts.filter((t) => !t.includes('汇总'));
    expect(tablePages.length).toBeGreaterThan(0);
    for (const t of tablePages) for (const h of ['调整前', '调整后', '调整类型']) expect(t).toContain(h);
    const all = texts.join('');
    for (const id of ['WH-002', 'WH-003', 'WH-004', 'WH-026']) expect(all).toContain(id);
    expect(all).toContain(STREET_DUTY.replace(/\s+/g, ''));
  });
});
