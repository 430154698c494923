import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/commands/import.js';
import type { Matter } from '../../src/types.js';
import { capture, copyLists, LIST } from './helpers.js';
import { HANDMADE, writeSheet } from './workbooks.js';

describe('dutylist import of a hand-made list', () => {
  it('writes matters with fresh ids, types carried down, numbering stripped and aliases mapped', async () => {
    const cwd = copyLists();
    await writeSheet(join(cwd, '旧清单.xlsx'), HANDMADE, [[1, 1, 1, 9], [4, 2, 5, 2]], '清单', ['填表说明']);
    const run = capture(cwd);
    const code = await importCommand('旧清单.xlsx', LIST, {}, run.ctx);
    expect(run.stdout()).toBe(`${LIST}/matters/WH-026.yaml\n${LIST}/matters/WH-027.yaml\n`);
    expect(run.stderr(), run.stderr()).not.toMatch(/错误 {2}/);
    expect(code).toBe(0);

    const read = (id: string): Matter => parse(readFileSync(join(cwd, LIST, 'matters', `${id}.yaml`), 'utf8')) as Matter;
    const cafe = read('WH-026');
    expect(cafe).toEqual({
      id: 'WH-026',
      type: '文化市场',
      name: '网吧接纳未成年人的巡查报告',
      district: [{ unit: '区文化和旅游局', duties: ['对上网服务营业场所接纳未成年人的行为开展监督检查，依法查处。', '受理街道移交的线索，3个工作日内反馈处理结果。'] }],
      street: { duties: ['日常巡查中发现网吧接纳未成年人的，及时劝阻并当天报告区文化和旅游局。'] },
      basis: ['《互联网上网服务营业场所管理条例》第二十一条', '《中华人民共和国未成年人保护法》第五十八条'],
      responsibility: { primary: ['区文化和旅游局'], supporting: ['各街道办事处（乡人民政府）'] },
    });

    const dance = read('WH-027');
    expect(dance.type).toBe('文化市场');
    expect(dance.district).toEqual([
      { unit: '区文化和旅游局', duties: ['对歌舞娱乐场所经营活动开展监督检查，依法查处违法经营行为。'] },
      { unit: '区公安分局', duties: ['负责歌舞娱乐场所治安管理，依法查处治安违法行为。'] },
    ]);
    expect(dance.street.duties).toEqual(['巡查中发现治安问题的，当天报告区公安分局属地派出所。', '配合开展联合检查，提供场所底数。']);
    expect(dance.responsibility).toEqual({ primary: ['区文化和旅游局', '区公安分局'], supporting: ['各街道办事处（乡人民政府）'] });
    expect(dance.note).toBe('旧表第 2 项');
    expect(readFileSync(join(cwd, LIST, 'matters', 'WH-027.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/schema\/matter\.schema\.json\nid: WH-027\n/);
  });

  it('reads the sheet named with --sheet, and refuses one that is not there, naming the sheets', async () => {
    const cwd = copyLists();
    await writeSheet(join(cwd, 'a.xlsx'), HANDMADE, [[4, 2, 5, 2]], '清单', ['填表说明']);
    const dry = capture(cwd);
    expect(await importCommand('a.xlsx', LIST, { sheet: '清单', dryRun: true }, dry.ctx)).toBe(0);
    await expect(importCommand('a.xlsx', LIST, { sheet: '附表' }, capture(cwd).ctx)).rejects.toThrow(/填表说明、清单/);
    expect(existsSync(join(cwd, LIST, 'matters', 'WH-026.yaml'))).toBe(false);
  });

  it('adds a type outside the vocabulary to list.yaml, comments kept, and says so; --dry-run only reports it', async () => {
    const cwd = copyLists();
    const rows = HANDMADE.map((r) => r.map((c) => (c === '文化市场' ? '文化娱乐' : c)));
    await writeSheet(join(cwd, 'a.xlsx'), rows, [[4, 2, 5, 2]]);
    const manifest = join(cwd, LIST, 'list.yaml');
    const before = readFileSync(manifest, 'utf8');

    const dry = capture(cwd);
    expect(await importCommand('a.xlsx', LIST, { dryRun: true }, dry.ctx)).toBe(0);
    expect(dry.stderr()).toContain('文化娱乐');
    expect(dry.stdout()).toContain('type: 文化娱乐');
    expect(readFileSync(manifest, 'utf8')).toBe(before);

    const run = capture(cwd);
    expect(await importCommand('a.xlsx', LIST, {}, run.ctx)).toBe(0);
    expect(run.stderr()).toMatch(/types.*文化娱乐/);
    expect(readFileSync(manifest, 'utf8')).toBe(before.replace('types: [文化市场, 网络文化, 出版印刷, 演出, 旅游市场, 文物, 体育]', 'types: [文化市场, 网络文化, 出版印刷, 演出, 旅游市场, 文物, 体育, 文化娱乐]'));
    expect(existsSync(join(cwd, LIST, 'matters', 'WH-026.yaml'))).toBe(true);
  });

  it('writes the files, then prints what check finds and exits 1 when a matter breaks a rule', async () => {
    const cwd = copyLists();
    const rows = HANDMADE.map((r) => r.map((c) => (c === '各街道办事处' ? '区公安局、各街道办事处' : c)));
    await writeSheet(join(cwd, 'a.xlsx'), rows, [[4, 2, 5, 2]]);
    const run = capture(cwd);
    expect(await importCommand('a.xlsx', LIST, {}, run.ctx)).toBe(1);
    expect(run.stdout().trim().split('\n')).toHaveLength(2);
    expect(run.stderr()).toMatch(/WH-026\.yaml:\d+:\d+ {2}错误 .*split\/district-mismatch/);
  });
});
