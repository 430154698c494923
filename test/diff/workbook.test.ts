import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { diffCommand } from '../../src/commands/diff.js';
import { APPROVAL, LIST, applyFourChanges, capture, matter, tempRepo } from './helpers.js';

async function writeTable(repoDir: string, name: string): Promise<Buffer> {
  const c = capture(repoDir);
  const code = await diffCommand(LIST, { from: 'v1', output: name, requireApproval: true }, c.ctx);
  expect(code).toBe(0);
  return readFileSync(join(repoDir, name));
}

describe('调整对照表 workbook', () => {
  const repo = tempRepo();
  applyFourChanges(repo);
  repo.write(matter('WH-003'), repo.read(matter('WH-003')).replace('开展日常巡查', '开展常态化巡查'));
  repo.write(`${LIST}/adjustments/2025-002.yaml`, APPROVAL);

  it('is byte-for-byte the same on every run, written without leftovers', async () => {
    const a = await writeTable(repo.dir, '对照表.xlsx');
    const b = await writeTable(repo.dir, '对照表-2.xlsx');
    expect(a.equals(b)).toBe(true);
    expect(readdirSync(repo.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('has the DOMAIN.md §3 columns, track-change marks, the records, and the print layout', async () => {
    const bytes = await writeTable(repo.dir, '对照表.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['调整对照表', '汇总']);
    const sheet = wb.getWorksheet('调整对照表');
    if (!sheet) throw new Error('sheet missing');
    const headerRow = sheet.getRow(4);
    expect((headerRow.values as unknown[]).slice(1).map((v) => String(v).replace(/\n/g, ''))).toEqual(['序号', '事项编码', '事项名称', '调整类型', '调整要素', '调整前', '调整后', '调整依据', '申请单位', '审核（联席会议）日期', '备注']);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '4:4' });

    // A removed matter's whole text may continue on rows marked （续）; skip those here.
    const rows = Array.from({ length: sheet.rowCount - 4 }, (_, i) => sheet.getRow(i + 5)).filter((r) => r.getCell(2).value && !String(r.getCell(3).value).endsWith('（续）'));
    expect(rows.map((r) => [r.getCell(2).value, r.getCell(4).value])).toEqual([['WH-002', '取消'], ['WH-003', '变更'], ['WH-004', '变更'], ['WH-026', '新增']]);
    const wh003 = rows[1];
    if (!wh003) throw new Error('row missing');
    const flat = (v: unknown): string => String(v).replace(/\n/g, '');
    expect(flat(wh003.getCell(5).value)).toBe('街道职责');
    const after = wh003.getCell(7).value as { richText: { text: string; font?: Partial<ExcelJS.Font> }[] };
    const before = wh003.getCell(6).value as { richText: { text: string; font?: Partial<ExcelJS.Font> }[] };
    expect(after.richText.some((r) => r.font?.underline && r.text.includes('态化'))).toBe(true);
    expect(before.richText.some((r) => r.font?.strike && r.text.includes('日'))).toBe(true);
    expect(after.richText.some((r) => r.font?.underline && r.text.includes('全覆盖检查'))).toBe(true);
    expect(flat(wh003.getCell(8).value)).toBe('《娱乐场所管理条例》第二十三条');
    expect(flat(wh003.getCell(9).value)).toBe('区文化和旅游局');
    expect(flat(wh003.getCell(10).value)).toBe('2025年5月15日');
    expect(flat(wh003.getCell(11).value)).toContain('陂编办〔2025〕5号');
    expect(rows.every((r) => (r.height ?? 0) > 15)).toBe(true);

    const summary = wb.getWorksheet('汇总');
    const totals = summary?.getRow(4).values as unknown[];
    expect(totals.slice(1)).toEqual(['单位', '新增', '取消', '变更', '合计']);
    expect((summary?.getRow(5).values as unknown[]).slice(1)).toEqual(['合计', 1, 1, 2, 4]);
  });

  it('continues a matter too long for one row (Excel caps rows at 409 pt) on rows marked （续）', async () => {
    const long = tempRepo();
    const text = long.read(matter('WH-002'));
    const duties = Array.from({ length: 40 }, (_, i) => `      - 第${i + 1}项：对擅自从事娱乐场所经营活动的行为开展监督检查，依法查处，并将处理结果反馈街道。`).join('\n');
    long.write(matter('WH-002'), text.replace(/(district:\n  - unit: .*\n    duties:\n)/, `$1${duties}\n`));
    long.commit('long');
    long.git('tag', 'v2');
    long.remove(matter('WH-002'));
    const c = capture(long.dir);
    expect(await diffCommand(LIST, { from: 'v2', output: 'long.xlsx' }, c.ctx)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(long.dir, 'long.xlsx')) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('调整对照表');
    if (!sheet) throw new Error('sheet missing');
    const rows = Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1)).filter((r) => r.getCell(2).value === 'WH-002');
    expect(rows.length).toBeGreaterThan(1);
    expect(String(rows[1]?.getCell(3).value).replace(/\n/g, '')).toMatch(/（续）$/);
    expect(rows.every((r) => (r.height ?? 0) <= 409)).toBe(true);
    const cells = rows.map((r) => JSON.stringify(r.getCell(6).value)).join('\n');
    expect(cells).toContain('第40项');
  });

  it('needs an output file', async () => {
    await expect(diffCommand(LIST, { from: 'v1', format: 'xlsx' }, capture(repo.dir).ctx)).rejects.toThrow(/-o/);
  });
});
