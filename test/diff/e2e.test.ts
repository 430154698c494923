// `dutylist diff` spawned as a user or CI runs it (bin → dist, built by test/setup/build.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dutylist as spawnBin } from '../e2e/cli.js';
import { APPROVAL, LIST, applyFourChanges, tempRepo } from './helpers.js';

const dutylist = (args: string[], cwd: string) => spawnBin(args, { cwd });

describe('dutylist diff (spawned)', () => {
  it('reports, gates approval, writes the table, and refuses option-like refs', () => {
    const repo = tempRepo();
    applyFourChanges(repo);

    const json = dutylist(['diff', LIST, '--from', 'v1', '--format', 'json'], repo.dir);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { changes: { id: string }[] }).changes.map((c) => c.id)).toEqual(['WH-002', 'WH-003', 'WH-004', 'WH-026']);

    const gate = dutylist(['diff', LIST, '--from', 'v1', '--require-approval'], repo.dir);
    expect(gate.code).toBe(1);
    expect(gate.stdout).toContain('未经准入程序向街道下沉职责');

    repo.write(`${LIST}/adjustments/2025-002.yaml`, APPROVAL);
    expect(dutylist(['diff', LIST, '--from', 'v1', '--require-approval'], repo.dir).code).toBe(0);
    expect(dutylist(['diff', LIST, '--from', 'v1', '-o', '对照表.xlsx'], repo.dir).code).toBe(0);
    expect(existsSync(join(repo.dir, '对照表.xlsx'))).toBe(true);

    for (const ref of ['--from=--output=x', '--from=v1;touch x']) {
      const bad = dutylist(['diff', LIST, ref], repo.dir);
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(join(repo.dir, 'x'))).toBe(false);
    }
  });
});
