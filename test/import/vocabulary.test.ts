// The office's vocabulary wins (issue 12, item 4), nothing is dropped in silence (item 2), the
// import report (item 7) and the schema modeline of the repository (item 8).
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/commands/import.js';
import { UsageError } from '../../src/errors.js';
import type { Matter, UnitRegistry } from '../../src/types.js';
import { capture, copyLists, LIST, ROOT } from './helpers.js';
import { writeSheet, type Cell } from './workbooks.js';

const HEADER = ['序号', '事项类型', '事项名称', '县级部门职责', '乡镇（街道）职责', '法律依据', '主体责任单位', '配合责任单位', '联系电话'];
const ROWS: Cell[][] = [
  HEADER,
  ['1', '行政许可', '娱乐场所经营许可的事中监管', '1.审查申请材料。2.实地检查。', '1.巡查发现无证经营的，当天报告。', '《娱乐场所管理条例》第九条', '县文化和旅游局', '各街道办事处', '027-61381001'],
  ['2', '行政确认', '演出场所备案的监督', '1.督促备案。', '1.提供辖区场所底数。', '《营业性演出管理条例》第七条', '区文旅局', '县市场监管局、各街道办事处', '027-61381002'],
];

function read(cwd: string, id: string): Matter {
  return parse(readFileSync(join(cwd, LIST, 'matters', `${id}.yaml`), 'utf8')) as Matter;
}

describe('the office vocabulary', () => {
  it('adds new types to list.yaml, offers unknown units as a units.yaml block with the closest name, and --add-units adds them', async () => {
    const cwd = copyLists();
    await writeSheet(join(cwd, 'a.xlsx'), ROWS);
    const units = join(cwd, 'lists', 'units.yaml');
    const before = readFileSync(units, 'utf8');
    const run = capture(cwd);
    await importCommand('a.xlsx', LIST, {}, run.ctx);
    expect(run.stderr()).toMatch(/types：行政许可、行政确认/);
    expect(run.stderr()).toContain('  - name: 县文化和旅游局\n    kind: district\n    # 最接近的已登记单位：区文化和旅游局');
    expect(run.stderr()).toContain('  - name: 县市场监管局\n    kind: district\n    # 最接近的已登记单位：区市场监督管理局');
    expect(readFileSync(units, 'utf8')).toBe(before);
    expect(parse(readFileSync(join(cwd, LIST, 'list.yaml'), 'utf8')).types).toEqual(['文化市场', '网络文化', '出版印刷', '演出', '旅游市场', '文物', '体育', '行政许可', '行政确认']);
    expect(readFileSync(join(cwd, LIST, 'list.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/list.schema.json');

    const again = copyLists();
    await writeSheet(join(again, 'a.xlsx'), ROWS);
    const added = capture(again);
    await importCommand('a.xlsx', LIST, { addUnits: true }, added.ctx);
    const text = readFileSync(join(again, 'lists', 'units.yaml'), 'utf8');
    expect(text.startsWith(before)).toBe(true);
    const registry = parse(text) as UnitRegistry;
    expect(registry.units.slice(-2)).toEqual([{ name: '县文化和旅游局', kind: 'district' }, { name: '县市场监管局', kind: 'district' }]);
    expect(added.stderr()).not.toMatch(/unit\/unknown/);
  });
});

describe('columns that name no part', () => {
  it('are named in the output and kept in the note under their header, or left out with --ignore-column', async () => {
    const cwd = copyLists();
    await writeSheet(join(cwd, 'a.xlsx'), ROWS);
    const run = capture(cwd);
    await importCommand('a.xlsx', LIST, {}, run.ctx);
    expect(run.stderr()).toMatch(/I 列 “联系电话” → 未识别：内容写入备注/);
    expect(run.stderr()).toMatch(/D 列 “县级部门职责” → 区级部门职责\n/);
    expect(read(cwd, 'WH-026').note).toBe('联系电话：027-61381001');

    const dropped = copyLists();
    await writeSheet(join(dropped, 'a.xlsx'), ROWS);
    const quiet = capture(dropped);
    await importCommand('a.xlsx', LIST, { ignoreColumn: ['联系电话'] }, quiet.ctx);
    expect(quiet.stderr()).toMatch(/I 列 “联系电话” → 按 --ignore-column 不导入/);
    expect(read(dropped, 'WH-026').note).toBeUndefined();
    await expect(importCommand('a.xlsx', LIST, { ignoreColumn: ['电话号码'], force: true }, capture(dropped).ctx)).rejects.toBeInstanceOf(UsageError);
  });
});

describe('the import report', () => {
  it('lists per source row the matter, the parts filled and what was split, normalised, unknown or kept', async () => {
    const cwd = copyLists();
    await writeSheet(join(cwd, 'a.xlsx'), ROWS);
    await importCommand('a.xlsx', LIST, { dryRun: true, report: '导入报告.md' }, capture(cwd).ctx);
    const md = readFileSync(join(cwd, '导入报告.md'), 'utf8');
    expect(md).toContain('| I | 联系电话 | 未识别（写入备注） |');
    const row = md.split('\n').find((l) => l.startsWith('| 3 |')) ?? '';
    expect(row).toContain('| WH-027 | 演出场所备案的监督 |');
    expect(row).toContain('“区文旅局”写为名录全称“区文化和旅游局”');
    expect(row).toContain('单位“县市场监管局”不在单位名录中');
    expect(row).toContain('“联系电话”列写入备注');
    expect(existsSync(join(cwd, LIST, 'matters', 'WH-026.yaml'))).toBe(false);

    await importCommand('a.xlsx', LIST, { dryRun: true, report: 'report.xlsx' }, capture(cwd, 'en').ctx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(cwd, 'report.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Columns', 'Rows']);
    expect(workbook.worksheets[1]?.getRow(2).getCell(2).value).toBe('WH-026');
    const first = readFileSync(join(cwd, 'report.xlsx'));
    await importCommand('a.xlsx', LIST, { dryRun: true, report: 'report.xlsx' }, capture(cwd, 'en').ctx);
    expect(readFileSync(join(cwd, 'report.xlsx')).equals(first)).toBe(true);
  });
});

describe('the schema modeline', () => {
  it('points at the schema where the repository keeps it, or is left out', async () => {
    const vendored = copyLists(false);
    mkdirSync(join(vendored, 'tools'));
    cpSync(join(ROOT, 'schema'), join(vendored, 'tools', 'schema'), { recursive: true });
    await writeSheet(join(vendored, 'a.xlsx'), ROWS);
    await importCommand('a.xlsx', LIST, {}, capture(vendored).ctx);
    expect(readFileSync(join(vendored, LIST, 'matters', 'WH-026.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../../tools/schema/matter.schema.json');

    const bare = copyLists(false);
    await writeSheet(join(bare, 'a.xlsx'), ROWS);
    await importCommand('a.xlsx', LIST, {}, capture(bare).ctx);
    expect(readFileSync(join(bare, LIST, 'matters', 'WH-026.yaml'), 'utf8').split('\n')[0]).toBe('id: WH-026');
  });
});
