// User text written into generated YAML stays one value, whatever it holds (issue 13, item 13):
// init --region and new --name go through the yaml library's quoting and are read back.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initCommand } from '../../src/commands/init.js';
import { newCommand } from '../../src/commands/new.js';
import { UsageError } from '../../src/errors.js';
import { yamlFlowItem, yamlScalar } from '../../src/init/yaml-text.js';
import { copyLists, fakeContext, LIST } from './helpers.js';

const HOSTILE = [
  '武汉市: 江岸区', 'a #b', '#注释', '- 列表', '[区', '{区}', 'true', 'null', '~', '123', '2025-01-01', ' 前后空格 ',
  "单'引号", '双"引号', '&anchor', '*alias', '!tag', '%指令', '@区', '`区', '区, 县', '区]', '区: [x]', '---', '...', '? 问',
  '\\反斜杠', '区\u00a0县', '"', "'", '::', 'a: b: c',
];

describe('YAML quoting of user text', () => {
  it.each(HOSTILE)('%j reads back as itself, as a scalar and as a flow item', (value) => {
    expect(parse(`v: ${yamlScalar(value)}\n`)).toEqual({ v: value });
    expect(parse(`v: [${yamlFlowItem(value)}, x]\n`)).toEqual({ v: [value, 'x'] });
  });

  it.each(['区\nissuers: [x]', '区\rx', '区\u0000', '区\u2028x', '区\tx'])('init --region %j is refused, nothing written', async (region) => {
    const cwd = mkdtempSync(join(tmpdir(), 'dutylist-hostile-'));
    await expect(initCommand('repo', { region }, fakeContext(cwd).ctx)).rejects.toBeInstanceOf(UsageError);
  });

  it.each(HOSTILE.filter((v) => v.trim() !== '' && v.trim() === v))('init --region %j is written as one value', async (region) => {
    const cwd = mkdtempSync(join(tmpdir(), 'dutylist-hostile-'));
    expect(await initCommand('repo', { region }, fakeContext(cwd).ctx)).toBe(0);
    const manifest = parse(readFileSync(join(cwd, 'repo/lists/repo/list.yaml'), 'utf8')) as Record<string, unknown>;
    expect(manifest.region).toBe(region);
    expect(manifest.title).toBe(`${region}文化和旅游市场领域属地管理事项清单`);
    expect(Object.keys(manifest)).toEqual(['title', 'subtitle', 'region', 'domain', 'version', 'effective', 'issuers', 'filing_office', 'types', 'id_prefix', 'laws', 'units']);
    const units = parse(readFileSync(join(cwd, 'repo/lists/units.yaml'), 'utf8')) as Record<string, unknown>;
    expect(units.region).toBe(region);
  });

  it.each(HOSTILE.filter((v) => v.trim() !== '' && v.trim() === v).slice(0, 12))('new --name %j is written as one value', async (name) => {
    const cwd = copyLists();
    const created = fakeContext(cwd);
    expect(await newCommand(LIST, { type: '文物', name }, created.ctx)).toBe(0);
    const file = join(cwd, created.stdout().trim());
    const matter = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(matter.name).toBe(name);
    expect(Object.keys(matter)).toEqual(['id', 'type', 'name', 'district', 'street', 'basis', 'responsibility', 'note']);
  });

  it('new --name with a line break is refused', async () => {
    const cwd = copyLists();
    await expect(newCommand(LIST, { type: '文物', name: '甲\nnote: 乙' }, fakeContext(cwd).ctx)).rejects.toBeInstanceOf(UsageError);
  });
});
