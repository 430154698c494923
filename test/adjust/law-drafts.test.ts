// A law revision → the draft adjustment: `law add` of a renumbered version writes
// adjustments/DRAFT-<law>-<date>.yaml naming exactly the affected matters with their new article
// numbers; check takes it as a draft and diff --require-approval never counts it; once the office
// approves it, fmt --fix applies it and both pass.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkList } from '../../src/check/run.js';
import { diffCommand } from '../../src/commands/diff.js';
import { fmtCommand } from '../../src/commands/fmt.js';
import { lawCommand } from '../../src/commands/law.js';
import { parseChineseNumeral, toChineseNumeral } from '../../src/laws/index.js';
import type { Adjustment } from '../../src/types.js';
import { copyLists, fakeContext, repoRoot } from '../context.js';

const LIST = 'lists/huangpi-culture-tourism';
const OLD = '娱乐场所管理条例(2020-11-29).md';
const DRAFT = 'DRAFT-娱乐场所管理条例-2026-10-01';
const TODAY = '2026-12-02';

/** The 2020 text with a new 第十一条 (later articles one up) and 第三条 reworded. */
function revision(older: string): string {
  return older
    .replace(/^version: .*$/m, 'version: 2026-10-01')
    .replace(/^effective: .*$/m, 'effective: 2026-10-01')
    .split('\n')
    .map((line) => {
      const m = /^第([零〇一二两三四五六七八九十百千]+)条 (.*)$/.exec(line);
      const n = m?.[1] ? parseChineseNumeral(m[1]) : undefined;
      if (!m || n === undefined) return line;
      if (n === 3) return '第三条 县级以上人民政府文化和旅游主管部门负责对娱乐场所日常经营活动的监督管理；县级以上公安机关负责对娱乐场所治安状况的监督管理；消防救援机构负责对娱乐场所消防安全的监督管理。';
      if (n === 10) return `${line}\n\n第十一条 娱乐场所应当建立健全安全管理制度，明确安全管理责任人，定期开展安全检查和应急演练。`;
      return n > 10 ? `第${toChineseNumeral(n + 1)}条 ${m[2]}` : line;
    })
    .join('\n');
}

async function addRevision(): Promise<{ cwd: string; old: string; out: string }> {
  const cwd = copyLists();
  const old = copyLists();
  const file = join(cwd, '娱乐场所管理条例(2026-10-01).md');
  writeFileSync(file, revision(readFileSync(join(cwd, 'lists', 'laws', OLD), 'utf8')));
  const c = fakeContext(join(cwd, LIST), { today: TODAY });
  expect(await lawCommand('add', [file], {}, c.ctx)).toBe(0);
  return { cwd, old, out: c.stdout() };
}

const draftPath = (cwd: string): string => join(cwd, LIST, 'adjustments', `${DRAFT}.yaml`);
const readDraft = (cwd: string): Adjustment => parse(readFileSync(draftPath(cwd), 'utf8')) as Adjustment;

async function diff(cwd: string, old: string, today = TODAY) {
  const c = fakeContext(cwd, { today });
  const code = await diffCommand(LIST, { old: join(old, LIST), requireApproval: true, format: 'json' }, c.ctx);
  return { code, doc: JSON.parse(c.stdout()) as { approval: { findings: { rule: string; message: string; hint?: string }[] } } };
}

/** What the office does: reviews the draft, deletes status: draft, records review and decision. */
function approve(cwd: string): void {
  const text = readFileSync(draftPath(cwd), 'utf8').replace(/^status: draft\n/m, '');
  writeFileSync(draftPath(cwd), `${text}legal_review:\n  unit: 区司法局\n  date: 2026-12-05\ndecision:\n  result: approved\n  date: 2026-12-10\n`);
}

