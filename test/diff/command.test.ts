import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand } from '../../src/commands/diff.js';
import type { MatterChange } from '../../src/diff/types.js';
import { APPROVAL, LIST, STREET_DUTY, applyFourChanges, capture, matter, tempRepo } from './helpers.js';

interface DiffJson {
  from: string;
  to: string | null;
  changes: MatterChange[];
  approval?: { errors: number; warnings: number; findings: { rule: string; severity: string; file: string; line: number; message: string }[] };
}

async function run(cwd: string, opts: Parameters<typeof diffCommand>[1], list: string | undefined = LIST) {
  const c = capture(cwd);
  const code = await diffCommand(list, opts, c.ctx);
  return { code, out: c.stdout(), err: c.stderr() };
}

describe('diff between a tag and the working tree', () => {
  it('reports exactly the four changed matters with kinds, parts, before and after', async () => {
    const repo = tempRepo();
    const { oldDistrictDuty, newDistrictDuty } = applyFourChanges(repo);
    const { code, out } = await run(repo.dir, { from: 'v1', format: 'json' });
    expect(code).toBe(0);
    const doc = JSON.parse(out) as DiffJson;
    expect(doc.from).toBe('v1');
    expect(doc.to).toBeNull();
    expect(doc.changes.map((c) => [c.id, c.kind])).toEqual([
      ['WH-002', 'remove'],
      ['WH-003', 'modify'],
      ['WH-004', 'modify'],
      ['WH-026', 'add'],
    ]);
    const street = doc.changes[1]?.parts;
    expect(street?.map((p) => p.part)).toEqual(['street']);
    const s = street?.[0];
    if (s?.part !== 'street') throw new Error('street part expected');
    expect(s.added).toEqual([STREET_DUTY]);
    expect(s.removed).toEqual([]);
    expect(s.after?.[0]).toBe(STREET_DUTY);
    expect(s.before).not.toContain(STREET_DUTY);

    const district = doc.changes[2]?.parts;
    expect(district?.map((p) => p.part)).toEqual(['district']);
    const d = district?.[0];
    if (d?.part !== 'district') throw new Error('district part expected');
    expect(d.removed).toEqual([{ unit: '区文化和旅游局', duty: oldDistrictDuty }]);
    expect(d.added).toEqual([{ unit: '区文化和旅游局', duty: newDistrictDuty }]);
    expect(d.reworded).toEqual([{ before: d.removed[0], after: d.added[0] }]);
    expect(d.before?.[0]?.duties).toContain(oldDistrictDuty);
    expect(d.after?.[0]?.duties).toContain(newDistrictDuty);

    expect(doc.changes[0]?.parts.every((p) => p.after === null)).toBe(true);
    expect(doc.changes[3]?.parts.every((p) => p.before === null)).toBe(true);
    expect(doc.changes[3]?.name).toBe('娱乐场所违规接纳未成年人夜间营业的查处');
  });

  it('reports nothing between a version and itself', async () => {
    const repo = tempRepo();
    applyFourChanges(repo);
    repo.commit('changes');
    const same = await run(repo.dir, { from: 'v1', to: 'v1', format: 'json' });
    expect(same.code).toBe(0);
    expect((JSON.parse(same.out) as DiffJson).changes).toEqual([]);
    const text = await run(repo.dir, { from: 'v1', to: 'v1' });
    expect(text.out).toContain('没有事项调整');
    const both = await run(repo.dir, { from: 'v1', to: 'main', format: 'json' });
    expect((JSON.parse(both.out) as DiffJson).changes).toHaveLength(4);
  });

  it('does not count a renamed file or a reformatted one with the same content as a change', async () => {
    const repo = tempRepo();
    renameSync(join(repo.dir, matter('WH-001')), join(repo.dir, `${LIST}/matters/WH-001.yml`));
    repo.write(matter('WH-003'), repo.read(matter('WH-003')).replace(/^# .*\n/, '# 已复核\n').replace('primary: [区文化和旅游局]', 'primary:\n    - 区文化和旅游局'));
    const { out } = await run(repo.dir, { from: 'v1', format: 'json' });
    expect((JSON.parse(out) as DiffJson).changes).toEqual([]);
  });

  it('compares with a folder given by --old, outside any git repository', async () => {
    const repo = tempRepo();
    const old = join(repo.dir, '..', `${repo.dir.split(/[\\/]/).pop() ?? 'x'}-旧版`);
    repo.git('worktree', 'add', '-q', '--detach', old, 'v1');
    applyFourChanges(repo);
    const { code, out } = await run(repo.dir, { old: join(old, LIST), format: 'json' });
    expect(code).toBe(0);
    expect((JSON.parse(out) as DiffJson).changes.map((c) => c.id)).toEqual(['WH-002', 'WH-003', 'WH-004', 'WH-026']);
  });
});

describe('--require-approval', () => {
  it('fails naming the uncovered changes, the street duty as a push-down; passes once approved', async () => {
    const repo = tempRepo();
    applyFourChanges(repo);
    const failing = await run(repo.dir, { from: 'v1', format: 'json', requireApproval: true });
    expect(failing.code).toBe(1);
    const findings = (JSON.parse(failing.out) as DiffJson).approval?.findings ?? [];
    const byMatter = (id: string) => findings.filter((f) => f.message.includes(id));
    expect(byMatter('WH-003').map((f) => f.rule)).toEqual(['diff/push-down']);
    expect(byMatter('WH-003')[0]?.message).toContain('未经准入程序向街道下沉职责');
    expect(byMatter('WH-003')[0]?.file).toBe(matter('WH-003'));
    expect(byMatter('WH-004').map((f) => f.rule)).toEqual(['diff/unapproved']);
    expect(byMatter('WH-002').map((f) => f.rule)).toEqual(['diff/unapproved']);
    expect(byMatter('WH-026')).toHaveLength(1);

    const text = await run(repo.dir, { from: 'v1', requireApproval: true });
    expect(text.code).toBe(1);
    expect(text.out).toMatch(new RegExp(`${matter('WH-003')}:\\d+:\\d+  错误  未经准入程序向街道下沉职责`));

    repo.write(`${LIST}/adjustments/2025-002.yaml`, APPROVAL);
    const passing = await run(repo.dir, { from: 'v1', format: 'json', requireApproval: true });
    expect(passing.code).toBe(0);
    expect((JSON.parse(passing.out) as DiffJson).approval).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('treats a rejected or partial approval as no approval, and warns about approvals with no change', async () => {
    const repo = tempRepo();
    applyFourChanges(repo);
    const partial = APPROVAL.replace('parts: [street]', 'parts: [basis]').replace('  - matter: WH-026\n    action: add\n', '  - matter: WH-026\n    action: add\n  - matter: WH-001\n    action: modify\n');
    repo.write(`${LIST}/adjustments/2025-002.yaml`, partial);
    const r = await run(repo.dir, { from: 'v1', format: 'json', requireApproval: true });
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.out) as DiffJson).approval?.findings ?? [];
    expect(findings.map((f) => [f.rule, f.severity])).toEqual(
      expect.arrayContaining([['diff/push-down', 'error'], ['diff/approved-unchanged', 'warning']]),
    );
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(1);

    repo.write(`${LIST}/adjustments/2025-002.yaml`, APPROVAL.replace('result: approved', 'result: rejected').replace(/filing:[\s\S]*$/, ''));
    const rejected = await run(repo.dir, { from: 'v1', format: 'json', requireApproval: true });
    expect((JSON.parse(rejected.out) as DiffJson).approval?.errors).toBe(4);
  });

  it('ignores records already in the older version', async () => {
    const repo = tempRepo();
    repo.write(`${LIST}/adjustments/2025-002.yaml`, APPROVAL);
    repo.commit('old record');
    repo.git('tag', 'v2');
    const r = await run(repo.dir, { from: 'v2', format: 'json', requireApproval: true });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as DiffJson).approval?.findings).toEqual([]);
  });

  it('counts a street moved into the main responsibility as a push-down', async () => {
    const repo = tempRepo();
    repo.write(matter('WH-001'), repo.read(matter('WH-001')).replace('primary: [区文化和旅游局]\n  supporting: [区公安分局, 各街道办事处（乡人民政府）]', 'primary: [区文化和旅游局, 各街道办事处（乡人民政府）]\n  supporting: [区公安分局]'));
    const r = await run(repo.dir, { from: 'v1', format: 'json', requireApproval: true });
    const findings = (JSON.parse(r.out) as DiffJson).approval?.findings ?? [];
    expect(findings.map((f) => f.rule)).toEqual(['diff/push-down']);
    expect(findings[0]?.message).toContain('主体责任');
  });
});

