// What a print never writes: characters XML cannot carry (they make a sheet unreadable), and a cell
// over Excel's 32,767 characters (the text continues on further rows instead of being cut).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildStreamed } from '../../src/export/stream.js';
import { EXCEL_CELL_LIMIT, writeSheet, xmlSafe, type SheetSpec } from '../../src/print/index.js';

const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const spec = (cells: string[][], title = '标题'): SheetSpec => ({
  name: '清单', orientation: 'landscape', title: { annex: '附件', title, lines: ['副标题'] },
  columns: [{ header: '名称', min: 4, max: 8, continued: 'mark' }, { header: '职责', min: 10, max: 40 }],
  rows: cells.map((c) => ({ cells: c })),
});

async function sheetXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
}

describe('text a workbook can carry', () => {
  it('replaces non-characters, C0 controls and lone surrogates, keeps tabs, newlines and pairs', () => {
    expect(xmlSafe('a\ufffeb\uffffc\u0001d\ud800e\udc00f')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf');
    expect(xmlSafe('甲\t乙\r\n丙\r丁😀')).toBe('甲\t乙\n丙\n丁😀');
  });

  it('writes a well-formed sheet whatever the cells and title hold', async () => {
    const bytes = await buildStreamed({ date: '2025-04-01', title: '清单\uffff' }, (wb) => {
      writeSheet(wb, spec([['名称\ufffe', '职责\u0001含\ud800孤立代理\u0007'], ['😀', '正常']], '标题\u0002'));
    });
    const xml = await sheetXml(bytes);
    expect(INVALID.test(xml)).toBe(false);
    expect(xml).toContain('😀');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet('清单')?.rowCount).toBeGreaterThan(4);
  });

  it('continues a cell longer than Excel allows on further rows, every character kept', async () => {
    const long = '对擅自从事娱乐场所经营活动的行为开展监督检查。'.repeat(2000);
    expect(long.length).toBeGreaterThan(EXCEL_CELL_LIMIT);
    const bytes = await buildStreamed({ date: '2025-04-01' }, (wb) => void writeSheet(wb, spec([['长事项', long]])));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('清单');
    const texts: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n <= 4) return;
      const v = String(row.getCell(2).value ?? '');
      expect(v.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
      expect(row.height ?? 0).toBeLessThanOrEqual(409);
      texts.push(v);
    });
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join('').replace(/\n/g, '')).toBe(long);
  });
});
