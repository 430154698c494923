// Consultation round on the shipped list: a workbook per department and sub-district with exactly
// the matters naming it; two filled in (one re-saved by LibreOffice with its rows moved and a
// column added), collected into a record check accepts and the 意见汇总表; the units that did not
// reply are named.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkList } from '../../src/check/run.js';
import { consultCommand } from '../../src/commands/consult.js';
import { readReturned } from '../../src/consult/read.js';
import { readXlsx } from '../../src/import/xlsx.js';
import type { Consultation, Matter } from '../../src/types.js';
import { copyLists, fakeContext } from '../context.js';
import { hasSoffice } from '../pdf.js';

const LIST = 'lists/huangpi-culture-tourism';
const COLLECTIVE = '各街道办事处（乡人民政府）';
const TODAY = '2026-12-16';

function shippedMatters(cwd: string): Matter[] {
  const dir = join(cwd, LIST, 'matters');
  return readdirSync(dir).map((f) => parse(readFileSync(join(dir, f), 'utf8')) as Matter);
}

async function consult(cwd: string, args: { output?: string; deadline?: string; collect?: string } = { output: '征求意见', deadline: '2026-12-15' }) {
  const c = fakeContext(cwd, { today: TODAY });
  const code = await consultCommand(LIST, args, c.ctx);
  return { code, out: c.stdout(), err: c.stderr() };
}

async function grids(path: string) {
  return readXlsx(readFileSync(path), path, 'zh');
}

/** Fills a workbook as a person would: opinions on the first and third matter rows. */
async function fill(src: string, dst: string, opinion: string, options: { reverse?: boolean; insertColumn?: boolean; dropMarker?: boolean } = {}): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  const ws = wb.getWorksheet('事项');
  if (!ws) throw new Error('no 事项 sheet');
  let header = 0;
  const cols: Record<string, number> = {};
  ws.eachRow((row, n) => row.eachCell((cell, c) => {
    const v = String(cell.value ?? '').replace(/\s+/g, '');
    if (v === '事项编码') header = n;
    if (header === n) cols[v] = c;
  }));
  const rows: number[] = [];
  for (let r = header + 1; r <= ws.rowCount; r++) if (/^WH-/.test(String(ws.getRow(r).getCell(cols['事项编码'] ?? 0).value ?? ''))) rows.push(r);
  const ids = [rows[0], rows[2]].map((r) => String(ws.getRow(r ?? 0).getCell(cols['事项编码'] ?? 0).value));
  const set = (r: number | undefined, key: string, value: string): void => void (ws.getRow(r ?? 0).getCell(cols[key] ?? 0).value = value);
  set(rows[0], '涉及部分', '街道职责');
  set(rows[0], '意见', opinion);
  set(rows[0], '建议修改内容', '将“当天报告”改为“24小时内报告”。');
  set(rows[0], '联系人', '李明 027-61000001');
  set(rows[2], '意见', `${opinion}（二）`);
  set(rows[1] ?? 0, '意见', '无意见');
  if (options.reverse) {
    const values = rows.map((r) => ws.getRow(r).values);
    rows.forEach((r, i) => void (ws.getRow(r).values = values[values.length - 1 - i] ?? []));
  }
  if (options.insertColumn) ws.spliceColumns(1, 0, ['本单位备注']);
  if (options.dropMarker) wb.removeWorksheet(wb.getWorksheet('dutylist')?.id ?? -1);
  await wb.xlsx.writeFile(dst);
  return ids;
}

