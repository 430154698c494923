// The 调整对照表 as the city office receives it, measured on the PDF LibreOffice makes: landscape,
// the header on every page of the table, body text at 10 pt or more, no line breaking against
// 禁则, the heading naming the two versions as list.yaml does (no git ref, 工作区 or path).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand } from '../../src/commands/diff.js';
import { hasSoffice, kinsokuBreaks, printToPdf, readPdf, smallestSize } from '../pdf.js';
import { LIST, STREET_DUTY, applyFourChanges, capture, tempRepo } from './helpers.js';

describe.skipIf(!hasSoffice)('调整对照表 printed with LibreOffice', () => {
  it('prints the four-change scenario at 10 pt or more, 禁则 kept, headed by the two versions', async () => {
    const repo = tempRepo();
    applyFourChanges(repo);
    repo.write(`${LIST}/list.yaml`, repo.read(`${LIST}/list.yaml`).replace("version: '2025.1'", "version: '2026.1'"));
    const c = capture(repo.dir);
    expect(await diffCommand(LIST, { from: 'v1', output: '对照表.xlsx' }, c.ctx)).toBe(0);
    const { pages } = printToPdf(join(repo.dir, '对照表.xlsx'));
    pages.forEach((p, i) => expect(p.landscape, `page ${i + 1} is landscape`).toBe(true));
    pages.forEach((p, i) => expect(smallestSize(p), `page ${i + 1}`).toBeGreaterThanOrEqual(10));
    expect(kinsokuBreaks(pages)).toEqual([]);
    const tablePages = pages.filter((p) => p.text.includes('调整要素'));
    expect(tablePages.length).toBeGreaterThan(0);
    for (const p of tablePages) for (const h of ['调整前', '调整后', '调整类型']) expect(p.text).toContain(h);
    const heading = pages[0]?.lines.map((l) => l.text).find((t) => t.includes('→')) ?? '';
    expect(heading.replace(/\s+/g, '')).toBe('2025.1→2026.1');
    const all = pages.map((p) => p.text).join('');
    for (const word of ['工作区', 'v1', repo.dir.replace(/\s+/g, ''), '/tmp']) expect(all).not.toContain(word);
    for (const id of ['WH-002', 'WH-003', 'WH-004', 'WH-026']) expect(all).toContain(id);
    expect(all).toContain(STREET_DUTY.replace(/\s+/g, ''));
    // Nothing was approved: the table says it is a draft and marks each change.
    expect(all).toContain('草稿');
    expect(all.split('未经批准').length - 1).toBeGreaterThanOrEqual(4);
  }, 180_000);

  it('writes the PDF itself with -o 对照表.pdf', async () => {
    const repo = tempRepo();
    applyFourChanges(repo);
    expect(await diffCommand(LIST, { from: 'v1', output: '对照表.pdf' }, capture(repo.dir).ctx)).toBe(0);
    expect(readPdf(join(repo.dir, '对照表.pdf')).pages.length).toBeGreaterThan(0);
  }, 180_000);
});

describe('diff -o with errors in the new version', () => {
  it('exits 1 and writes no table', async () => {
    const repo = tempRepo();
    applyFourChanges(repo);
    repo.write(`${LIST}/matters/WH-003.yaml`, repo.read(`${LIST}/matters/WH-003.yaml`).replace(/第二十三条/, '第九百九十九条'));
    const c = capture(repo.dir);
    expect(await diffCommand(LIST, { from: 'v1', output: '对照表.xlsx' }, c.ctx)).toBe(1);
    expect(existsSync(join(repo.dir, '对照表.xlsx'))).toBe(false);
    expect(readdirSync(repo.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(c.stderr()).toContain('citation/article-missing');
  });
});