describe('law add of a renumbered version drafts the adjustment', () => {
  it('names exactly the matters citing moved or reworded articles, with the new numbers', async () => {
    const { cwd, out } = await addRevision();
    expect(out).toContain(`adjustments/${DRAFT}.yaml`);
    const draft = readDraft(cwd);
    expect(draft).toMatchObject({ id: DRAFT, status: 'draft', applicant: '区文化和旅游局', date: TODAY });
    expect(draft.reason).toContain('《娱乐场所管理条例》2026年10月1日版自2026年10月1日起施行');
    expect(draft.items.map((i) => i.matter)).toEqual(['WH-001', 'WH-002', 'WH-003', 'WH-004', 'WH-005', 'WH-006']);
    for (const item of draft.items) expect(item).toMatchObject({ action: 'modify', parts: ['basis'] });
    const byMatter = Object.fromEntries(draft.items.map((i) => [i.matter, i.citations]));
    expect(byMatter['WH-003']).toEqual([{ from: '《娱乐场所管理条例》第二十三条、第四十八条第三项', to: '《娱乐场所管理条例》第二十四条、第四十九条第三项' }]);
    expect(byMatter['WH-002']).toEqual([{ from: '《娱乐场所管理条例》第九条第一款、第四十一条', to: '《娱乐场所管理条例》第九条第一款、第四十二条' }]);
    expect(byMatter['WH-006']?.[0]?.to).toBe('《娱乐场所管理条例》第二十一条、第二十二条、第五十五条第一款');
    // 第三条 keeps its number but not its words: flagged for a person.
    expect(byMatter['WH-001']?.[0]).toMatchObject({ to: '《娱乐场所管理条例》第三条、第三十三条、第三十七条、第三十八条', review: expect.stringContaining('第三条文字有修改') });
  });

  it('a removed article leaves the new text to a person, and an approved record without it is an error', async () => {
    const cwd = copyLists();
    const older = readFileSync(join(cwd, 'lists', 'laws', OLD), 'utf8');
    const removed = older.replace(/^version: .*$/m, 'version: 2026-10-01').replace(/^effective: .*$/m, 'effective: 2026-10-01').replace(/^第四十一条 .*\n\n/m, '');
    const file = join(cwd, 'new.md');
    writeFileSync(file, removed);
    const c = fakeContext(join(cwd, LIST), { today: TODAY });
    expect(await lawCommand('add', [file], {}, c.ctx)).toBe(0);
    const wh002 = readDraft(cwd).items.find((i) => i.matter === 'WH-002');
    expect(wh002?.citations?.[0]).toEqual({ from: '《娱乐场所管理条例》第九条第一款、第四十一条', review: expect.stringContaining('第四十一条在新版本中已删除') });
    approve(cwd);
    const rules = checkList(LIST, { lang: 'zh', onDate: '2026-12-11', cwd }).diagnostics.map((d) => d.rule);
    expect(rules).toContain('adjustment/citation-open');
  });

  it('check accepts the draft as a draft: a warning, never an error, on the record', async () => {
    const { cwd } = await addRevision();
    const checked = checkList(LIST, { lang: 'zh', onDate: TODAY, cwd });
    const onDraft = checked.diagnostics.filter((d) => d.file.includes(DRAFT));
    expect(onDraft.map((d) => [d.rule, d.severity])).toEqual([['adjustment/draft', 'warning']]);
    expect(onDraft[0]?.message).toContain('6 处依据变更，其中 1 处需要人工核对');
    // The matters' own findings point at the draft rather than asking for a new record.
    const moved = checked.diagnostics.filter((d) => d.rule === 'citation/renumbered');
    expect(moved.length).toBeGreaterThan(0);
    for (const d of moved) expect(d.hint).toContain(`调整申请草稿 ${DRAFT}`);
  });

  it('diff --require-approval does not count the draft, even when the matters were changed by hand', async () => {
    const { cwd, old } = await addRevision();
    const wh003 = join(cwd, LIST, 'matters', 'WH-003.yaml');
    writeFileSync(wh003, readFileSync(wh003, 'utf8').replace('第二十三条、第四十八条第三项', '第二十四条、第四十九条第三项'));
    const { code, doc } = await diff(cwd, old);
    expect(code).toBe(1);
    expect(doc.approval.findings.map((f) => f.rule)).toEqual(['diff/unapproved']);
    expect(doc.approval.findings[0]?.message).toContain('WH-003');
    expect(doc.approval.findings[0]?.hint).toContain(`调整申请 ${DRAFT} 还是 dutylist 起草的草稿`);
  });

  it('a draft carrying a decision is refused as approved', async () => {
    const { cwd } = await addRevision();
    writeFileSync(draftPath(cwd), `${readFileSync(draftPath(cwd), 'utf8')}decision:\n  result: approved\n  date: 2026-12-10\n`);
    const rules = checkList(LIST, { lang: 'zh', onDate: '2026-12-11', cwd }).diagnostics.filter((d) => d.file.includes(DRAFT)).map((d) => d.rule);
    expect(rules).toEqual(['adjustment/draft', 'adjustment/draft-decided']);
  });

  it('fmt --fix leaves a draft\'s citations alone until it is approved', async () => {
    const { cwd } = await addRevision();
    const before = readFileSync(join(cwd, LIST, 'matters', 'WH-003.yaml'), 'utf8');
    await fmtCommand(LIST, { fix: true }, fakeContext(cwd, { today: TODAY }).ctx);
    expect(readFileSync(join(cwd, LIST, 'matters', 'WH-003.yaml'), 'utf8')).toBe(before);
  });

  it('approved → check names what fmt --fix must apply; after fmt --fix check is clean and diff --require-approval passes', async () => {
    const { cwd, old } = await addRevision();
    approve(cwd);
    const today = '2026-12-11';
    const pending = checkList(LIST, { lang: 'zh', onDate: today, cwd }).diagnostics.filter((d) => d.rule === 'adjustment/citation-pending');
    expect(pending).toHaveLength(6);
    expect(await fmtCommand(LIST, { fix: true }, fakeContext(cwd, { today }).ctx)).toBe(0);
    expect(readFileSync(join(cwd, LIST, 'matters', 'WH-003.yaml'), 'utf8')).toContain('《娱乐场所管理条例》第二十四条、第四十九条第三项');
    const after = checkList(LIST, { lang: 'zh', onDate: today, cwd }).diagnostics;
    expect(after.filter((d) => d.severity === 'error')).toEqual([]);
    // Nothing left but the warnings the shipped list has anyway.
    const shipped = checkList(LIST, { lang: 'zh', onDate: today, cwd: old }).diagnostics;
    expect(after.map((d) => `${d.file.split('/').pop()} ${d.rule}`)).toEqual(shipped.map((d) => `${d.file.split('/').pop()} ${d.rule}`));
    const { code, doc } = await diff(cwd, old, today);
    expect(doc.approval.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('law drafts regenerates a draft, keeps a reviewed one, and says when there is nothing to draft', async () => {
    const { cwd } = await addRevision();
    const run = async () => {
      const c = fakeContext(join(cwd, LIST), { today: TODAY });
      const code = await lawCommand('drafts', [], {}, c.ctx);
      return { code, out: c.stdout() };
    };
    expect((await run()).out).toContain('已是最新');
    // Reviewed (status: draft deleted) but not yet decided: still needed, never overwritten.
    const reviewed = readFileSync(draftPath(cwd), 'utf8').replace(/^status: draft\n/m, '').replace('date: 2026-12-02', 'date: 2026-12-03');
    writeFileSync(draftPath(cwd), reviewed);
    expect((await run()).out).toContain('已经核对');
    expect(readFileSync(draftPath(cwd), 'utf8')).toBe(reviewed);

    const shipped = copyLists();
    const c = fakeContext(join(shipped, LIST), { today: TODAY });
    expect(await lawCommand('drafts', [], {}, c.ctx)).toBe(0);
    expect(c.stdout()).toContain('没有引用旧版本法规');
    expect(existsSync(join(shipped, LIST, 'adjustments', `${DRAFT}.yaml`))).toBe(false);
  });

  it('the draft is already in fmt\'s canonical form and fits the schema', async () => {
    const { cwd } = await addRevision();
    const c = fakeContext(cwd, { today: TODAY });
    await fmtCommand(LIST, { check: true }, c.ctx);
    expect(c.stdout()).not.toContain(DRAFT);
    // No schema/ beside this copy of lists/: no modeline pointing nowhere.
    expect(readFileSync(draftPath(cwd), 'utf8')).toMatch(/^id: /);
  });

  it('carries the editor modeline of the repository\'s schema', async () => {
    const cwd = copyLists();
    cpSync(join(repoRoot, 'schema'), join(cwd, 'schema'), { recursive: true });
    const file = join(cwd, 'new.md');
    writeFileSync(file, revision(readFileSync(join(cwd, 'lists', 'laws', OLD), 'utf8')));
    expect(await lawCommand('add', [file], {}, fakeContext(join(cwd, LIST), { today: TODAY }).ctx)).toBe(0);
    expect(readFileSync(draftPath(cwd), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/schema\/adjustment\.schema\.json\nid: /);
  });
});