describe('consult writes one workbook per unit', () => {
  it('each department and sub-district gets exactly the matters naming it, streets through the collective', async () => {
    const cwd = copyLists();
    const r = await consult(cwd);
    expect(r.code).toBe(0);
    const matters = shippedMatters(cwd);
    const units = parse(readFileSync(join(cwd, 'lists', 'units.yaml'), 'utf8')) as { units: { name: string; kind: string; aliases?: string[] }[] };
    const full = (n: string): string => units.units.find((u) => u.name === n || u.aliases?.includes(n))?.name ?? n;
    const named = (m: Matter): Set<string> => new Set([...m.district.map((d) => d.unit), ...m.responsibility.primary, ...m.responsibility.supporting].map(full));
    const files = readdirSync(join(cwd, '征求意见')).sort();
    const expected = units.units.filter((u) => (u.kind === 'district' || u.kind === 'street') && u.name !== COLLECTIVE)
      .map((u) => ({ unit: u.name, ids: matters.filter((m) => named(m).has(u.name) || (u.kind === 'street' && named(m).has(COLLECTIVE))).map((m) => m.id).sort() }))
      .filter((e) => e.ids.length > 0);
    expect(files).toEqual(expected.map((e) => `征求意见表-${e.unit}.xlsx`).sort());
    expect(expected.filter((e) => units.units.find((u) => u.name === e.unit)?.kind === 'street').length).toBe(16);
    for (const e of expected) {
      const sheets = await grids(join(cwd, '征求意见', `征求意见表-${e.unit}.xlsx`));
      const read = readReturned(sheets);
      expect(read.ok && read.workbook.unit).toBe(e.unit);
      const table = sheets.find((s) => s.name === '事项');
      const ids = (table?.rows ?? []).map((row) => (row[1] ?? '').replace(/\s+/g, '')).filter((v) => /^WH-\d{3}$/.test(v));
      expect([...new Set(ids)].sort(), e.unit).toEqual(e.ids);
    }
  });

  it('a cover sheet with the version, the deadline and how to reply; the marker sheet is hidden; same bytes every run', async () => {
    const cwd = copyLists();
    await consult(cwd);
    const file = join(cwd, '征求意见', '征求意见表-区公安分局.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['说明', 'visible'], ['事项', 'visible'], ['dutylist', 'hidden']]);
    const cover = (await grids(file)).find((g) => g.name === '说明')?.rows.map((r) => r.join('|')).join('\n') ?? '';
    for (const text of ['2025.1', '2026年12月15日', '区公安分局', '发回区委编办', '事项编码']) expect(cover).toContain(text);
    const first = readFileSync(file);
    await consult(cwd);
    expect(readFileSync(file).equals(first)).toBe(true);
  });

  it('refuses without -o or --deadline, and --deadline with --collect', async () => {
    const cwd = copyLists();
    await expect(consult(cwd, { deadline: '2026-12-15' })).rejects.toThrow(/-o/);
    await expect(consult(cwd, { output: 'x' })).rejects.toThrow(/--deadline/);
    await expect(consult(cwd, { output: 'x', deadline: '2026-13-01' })).rejects.toThrow(/2026-13-01/);
    await expect(consult(cwd, { collect: 'x', deadline: '2026-12-15' })).rejects.toThrow(/--deadline/);
  });
});

describe('consult --collect', () => {
  it('reads renamed, re-saved and re-ordered workbooks into a record check accepts and the 意见汇总表; names who did not reply', async () => {
    const cwd = copyLists();
    await consult(cwd);
    const back = join(cwd, '收回');
    mkdirSync(back);
    const police = await fill(join(cwd, '征求意见', '征求意见表-区公安分局.xlsx'), join(back, '公安分局的意见（改）.xlsx'), '公安意见');
    const streetSrc = join(cwd, '前川.xlsx');
    const street = await fill(join(cwd, '征求意见', '征求意见表-前川街道办事处.xlsx'), streetSrc, '前川意见', { reverse: true, insertColumn: true });
    if (hasSoffice) {
      const out = mkdtempSync(join(tmpdir(), 'dutylist-resave-'));
      const profile = `-env:UserInstallation=file://${join(out, 'profile')}`;
      spawnSync('soffice', [profile, '--headless', '--convert-to', 'xlsx', '--outdir', out, streetSrc], { timeout: 120_000 });
      copyFileSync(join(out, '前川.xlsx'), join(back, '回复-前川街道.xlsx'));
    } else {
      copyFileSync(streetSrc, join(back, '回复-前川街道.xlsx'));
    }
    writeFileSync(join(back, '说明.xlsx'), 'not a workbook');
    copyFileSync(join(cwd, 'lists', 'units.yaml'), join(back, 'units.yaml'));

    const r = await consult(cwd, { collect: '收回' });
    expect(r.code).toBe(0);
    const recordPath = join(cwd, LIST, 'consultations', `${TODAY}.yaml`);
    const record = parse(readFileSync(recordPath, 'utf8')) as Consultation;
    expect(record).toMatchObject({ list_version: '2025.1', date: TODAY, deadline: '2026-12-15' });
    const byUnit = new Map(record.units.map((u) => [u.unit, u]));
    expect(byUnit.get('区公安分局')).toMatchObject({ replied: true, file: '公安分局的意见（改）.xlsx' });
    expect(byUnit.get('区公安分局')?.opinions?.map((o) => [o.matter, o.opinion])).toEqual([[police[0], '公安意见'], [police[1], '公安意见（二）']]);
    expect(byUnit.get('区公安分局')?.opinions?.[0]).toMatchObject({ part: 'street', suggestion: '将“当天报告”改为“24小时内报告”。', contact: '李明 027-61000001' });
    // Rows reversed in the copy: the opinions still belong to their matters, in the list's order.
    expect(byUnit.get('前川街道办事处')?.opinions?.map((o) => [o.matter, o.opinion])).toEqual([[street[0], '前川意见'], [street[1], '前川意见（二）']]);
    expect(byUnit.get('区文化和旅游局')).toEqual({ unit: '区文化和旅游局', replied: false });
    expect(record.units.filter((u) => !u.replied)).toHaveLength(22);
    expect(r.err).toMatch(/22 个单位未反馈：区文化和旅游局、/);
    expect(r.err).toContain('说明.xlsx：无法读取（不是有效的 xlsx 工作簿）');

    const checked = checkList(LIST, { lang: 'zh', onDate: TODAY, cwd });
    expect(checked.diagnostics.filter((d) => d.file.includes('consultations'))).toEqual([]);

    const summary = await grids(join(cwd, `意见汇总表-${TODAY}.xlsx`));
    const text = summary[0]?.rows.map((row) => row.join('|')).join('\n') ?? '';
    for (const s of ['意见汇总表', '采纳情况', '理由', '公安意见', '前川意见（二）', '未反馈']) expect(text).toContain(s);
    expect(text.match(/未反馈/g)).toHaveLength(22);
  }, 180_000);

  it('finds the unit on the cover when the hidden sheet is gone, and keeps the office\'s answers on collecting again', async () => {
    const cwd = copyLists();
    await consult(cwd);
    const back = join(cwd, '收回');
    mkdirSync(back);
    await fill(join(cwd, '征求意见', '征求意见表-区教育局.xlsx'), join(cwd, 'a.xlsx'), '教育意见', { dropMarker: true });
    // A reply linked into the folder is read; a FIFO named like a reply is named, not skipped silently.
    symlinkSync(join(cwd, 'a.xlsx'), join(back, 'a.xlsx'));
    if (process.platform !== 'win32') expect(spawnSync('mkfifo', [join(back, '管道.xlsx')]).status).toBe(0);
    writeFileSync(join(back, '应急局.et'), 'WPS');
    const first = await consult(cwd, { collect: '收回' });
    expect(first.err).toContain('应急局.et：不是 .xlsx 格式，未读取');
    if (process.platform !== 'win32') expect(first.err).toMatch(/管道\.xlsx：无法读取（[^）]*命名管道/);
    const recordPath = join(cwd, LIST, 'consultations', `${TODAY}.yaml`);
    const text = readFileSync(recordPath, 'utf8');
    expect(text).toContain('教育意见');
    writeFileSync(recordPath, text.replace('        opinion: 教育意见\n', '        opinion: 教育意见\n        adoption: declined\n        reason: 与上位法规定一致，不作调整。\n'));
    const again = await consult(cwd, { collect: '收回' });
    expect(again.err).toContain('保留了 1 条意见已填写的采纳情况和理由');
    const record = parse(readFileSync(recordPath, 'utf8')) as Consultation;
    expect(record.units.find((u) => u.unit === '区教育局')?.opinions?.[0]).toMatchObject({ adoption: 'declined', reason: '与上位法规定一致，不作调整。' });
    expect(checkList(LIST, { lang: 'zh', onDate: TODAY, cwd }).diagnostics.filter((d) => d.file.includes('consultations'))).toEqual([]);
    expect(existsSync(join(cwd, `意见汇总表-${TODAY}.xlsx`))).toBe(true);
  });

  it('check reports a record naming an unknown unit, a removed matter, or opinions of a unit marked as not replied', async () => {
    const cwd = copyLists();
    const dir = join(cwd, LIST, 'consultations');
    mkdirSync(dir);
    writeFileSync(join(dir, '2026-12-16.yaml'), "list_version: '2025.1'\ndate: 2026-12-17\nunits:\n  - unit: 区教育厅\n    replied: true\n  - unit: 区公安分局\n    replied: false\n    opinions:\n      - matter: WH-099\n        opinion: 意见\n");
    const rules = checkList(LIST, { lang: 'zh', onDate: TODAY, cwd }).diagnostics.filter((d) => d.file.includes('consultations')).map((d) => [d.rule, d.severity]);
    expect(rules).toEqual([
      ['consultation/date-filename', 'error'],
      ['consultation/unknown-unit', 'error'],
      ['consultation/opinions-without-reply', 'error'],
      ['consultation/unknown-matter', 'warning'],
    ]);
  });
});
