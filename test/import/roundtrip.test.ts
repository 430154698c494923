import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkList } from '../../src/check/run.js';
import { exportCommand } from '../../src/commands/export.js';
import { importCommand } from '../../src/commands/import.js';
import { capture, copyLists, issuedParts, LIST, readMatters } from './helpers.js';

describe('dutylist import of our own export', () => {
  it('gives back every matter of the shipped list, and the list checks clean', async () => {
    const cwd = copyLists();
    expect(await exportCommand(LIST, { output: 'list.xlsx', on: '2026-01-01' }, capture(cwd).ctx)).toBe(0);
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
});
