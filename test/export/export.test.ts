import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnCapacityEm } from '../../src/print/metrics.js';
import { textEm } from '../../src/print/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { BASIC, BROKEN, ROOT, SHIPPED, runExport, tempDir } from './helpers.js';
import { attrs, readXlsx, type ReadSheet, type ReadWorkbook } from './xlsx-reader.js';

const SEVEN_PARTS = ['事项类型', '事项名称', '区级部门职责', '街道职责', '法律法规及文件依据', '主体责任', '配合责任'];
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A cell's text without the line breaks the layout wrote into it. */
const flat = (text: string | undefined): string => (text ?? '').replace(/\n/g, '');

/** Header row: the row holding 区级部门职责. */
function headerRow(sheet: ReadSheet): number {
  const row = sheet.rows.find((r) => [...r.cells.values()].map(flat).includes('区级部门职责'));
  if (!row) throw new Error('no header row');
  return row.number;
}

/** Ids of the matters on the sheet, each once, in order (a continued matter has several rows). */
function ids(sheet: ReadSheet): string[] {
  return [...new Set(sheet.rows.map((r) => r.cells.get('J') ?? '').filter((id) => /^WH-/.test(id)))];
}

function expectPrintReady(sheet: ReadSheet, book: ReadWorkbook, rows: number): void {
  const header = headerRow(sheet);
  const headerTexts = [...(sheet.rows.find((r) => r.number === header)?.cells.values() ?? [])].map(flat);
  for (const part of SEVEN_PARTS) expect(headerTexts).toContain(part);
  const data = sheet.rows.filter((r) => r.number > header);
  expect(ids(sheet)).toHaveLength(rows);
  expect(sheet.pageSetup).toMatchObject({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
  expect(sheet.xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
  expect(book.definedNames).toContainEqual({ name: '_xlnm.Print_Titles', sheet: 0, value: `'清单'!$${header}:$${header}` });
  expect(sheet.merges).toContain(`A2:${String.fromCharCode(64 + headerTexts.length)}2`);
  expect(sheet.xml).toContain('<oddFooter>&amp;C&amp;&quot;宋体&quot;&amp;14— &amp;P —</oddFooter>');
  expect(attrs(/<pane\b[^>]*>/.exec(sheet.xml)?.[0] ?? '')).toMatchObject({ ySplit: String(header), state: 'frozen' });
  for (const row of data) {
    expect(row.height, `row ${row.number} has a height`).toBeGreaterThan(0);
    expect(row.height ?? 0).toBeLessThanOrEqual(409);
    for (const [col, text] of row.cells) {
      // Every line the layout chose fits its column, and the row holds all of them.
      const width = sheet.columnWidths[col.charCodeAt(0) - 65] ?? 0;
      for (const line of text.split('\n')) expect(textEm(line), `row ${row.number} column ${col}: ${line}`).toBeLessThanOrEqual(columnCapacityEm(width, 10.5) + 1e-6);
      expect(row.height ?? 0, `row ${row.number} column ${col} fits its text`).toBeGreaterThanOrEqual(text.split('\n').length * 10.5 * 1.175);
    }
  }
}

describe('export of a clean list', () => {
  let dir: string;
  let book: ReadWorkbook;
  let list: ReadSheet;
  beforeAll(async () => {
    dir = tempDir();
    const run = await runExport(BASIC, { output: join(dir, 'a.xlsx'), on: '2025-06-01' });
    expect(run.code).toBe(0);
    book = await readXlsx(readFileSync(join(dir, 'a.xlsx')));
    list = await book.sheet('清单');
  });

  it('gives the same bytes twice', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    expect((await runExport(BASIC, { output: join(dir, 'b.xlsx') })).code).toBe(0);
    expect(sha256(join(dir, 'b.xlsx'))).toBe(sha256(join(dir, 'a.xlsx')));
  });

  it('is print-ready when read back without exceljs', () => {
    expect(book.sheetNames).toEqual(['清单', '统计']);
    expectPrintReady(list, book, 5);
  });

  it('orders matters by type (in list.yaml order), then id, and merges 事项类型 over each run', () => {
    const header = headerRow(list);
    const data = list.rows.filter((r) => r.number > header);
    expect(ids(list)).toEqual(['WH-014', 'WH-001', 'WH-002', 'WH-004', 'WH-010']);
    expect(data.map((r) => r.cells.get('A')).filter(Boolean)).toEqual(['1', '2', '3', '4', '5']);
    const typeMerges = list.merges.filter((m) => m.startsWith('B')).map((m) => m.match(/\d+/g)?.map(Number) ?? []);
    const covered = new Set(typeMerges.flatMap(([a = 0, b = 0]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)));
    for (const row of data) {
      const type = row.cells.get('B');
      if (!covered.has(row.number) || typeMerges.some(([a]) => a === row.number)) expect(['演出', '文化市场', '出版印刷']).toContain(type);
    }
    for (const [a = 0, b = 0] of typeMerges) {
      const ids = data.filter((r) => r.number >= a && r.number <= b).map((r) => r.cells.get('J'));
      expect(ids.every((id) => ['WH-001', 'WH-002', 'WH-004'].includes(id ?? ''))).toBe(true);
    }
  });

  it('numbers duties within a cell and heads each district unit when there are several', () => {
    const row = list.rows.find((r) => r.cells.get('J') === 'WH-002');
    const district = list.rows.filter((r) => r.cells.get('J') === 'WH-002').map((r) => r.cells.get('D') ?? '').join('\n');
    expect(district).toMatch(/^区文化和旅游局：\n1\. [^]+\n2\. [^]+\n3\. [^]+\n区公安分局：\n1\. /);
    const street = list.rows.filter((r) => r.cells.get('J') === 'WH-002').map((r) => r.cells.get('E') ?? '').join('\n');
    expect(street).toMatch(/^1\. [^]+\n2\. [^]+\n3\. /);
    const single = list.rows.find((r) => r.cells.get('J') === 'WH-004');
    expect(single?.cells.get('D')).toMatch(/^1\. /);
    expect(flat(row?.cells.get('G'))).toBe('区文化和旅游局');
    expect(list.rows.filter((r) => r.cells.get('J') === 'WH-002').map((r) => flat(r.cells.get('H'))).join('')).toBe('区公安分局、区市场监督管理局、区行政审批局、各街道办事处（乡人民政府）');
  });

  it('counts matters per type and per unit on 统计', async () => {
    const stats = await book.sheet('统计');
    const pairs = stats.rows.map((r) => [...r.cells.values()].map(flat));
    expect(pairs).toContainEqual(['演出', '1', '20.0%']);
    expect(pairs).toContainEqual(['文化市场', '3', '60.0%']);
    expect(pairs).toContainEqual(['出版印刷', '1', '20.0%']);
    expect(pairs).toContainEqual(['合计', '5', '100.0%']);
    expect(pairs).toContainEqual(['区文化和旅游局', '5', '0']);
    expect(pairs).toContainEqual(['各街道办事处（乡人民政府）', '0', '5']);
    expect(stats.pageSetup).toMatchObject({ paperSize: '9', orientation: 'landscape' });
  });

  it('stamps the document properties with the list and its effective date', async () => {
    const core = await book.file('docProps/core.xml');
    expect(core).toContain('<dc:title>测试区文化和旅游市场领域属地管理事项清单</dc:title>');
    expect(core).toContain('<dc:subject>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-04-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-01T00:00:00Z</dcterms:modified>');
    expect(await book.file('docProps/app.xml')).toContain('<Company>区委编办</Company>');
    for (const entry of Object.values(book.zip.files)) expect(entry.date.toISOString()).toBe('2025-04-01T00:00:00.000Z');
  });

  it('sets fonts by role', async () => {
    const styles = await book.file('xl/styles.xml');
    expect(styles).toMatch(/<sz val="22"\/>.*<name val="方正小标宋简体"\/>/s);
    expect(styles).toContain('<name val="黑体"/>');
    expect(styles).toContain('<name val="仿宋_GB2312"/>');
  });
});

describe('export --with-text', () => {
  it('puts the cited article texts on a sheet of their own, citations one per row', async () => {
    const dir = tempDir();
    expect((await runExport(BASIC, { output: join(dir, 't.xlsx'), withText: true, on: '2025-06-01' })).code).toBe(0);
    const book = await readXlsx(readFileSync(join(dir, 't.xlsx')));
    expect(book.sheetNames).toEqual(['清单', '依据条文', '统计']);
    const list = await book.sheet('清单');
    const basis = list.rows.filter((r) => r.cells.get('J') === 'WH-001').map((r) => r.cells.get('F') ?? '').join('');
    expect(flat(basis)).toBe('《娱乐场所管理条例》第三条、第三十二条、第三十六条、第三十七条');
    const texts = await book.sheet('依据条文');
    const at = texts.rows.findIndex((r) => flat(r.cells.get('C')) === flat(basis));
    // The citation's row and the rows continuing it on the next page.
    const own = [texts.rows[at], ...texts.rows.slice(at + 1).filter((_, i, all) => all.slice(0, i + 1).every((x) => !x.cells.get('C')))];
    const wording = own.map((r) => flat(r?.cells.get('D'))).join('');
    expect(wording).toMatch(/^第三条\u3000县级以上人民政府文化主管部门/);
    for (const label of ['第三十二条', '第三十六条', '第三十七条']) expect(wording).toContain(`${label}\u3000`);
    expect(texts.pageSetup).toMatchObject({ paperSize: '9', orientation: 'landscape' });
  });
});

describe('export refusals', () => {
  it('writes nothing and exits 1 when the list has errors', async () => {
    const dir = tempDir();
    const target = join(dir, 'x.xlsx');
    const run = await runExport(BROKEN, { output: target });
    expect(run.code).toBe(1);
    expect(existsSync(target)).toBe(false);
    expect(run.err).toContain('citation/article-missing');
    expect(run.err).toContain('未生成工作簿');
  });

  it('refuses a target that is not .xlsx or .pdf', async () => {
    await expect(runExport(BASIC, { output: join(tempDir(), 'x.csv') })).rejects.toThrow(/\.xlsx/);
  });

  it('creates a missing output folder', async () => {
    const target = join(tempDir(), 'new-folder', '清单.xlsx');
    expect((await runExport(BASIC, { output: target })).code).toBe(0);
    expect(existsSync(target)).toBe(true);
  });

  it('leaves the old file untouched when the target cannot be replaced', async () => {
    const dir = tempDir();
    const target = join(dir, 'held.xlsx');
    writeFileSync(target, 'old');
    // An immutable file refuses rename-over with EPERM, as a workbook held open by Excel does.
    const { spawnSync } = await import('node:child_process');
    const locked = spawnSync('chattr', ['+i', target]).status === 0;
    try {
      const underAFile = join(dir, 'held.xlsx', 'x.xlsx');
      await expect(runExport(BASIC, { output: underAFile })).rejects.toBeInstanceOf(InputError);
      if (!locked) return;
      const error = await runExport(BASIC, { output: target }).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect(String((error as Error).message)).toMatch(/Excel/);
      expect((error as Error).message.split('\n')).toHaveLength(1);
    } finally {
      if (locked) spawnSync('chattr', ['-i', target]);
    }
    expect(readFileSync(target, 'utf8')).toBe('old');
  });
});

describe.skipIf(!existsSync(join(ROOT, SHIPPED, 'list.yaml')))('export of the shipped list', () => {
  it('holds 25 matters, print-ready, reproducible', async () => {
    const dir = tempDir();
    expect((await runExport(SHIPPED, { output: join(dir, 'a.xlsx'), on: '2025-06-01' })).code).toBe(0);
    expect((await runExport(SHIPPED, { output: join(dir, 'b.xlsx'), on: '2025-06-01' })).code).toBe(0);
    expect(sha256(join(dir, 'a.xlsx'))).toBe(sha256(join(dir, 'b.xlsx')));
    const book = await readXlsx(readFileSync(join(dir, 'a.xlsx')));
    expectPrintReady(await book.sheet('清单'), book, 25);
  });
});
