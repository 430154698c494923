import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/commands/check.js';
import { fmtCommand } from '../../src/commands/fmt.js';
import { newCommand } from '../../src/commands/new.js';
import { UsageError } from '../../src/errors.js';
import { nextMatterId } from '../../src/init/matter-template.js';
import { checkList } from '../../src/check/run.js';
import { copyLists, fakeContext, LIST } from './helpers.js';

describe('nextMatterId', () => {
  it.each([
    [['WH-001', 'WH-025'], [], 'WH-026'],
    [['WH-001', 'WH-003'], ['WH-030'], 'WH-031'],
    [['WH-0001'], [], 'WH-0002'],
    [['WH-001', 'WH-002', 'X-900'], [], 'WH-003'],
    [[], ['AB-007'], 'AB-008'],
    [[], [], 'SX-001'],
    [['WH-999'], [], 'WH-1000'],
  ])('%j with adjustments %j → %s', (ids, reserved, expected) => {
    expect(nextMatterId(ids, reserved)).toBe(expected);
  });
});

describe('dutylist new', () => {
  it('creates the next free id, pre-filled, in canonical form, and check fails until it is filled', async () => {
    const cwd = copyLists();
    const { ctx, stdout } = fakeContext(cwd);
    expect(await newCommand(LIST, { type: '文物', name: '不可移动文物周边违法建设的巡查报告' }, ctx)).toBe(0);
    const file = `${LIST}/matters/WH-026.yaml`;
    expect(stdout()).toBe(`${file}\n`);
    const text = readFileSync(join(cwd, file), 'utf8');
    for (const key of ['id', 'type', 'name', 'district', 'street', 'basis', 'responsibility', 'note']) expect(text).toMatch(new RegExp(`^\\s*(- )?${key}:`, 'm'));
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toContain('id: WH-026\ntype: 文物\nname: 不可移动文物周边违法建设的巡查报告\n');

    const fmt = fakeContext(cwd);
    expect(await fmtCommand(LIST, { check: true }, fmt.ctx)).toBe(0);

    const result = checkList(LIST, { lang: 'zh', onDate: '2026-11-26', cwd });
    const own = result.diagnostics.filter((d) => d.file === file && d.severity === 'error');
    expect(own.map((d) => d.path.join('.')).sort()).toEqual(['basis.0', 'district.0.duties.0', 'district.0.unit', 'responsibility.primary.0', 'street.duties.0']);
    expect(await checkCommand(LIST, { format: 'json' }, fakeContext(cwd).ctx)).toBe(1);
  });

  it('never reuses an id named in an adjustment', async () => {
    const cwd = copyLists();
    const adjustment = join(cwd, LIST, 'adjustments', '2025-001.yaml');
    writeFileSync(adjustment, readFileSync(adjustment, 'utf8').replace('  - matter: WH-024\n    action: modify', '  - matter: WH-027\n    action: remove'));
    const { ctx, stdout } = fakeContext(cwd);
    expect(await newCommand(LIST, { type: '文物', name: '新事项甲' }, ctx)).toBe(0);
    expect(stdout()).toContain('WH-028.yaml');
  });

  it('refuses a duplicate name and an unknown type with exit 2, naming the allowed types', async () => {
    const cwd = copyLists();
    const { ctx } = fakeContext(cwd);
    await expect(newCommand(LIST, { type: '文化市场', name: '娱乐场所日常经营活动的监督管理' }, ctx)).rejects.toThrow(/WH-001/);
    await expect(newCommand(LIST, { type: '文化市场', name: '娱乐场所日常经营活动的监督管理' }, ctx)).rejects.toBeInstanceOf(UsageError);
    await expect(newCommand(LIST, { type: '餐饮', name: '新事项' }, ctx)).rejects.toThrow(/文化市场.*体育/);
    await expect(newCommand(LIST, { name: '新事项' }, ctx)).rejects.toBeInstanceOf(UsageError);
    expect(existsSync(join(cwd, LIST, 'matters', 'WH-026.yaml'))).toBe(false);
  });

  it('quotes a name only where YAML needs it', async () => {
    const cwd = copyLists();
    const { ctx } = fakeContext(cwd);
    expect(await newCommand(LIST, { type: '演出', name: 'A: 演出场所 #1' }, ctx)).toBe(0);
    expect(readFileSync(join(cwd, LIST, 'matters', 'WH-026.yaml'), 'utf8')).toContain("name: 'A: 演出场所 #1'\n");
    expect(await fmtCommand(LIST, { check: true }, fakeContext(cwd).ctx)).toBe(0);
  });
});
