import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { writeSheet } from '../../src/print/index.js';
import { buildStreamed } from '../../src/export/stream.js';
import { zipDeterministic } from '../../src/export/zip.js';

const props = { date: '2025-04-01', title: '清单', subject: '主题', company: '区委编办' };

async function sample(): Promise<Buffer> {
  return buildStreamed(props, (wb) => {
    writeSheet(wb, {
      name: '清单', orientation: 'landscape', title: { title: '标题', lines: ['副标题'] },
      columns: [{ header: '序号', min: 2, max: 2 }, { header: '名称', min: 4, max: 10 }], rows: [{ cells: ['1', '名称'] }],
    });
  });
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('deterministic zip', () => {
  it('gives the same bytes for the same workbook built at different times', async () => {
    const a = await sample();
    await new Promise((r) => setTimeout(r, 1100));
    const b = await sample();
    expect(sha(a)).toBe(sha(b));
  });

  it('dates every entry and the document with the given date, [Content_Types].xml first', async () => {
    const zip = await JSZip.loadAsync(await sample());
    const names = Object.keys(zip.files);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.every((n) => !n.startsWith('/'))).toBe(true);
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe('2025-04-01T00:00:00.000Z');
    const core = await zip.file('docProps/core.xml')?.async('string');
    expect(core).toContain('2025-04-01T00:00:00Z');
    expect(core).toContain('<dc:title>清单</dc:title>');
    expect(await zip.file('docProps/app.xml')?.async('string')).toContain('<Company>区委编办</Company>');
  });

  it('normalises an in-memory workbook too', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').getCell('A1').value = 'a';
    const raw = new Uint8Array(await wb.xlsx.writeBuffer());
    const a = await zipDeterministic(raw, props);
    const b = await zipDeterministic(raw, props);
    expect(sha(a)).toBe(sha(b));
  });
});
