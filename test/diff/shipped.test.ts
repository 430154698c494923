// The acceptance scenario on the shipped list, as a new user would try it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand } from '../../src/commands/diff.js';
import type { MatterChange } from '../../src/diff/types.js';
import { APPROVAL, ROOT, STREET_DUTY, applyFourChanges, capture, tempRepo } from './helpers.js';

const LIST = 'huangpi-culture-tourism';
const SHIPPED = join(ROOT, 'lists');
const ready = existsSync(join(SHIPPED, LIST, 'matters', 'WH-004.yaml'));

describe.runIf(ready)('diff on the shipped list', () => {
  it('reports exactly the four changed matters, gates approval, and is quiet between equal versions', async () => {
    const repo = tempRepo(SHIPPED);
    const { newDistrictDuty } = applyFourChanges(repo, LIST);
    const run = async (opts: Parameters<typeof diffCommand>[1]) => {
      const c = capture(repo.dir);
      const code = await diffCommand(LIST, opts, c.ctx);
      return { code, out: c.stdout(), err: c.stderr() };
    };

    const plain = await run({ from: 'v1', format: 'json' });
    const changes = (JSON.parse(plain.out) as { changes: MatterChange[] }).changes;
    expect(changes.map((c) => `${c.id} ${c.kind} ${c.kind === 'modify' ? c.parts.map((p) => p.part).join(',') : ''}`)).toEqual([
      'WH-002 remove ',
      'WH-003 modify street',
      'WH-004 modify district',
      'WH-026 add ',
    ]);
    expect(JSON.stringify(changes[1])).toContain(STREET_DUTY);
    expect(JSON.stringify(changes[2])).toContain(newDistrictDuty);
    expect(plain.out).not.toMatch(/WH-0(0[15-9]|1\d|2[0-5])/);

    const gated = await run({ from: 'v1', requireApproval: true });
    expect(gated.code).toBe(1);
    expect(gated.out).toMatch(/huangpi-culture-tourism\/matters\/WH-003\.yaml:\d+:\d+ {2}错误 {2}未经准入程序向街道下沉职责/);
    for (const id of ['WH-002', 'WH-004', 'WH-026']) expect(gated.out).toContain(id);

    repo.write(`${LIST}/adjustments/2025-002.yaml`, APPROVAL);
    expect((await run({ from: 'v1', requireApproval: true })).code).toBe(0);

    repo.commit('2025.2');
    const same = await run({ from: 'v1', to: 'v1', format: 'json', requireApproval: true });
    expect(same.code).toBe(0);
    expect((JSON.parse(same.out) as { changes: unknown[] }).changes).toEqual([]);
  });
});
