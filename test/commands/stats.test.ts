import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statsCommand } from '../../src/commands/stats.js';
import { UsageError } from '../../src/errors.js';
import type { ListStats } from '../../src/stats/compute.js';
import { align, cellWidth } from '../../src/stats/table.js';
import { copyLists, fakeContext, LIST, root } from './helpers.js';

async function statsOf(cwd: string): Promise<ListStats> {
  const { ctx, stdout } = fakeContext(cwd);
  expect(await statsCommand(LIST, { format: 'json' }, ctx)).toBe(0);
  return JSON.parse(stdout()) as ListStats;
}

describe('dutylist stats', () => {
  it('counts by type in manifest order, by unit as primary/supporting/district duties, and by street', async () => {
    const stats = await statsOf(root);
    expect(stats.matters).toBe(25);
    expect(stats.byType.map((r) => r.type)).toEqual(['文化市场', '网络文化', '出版印刷', '演出', '旅游市场', '文物', '体育']);
    expect(stats.byType.reduce((s, r) => s + r.count, 0)).toBe(25);
    const bureau = stats.byUnit.find((r) => r.unit === '区文化和旅游局');
    expect(bureau).toMatchObject({ districtDuties: 25 });
    expect((bureau?.primary ?? 0) + (bureau?.supporting ?? 0)).toBe(25);
    const [collective, firstNamed] = stats.byStreet;
    expect(collective).toMatchObject({ street: '各街道办事处（乡人民政府）', collective: true, concerned: 25 });
    expect(firstNamed).toMatchObject({ collective: false, concerned: 25 });
    expect(stats.byUnit.some((r) => r.unit === '各街道办事处（乡人民政府）')).toBe(false);
  });

  it('by street tells a street named by itself from one reached through the collective name', async () => {
    const cwd = copyLists();
    const file = join(cwd, LIST, 'matters', 'WH-001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('各街道办事处（乡人民政府）', '前川街道办事处'));
    const streets = (await statsOf(cwd)).byStreet;
    expect(streets.find((r) => r.collective)).toMatchObject({ named: 24, throughCollective: 0, concerned: 24 });
    expect(streets.find((r) => r.street === '前川街道办事处')).toMatchObject({ named: 1, throughCollective: 24, concerned: 25 });
    expect(streets.find((r) => r.street === '横店街道办事处')).toMatchObject({ named: 0, throughCollective: 24, concerned: 24 });
    const { ctx, stdout } = fakeContext(cwd);
    expect(await statsCommand(LIST, {}, ctx)).toBe(0);
    const rows = (stdout().split('\n\n')[3] ?? '').split('\n');
    expect(rows[1]).toMatch(/^街道（乡）\s+单独列明\s+经统称列明\s+涉及事项合计$/);
    expect(rows[2]).toMatch(/^各街道办事处（乡人民政府）（统称，指全部街道）\s+24\s+—\s+24$/);
    expect(rows.find((r) => r.startsWith('前川街道办事处'))).toMatch(/\s1\s+24\s+25$/);
  });

  it('folds unit aliases into the registered name', async () => {
    const cwd = copyLists();
    const file = join(cwd, LIST, 'matters', 'WH-001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('primary: [区文化和旅游局]', 'primary: [区文旅局]'));
    const before = (await statsOf(root)).byUnit.find((r) => r.unit === '区文化和旅游局');
    const after = (await statsOf(cwd)).byUnit.find((r) => r.unit === '区文化和旅游局');
    expect(after?.primary).toBe(before?.primary);
  });

  it('prints an aligned table that accounts for double-width characters', async () => {
    const { ctx, stdout } = fakeContext(root);
    expect(await statsCommand(LIST, {}, ctx)).toBe(0);
    const unitBlock = stdout().split('\n\n')[2]?.split('\n').slice(1) ?? [];
    const ends = new Set(unitBlock.map((line) => cellWidth(line)));
    expect(ends.size).toBe(1);
    expect(stdout()).not.toMatch(/\u001b\[/);
  });

  it('right-aligns numbers and pads text by display width', () => {
    expect(align([['单位', 'n'], ['ab', 10]])).toBe('单位   n\nab    10');
  });

  it('exits 1 and says so when a matter file cannot be counted; 2 for an unknown format', async () => {
    const cwd = copyLists();
    writeFileSync(join(cwd, LIST, 'matters', 'WH-002.yaml'), 'id: WH-002\n');
    const { ctx, stdout, stderr } = fakeContext(cwd);
    expect(await statsCommand(LIST, { format: 'json' }, ctx)).toBe(1);
    expect((JSON.parse(stdout()) as ListStats).matters).toBe(24);
    expect(stderr()).toContain('1');
    await expect(statsCommand(LIST, { format: 'xml' }, ctx)).rejects.toBeInstanceOf(UsageError);
  });
});