describe('refs are validated before git sees them', () => {
  it.each(['--output=x', 'v1;touch x', 'v1 x', 'v1..v2', '-x', 'a\u0007b', '$(touch x)', ''])('rejects %j with one line, exit 2, no file', async (ref) => {
    const repo = tempRepo();
    await expect(run(repo.dir, { from: ref })).rejects.toThrow(/^[^\n]+$/);
    expect(existsSync(join(repo.dir, 'x'))).toBe(false);
  });

  it('names an unknown ref and the tags there are', async () => {
    const repo = tempRepo();
    await expect(run(repo.dir, { from: 'v9' })).rejects.toThrow(/v9.*v1/);
  });

  it('says so when the list is not in a git repository', async () => {
    const { mkdtempSync, cpSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'dutylist-nogit-'));
    cpSync(join(__dirname, '..', 'fixtures', 'diff-base'), dir, { recursive: true });
    await expect(run(dir, { from: 'v1' })).rejects.toThrow(/不在 git 仓库中/);
  });

  it('needs --from or --old, not both', async () => {
    const repo = tempRepo();
    await expect(run(repo.dir, {})).rejects.toThrow(/--from/);
    await expect(run(repo.dir, { from: 'v1', old: 'x' })).rejects.toThrow(/--old/);
  });
});

describe('only changed files are parsed', () => {
  it('does not read a broken file that is the same in both versions, but reports one that changed', async () => {
    const repo = tempRepo();
    repo.write(matter('WH-009'), 'id: WH-009\nname: [unclosed\n');
    repo.commit('broken file');
    repo.git('tag', 'v2');
    applyFourChanges(repo);
    const quiet = await run(repo.dir, { from: 'v2', format: 'json' });
    expect(quiet.code).toBe(0);
    expect((JSON.parse(quiet.out) as DiffJson).changes).toHaveLength(4);

    repo.write(matter('WH-009'), 'id: WH-009\nname: [still unclosed\n');
    const loud = await run(repo.dir, { from: 'v2', format: 'json' });
    expect(loud.code).toBe(2);
    expect(loud.out).toBe('');
    expect(loud.err).toMatch(new RegExp(`${matter('WH-009')}:\\d+:\\d+  错误`));
  });
});
