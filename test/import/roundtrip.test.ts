import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkList } from '../../src/check/run.js';
import { exportCommand } from '../../src/commands/export.js';
import { importCommand } from '../../src/commands/import.js';
import { capture, copyLists, issuedParts, LIST, readMatters } from './helpers.js';

describe('dutylist import of our own export', () => {
  it.each([false, true])('gives back every matter of the shipped list, and the list checks clean (article texts: %s)', async (withText) => {
    const cwd = copyLists();
    expect(await exportCommand(LIST, { output: 'list.xlsx', on: '2026-01-01', withText }, capture(cwd).ctx)).toBe(0);
    const matters = join(cwd, LIST, 'matters');
    cpSync(matters, join(cwd, 'original'), { recursive: true });
    rmSync(matters, { recursive: true });
    rmSync(join(cwd, LIST, 'adjustments'), { recursive: true });

    const run = capture(cwd);
    const code = await importCommand('list.xlsx', LIST, {}, run.ctx);
    expect(run.stderr()).not.toContain('错误  ');
    expect(code).toBe(0);

    const original = readMatters(join(cwd, 'original'));
    const imported = readMatters(matters);
    expect([...imported.keys()]).toEqual([...original.keys()]);
    for (const [name, matter] of original) expect(issuedParts(imported.get(name) ?? matter), name).toEqual(issuedParts(matter));
    expect(run.stdout().trim().split('\n')).toEqual([...original.keys()].map((n) => `${LIST}/matters/${n}`));

    // Byte for byte the files `fmt` keeps, but for power_type, which the issued table does not carry.
    const withoutPowerType = (text: string): string => text.replace(/^power_type: .*\n/m, '');
    for (const name of original.keys()) {
      expect(readFileSync(join(matters, name), 'utf8'), name).toBe(withoutPowerType(readFileSync(join(cwd, 'original', name), 'utf8')));
    }

    const checked = checkList(LIST, { lang: 'zh', onDate: '2026-01-01', cwd });
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const first = readFileSync(join(matters, readdirSync(matters)[0] ?? ''), 'utf8');
    expect(first.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schema/matter.schema.json');
  });

  it('folds the （续） rows of a matter too tall for one row back into it', async () => {
    const cwd = copyLists();
    const file = join(cwd, LIST, 'matters', 'WH-001.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const duties = (doc.getIn(['street', 'duties']) as { toJSON: () => string[] }).toJSON();
    const many = Array.from({ length: 14 }, (_, i) => duties.map((d) => `${d.replace(/。$/, '')}（第${i + 1}轮专项行动）。`)).flat();
    doc.setIn(['street', 'duties'], many);
    doc.setIn(['district', 0, 'duties'], [...many.slice(0, 30)]);
    writeFileSync(file, doc.toString({ lineWidth: 0 }));
    const exported = capture(cwd);
    expect(await exportCommand(LIST, { output: 'tall.xlsx', on: '2026-01-01' }, exported.ctx)).toBe(0);
    expect(exported.stderr()).toMatch(/（续）.*WH-001/);
    const before = readMatters(join(cwd, LIST, 'matters')).get('WH-001.yaml');
    if (!before) throw new Error('WH-001 missing');
    rmSync(join(cwd, LIST, 'matters'), { recursive: true });

    expect(await importCommand('tall.xlsx', LIST, {}, capture(cwd).ctx)).toBe(0);
    const after = readMatters(join(cwd, LIST, 'matters'));
    expect(after.size).toBe(25);
    const imported = after.get('WH-001.yaml');
    expect(imported && issuedParts(imported)).toEqual(issuedParts(before));
  });
});
