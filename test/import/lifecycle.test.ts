// Ids allocated once and never past five digits (issue 13, item 1); every file or none, even
// when the process is killed halfway; --dry-run changes nothing; export → import → export gives
// the same workbook bytes.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/commands/export.js';
import { importCommand } from '../../src/commands/import.js';
import { InputError } from '../../src/errors.js';
import { STAGE_DIR } from '../../src/import/stage.js';
import { dutylist } from '../e2e/cli.js';
import { capture, copyLists, LIST } from './helpers.js';
import { writeSheet, type Cell } from './workbooks.js';

const HEADER = ['序号', '事项类型', '事项名称', '区级部门职责', '街道职责', '法律法规及文件依据', '主体责任', '配合责任'];

function rows(n: number): Cell[][] {
  return [HEADER, ...Array.from({ length: n }, (_, i) => [
    String(i + 1), '文化市场', `娱乐场所专项检查（第${i + 1}批）`, '1. 开展监督检查，依法查处违法行为。', '1. 日常巡查中发现问题的，当天报告区文化和旅游局。',
    '《娱乐场所管理条例》第三条', '区文化和旅游局', '各街道办事处（乡人民政府）',
  ])];
}

/** Every file under a folder, by relative path, with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

function addMatterWithId(cwd: string, id: string): void {
  const from = join(cwd, LIST, 'matters', 'WH-001.yaml');
  writeFileSync(join(cwd, LIST, 'matters', `${id}.yaml`), readFileSync(from, 'utf8').replace(/^id: .*$/m, `id: ${id}`).replace(/^name: (.*)$/m, 'name: $1（另）'));
}

describe('ids', () => {
  it('1,000 rows past a four-digit id give 1,000 files, one per row', async () => {
    const cwd = copyLists();
    addMatterWithId(cwd, 'WH-9990');
    await writeSheet(join(cwd, 'many.xlsx'), rows(1000));
    const run = capture(cwd);
    await importCommand('many.xlsx', LIST, {}, run.ctx);
    const written = run.stdout().trim().split('\n');
    expect(written).toHaveLength(1000);
    expect(new Set(written).size).toBe(1000);
    expect(written[0]).toBe(`${LIST}/matters/WH-9991.yaml`);
    expect(written.at(-1)).toBe(`${LIST}/matters/WH-10990.yaml`);
    expect(readdirSync(join(cwd, LIST, 'matters'))).toHaveLength(25 + 1 + 1000);
  });

  it('a row that cannot get an id within five digits stops the import before anything is written', async () => {
    const cwd = copyLists();
    addMatterWithId(cwd, 'WH-99990');
    await writeSheet(join(cwd, 'a.xlsx'), rows(20));
    const before = snapshot(join(cwd, 'lists'));
    const error = await importCommand('a.xlsx', LIST, {}, capture(cwd).ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/第 11 行起的 11 个事项.*WH-99999/);
    expect(snapshot(join(cwd, 'lists'))).toEqual(before);
  });

  it('take the prefix from list.yaml, else from the matters, never SX when the list has matters', async () => {
    const cwd = copyLists();
    const manifest = join(cwd, LIST, 'list.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('id_prefix: WH\n', ''));
    await writeSheet(join(cwd, 'a.xlsx'), rows(1));
    const run = capture(cwd);
    await importCommand('a.xlsx', LIST, {}, run.ctx);
    expect(run.stdout()).toBe(`${LIST}/matters/WH-026.yaml\n`);
    writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}id_prefix: HP\n`);
    await writeSheet(join(cwd, 'b.xlsx'), rows(2).map((r, i) => (i === 0 ? r : r.map((c) => (String(c).startsWith('娱乐') ? `${String(c)}乙` : c)))));
    const second = capture(cwd);
    await importCommand('b.xlsx', LIST, {}, second.ctx);
    expect(second.stdout()).toBe(`${LIST}/matters/HP-001.yaml\n${LIST}/matters/HP-002.yaml\n`);
  });
});

describe('all files or none', () => {
  it.each(['stage:3', 'commit:3'])('killed at %s, the list is as it was (after the next import for a kill while renaming)', async (point) => {
    const cwd = copyLists();
    await writeSheet(join(cwd, 'a.xlsx'), rows(8));
    const lists = join(cwd, 'lists');
    const before = snapshot(lists);
    const killed = dutylist(['import', 'a.xlsx', LIST], { cwd, env: { DUTYLIST_TEST_KILL_AT: point } });
    expect(killed.code).toBeNull();
    expect(existsSync(join(cwd, LIST, STAGE_DIR))).toBe(true);
    const strip = (m: Map<string, string>): Map<string, string> => new Map([...m].filter(([k]) => !k.includes(STAGE_DIR)));
    if (point.startsWith('stage')) expect(strip(snapshot(lists))).toEqual(before);
    else expect(strip(snapshot(lists)).size).toBe(before.size + 3);

    // The next import restores the list before anything else (this one then fails: no header).
    writeFileSync(join(cwd, 'nothing.csv'), '序号,名称\n');
    const next = dutylist(['import', 'nothing.csv', LIST], { cwd });
    expect(next.code).toBe(2);
    expect(next.stderr).toContain('上次导入中途停止');
    expect(snapshot(lists)).toEqual(before);
  });

  it('--dry-run writes nothing at all', async () => {
    const cwd = copyLists();
    await writeSheet(join(cwd, 'a.xlsx'), rows(3));
    const before = snapshot(cwd);
    const run = capture(cwd);
    expect(await importCommand('a.xlsx', LIST, { dryRun: true }, run.ctx)).toBe(0);
    expect(snapshot(cwd)).toEqual(before);
    expect(run.stdout()).toContain('# 将写入');
  });

  it('keeps the mode of a matter it overwrites', async () => {
    const cwd = copyLists();
    expect(await exportCommand(LIST, { output: 'list.xlsx', on: '2026-01-01' }, capture(cwd).ctx)).toBe(0);
    const file = join(cwd, LIST, 'matters', 'WH-001.yaml');
    const { chmodSync } = await import('node:fs');
    chmodSync(file, 0o600);
    expect(await importCommand('list.xlsx', LIST, { force: true }, capture(cwd).ctx)).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('export → import → export', () => {
  it.each([false, true])('gives the same workbook bytes (article texts: %s)', async (withText) => {
    const cwd = copyLists();
    expect(await exportCommand(LIST, { output: 'first.xlsx', on: '2026-01-01', withText }, capture(cwd).ctx)).toBe(0);
    rmSync(join(cwd, LIST, 'matters'), { recursive: true });
    const run = capture(cwd);
    expect(await importCommand('first.xlsx', LIST, {}, run.ctx), run.stderr()).toBe(0);
    expect(await exportCommand(LIST, { output: 'second.xlsx', on: '2026-01-01', withText }, capture(cwd).ctx)).toBe(0);
    expect(readFileSync(join(cwd, 'second.xlsx')).equals(readFileSync(join(cwd, 'first.xlsx')))).toBe(true);
  });
});
