import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/commands/export.js';
import { importCommand } from '../../src/commands/import.js';
import { InputError, UsageError } from '../../src/errors.js';
import { capture, copyLists, LIST } from './helpers.js';
import { HANDMADE, writeSheet } from './workbooks.js';

const oneLine = (e: unknown): string => {
  const message = e instanceof Error ? e.message : '';
  expect(message).not.toContain('\n');
  return message;
};

async function refusal(run: Promise<number>): Promise<Error> {
  try {
    await run;
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('dutylist import refuses', () => {
  it('to overwrite an existing matter without --force, naming it, and overwrites with --force', async () => {
    const cwd = copyLists();
    expect(await exportCommand(LIST, { output: 'list.xlsx', on: '2026-01-01' }, capture(cwd).ctx)).toBe(0);
    const file = join(cwd, LIST, 'matters', 'WH-001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('娱乐场所日常经营活动的监督管理', '本地改过的名称'));
    const before = readFileSync(file, 'utf8');

    const run = capture(cwd);
    const error = await refusal(importCommand('list.xlsx', LIST, {}, run.ctx));
    expect(error).toBeInstanceOf(UsageError);
    expect(oneLine(error)).toContain(`${LIST}/matters/WH-001.yaml`);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(run.stdout()).toBe('');

    const forced = capture(cwd);
    expect(await importCommand('list.xlsx', LIST, { force: true }, forced.ctx)).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('name: 娱乐场所日常经营活动的监督管理');
    expect(forced.stdout().trim().split('\n')).toHaveLength(25);
  });

  it('a missing file and a file that is not an xlsx workbook, in one line', async () => {
    const cwd = copyLists();
    writeFileSync(join(cwd, 'list.xls'), 'old binary');
    writeFileSync(join(cwd, 'fake.xlsx'), 'not a zip');
    const missing = await refusal(importCommand('nowhere.xlsx', LIST, {}, capture(cwd).ctx));
    expect(oneLine(missing)).toContain('nowhere.xlsx');
    expect(oneLine(await refusal(importCommand('list.xls', LIST, {}, capture(cwd).ctx)))).toContain('.xlsx');
    const fake = await refusal(importCommand('fake.xlsx', LIST, {}, capture(cwd).ctx));
    expect(fake).toBeInstanceOf(InputError);
    expect(oneLine(fake)).toContain('fake.xlsx');
  });

  it('a sheet without a header row, listing the headers it looks for', async () => {
    const cwd = copyLists();
    await writeSheet(join(cwd, 'a.xlsx'), [['姓名', '电话', '地址'], ['张三', '123', '前川街']]);
    const error = await refusal(importCommand('a.xlsx', LIST, {}, capture(cwd).ctx));
    expect(error).toBeInstanceOf(InputError);
    for (const header of ['事项名称', '区级部门职责', '街道职责', '主体责任', '配合责任']) expect(oneLine(error)).toContain(header);
    // The closest row is shown, with what was (not) recognised in it.
    expect(oneLine(error)).toMatch(/第 1 行.*姓名.*未识别/);
  });

  it('a malformed or repeated 事项编码 before writing anything', async () => {
    const cwd = copyLists();
    const header = ['序号', '事项类型', '事项名称', '区级部门职责', '街道职责', '主体责任', '配合责任', '事项编码'];
    const row = (id: string, name: string): string[] => ['1', '文化市场', name, '1. 开展监督检查。', '1. 巡查发现，当天报告。', '区文化和旅游局', '各街道办事处', id];
    await writeSheet(join(cwd, 'bad.xlsx'), [header, row('WH-901', '甲事项'), row('wh/../x', '乙事项')]);
    expect(oneLine(await refusal(importCommand('bad.xlsx', LIST, {}, capture(cwd).ctx)))).toMatch(/第 3 行.*wh\/\.\.\/x/);
    await writeSheet(join(cwd, 'twice.xlsx'), [header, row('WH-901', '甲事项'), row('WH-901', '乙事项')]);
    expect(oneLine(await refusal(importCommand('twice.xlsx', LIST, {}, capture(cwd).ctx)))).toMatch(/第 3 行.*WH-901.*第 2 行/);
  });
});

describe('dutylist import --dry-run', () => {
  it('writes nothing and prints each file it would write', async () => {
    const cwd = copyLists();
    await writeSheet(join(cwd, 'a.xlsx'), HANDMADE, [[4, 2, 5, 2]]);
    const matters = join(cwd, LIST, 'matters');
    const run = capture(cwd);
    expect(await importCommand('a.xlsx', LIST, { dryRun: true }, run.ctx)).toBe(0);
    expect(run.stdout()).toContain(`# 将写入 ${LIST}/matters/WH-026.yaml\n# yaml-language-server:`);
    expect(run.stdout()).toContain('id: WH-027\n');
    expect(run.stderr()).toContain('试运行');
    expect(readdirSync(matters)).toHaveLength(25);
  });
});
