// The acceptance list of the foundation issue, tried on a copy of the shipped list.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, dutylist, root, shippedList } from './cli.js';

interface Diag { file: string; line: number; column: number; rule: string; severity: string; message: string; hint?: string }

function tempList(): string {
  const top = copyToTemp(join(root, 'lists'), 'lists');
  return join(top, 'huangpi-culture-tourism');
}

function edit(list: string, id: string, change: (text: string) => string): string {
  const file = join(list, 'matters', `${id}.yaml`);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
  return after;
}

function checkJson(list: string, extra: string[] = []): { code: number | null; diags: Diag[] } {
  const run = dutylist(['check', list, '--format', 'json', ...extra]);
  return { code: run.code, diags: (JSON.parse(run.stdout) as { diagnostics: Diag[] }).diagnostics };
}

/** 1-based line and column of the first occurrence of `needle`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

describe('check on the shipped list', () => {
  it('passes with no errors today', () => {
    const run = dutylist(['check', shippedList]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/25 个事项文件/);
  });

  it('finds the only list under lists/ when no folder is given', () => {
    const run = dutylist(['check', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ matters: 25, errors: 0 });
  });

  it('an article beyond the end of the law: exit 1, at the citation, naming the article count', () => {
    const list = tempList();
    const text = edit(list, 'WH-003', (t) => t.replace('第二十三条、第四十八条第三项', '第二十三条、第九十八条'));
    const { code, diags } = checkJson(list);
    expect(code).toBe(1);
    const d = diags.find((x) => x.rule === 'citation/article-missing');
    expect(d).toMatchObject({ file: expect.stringMatching(/WH-003\.yaml$/), ...positionOf(text, '第九十八条') });
    expect(d?.message).toMatch(/58/);
  });

  it('an item that does not exist: exit 1 at the citation', () => {
    const list = tempList();
    const text = edit(list, 'WH-003', (t) => t.replace('第四十八条第三项', '第四十八条第九项'));
    const { code, diags } = checkJson(list);
    expect(code).toBe(1);
    const d = diags.find((x) => x.rule === 'citation/item-missing');
    expect(d).toMatchObject(positionOf(text, '第四十八条第九项'));
  });

  it('a removed 配合责任: exit 1 on that file', () => {
    const list = tempList();
    edit(list, 'WH-004', (t) => t.replace(/\n  supporting: .*\n/, '\n'));
    const { code, diags } = checkJson(list);
    expect(code).toBe(1);
    expect(diags.map((d) => [d.file.split('/').pop(), d.rule])).toContainEqual(['WH-004.yaml', 'schema']);
  });

  it('a penalty among street duties is an error', () => {
    const list = tempList();
    const text = edit(list, 'WH-001', (t) => t.replace('street:\n  duties:\n', 'street:\n  duties:\n    - 对违法经营者处以罚款\n'));
    const { code, diags } = checkJson(list);
    expect(code).toBe(1);
    expect(diags.find((d) => d.rule === 'split/street-enforcement')).toMatchObject({ line: positionOf(text, '对违法经营者').line });
  });

  it('a misspelt unit is an error with the right name suggested', () => {
    const list = tempList();
    edit(list, 'WH-001', (t) => t.replace('primary: [区文化和旅游局]', 'primary: [区文化和旅游馆]'));
    const { code, diags } = checkJson(list);
    expect(code).toBe(1);
    expect(diags.find((d) => d.rule === 'unit/unknown')?.hint).toMatch(/区文化和旅游局/);
  });

  it('a duplicated key is reported at the second occurrence', () => {
    const list = tempList();
    const text = edit(list, 'WH-002', (t) => t.replace(/\nname: /, '\ntype: 演出\nname: '));
    const { code, diags } = checkJson(list);
    expect(code).toBe(1);
    const second = positionOf(text, '\ntype: 演出');
    expect(diags.find((d) => d.rule === 'yaml/duplicate-key')).toMatchObject({ line: second.line + 1, column: 1 });
  });

  it('stylish output points at file:line:col, in English with --lang en, without colour under NO_COLOR', () => {
    const list = tempList();
    edit(list, 'WH-003', (t) => t.replace('第四十八条第三项', '第四十八条第九项'));
    const zh = dutylist(['check', list]);
    expect(zh.stdout).toMatch(/matters\/WH-003\.yaml:\d+:\d+ {2}错误 {2}/);
    expect(zh.stdout).not.toMatch(/\u001b\[/);
    const en = dutylist(['check', list, '--lang', 'en']);
    expect(en.stdout).toMatch(/WH-003\.yaml:\d+:\d+ {2}error {2}/);
    const coloured = dutylist(['check', list], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\u001b\[/);
    const off = dutylist(['check', list, '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(off.stdout).not.toMatch(/\u001b\[/);
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const list = tempList();
    const out = join(list, '..', 'report.json');
    const run = dutylist(['check', list, '--format', 'json', '--output', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ errors: 0 });
    rmSync(out);
  });

  it('--max-warnings 0 fails on a warning', () => {
    const list = tempList();
    edit(list, 'WH-001', (t) => t.replace('street:\n  duties:\n', 'street:\n  duties:\n    - 配合做好相关工作。\n'));
    expect(dutylist(['check', list]).code).toBe(0);
    expect(dutylist(['check', list, '--max-warnings', '0']).code).toBe(1);
  });

  it('machine formats point at the bad citation: github annotation, SARIF region, JUnit failure', () => {
    const list = tempList();
    const text = edit(list, 'WH-003', (t) => t.replace('第四十八条第三项', '第四十八条第九项'));
    const { line } = positionOf(text, '第四十八条第九项');
    const gh = dutylist(['check', list, '--format', 'github']);
    expect(gh.code).toBe(1);
    expect(gh.stdout).toMatch(new RegExp(`^::error file=[^,]*WH-003\\.yaml,line=${line},col=\\d+`, 'm'));
    const sarif = JSON.parse(dutylist(['check', list, '--format', 'sarif']).stdout) as { runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.region.startLine).toBe(line);
    const junit = dutylist(['check', list, '--format', 'junit']);
    expect(junit.stdout).toMatch(/<failure [^>]*type="citation\/item-missing"/);
  });

  it('writes the job summary when GITHUB_STEP_SUMMARY is set', () => {
    const list = tempList();
    const summary = join(list, '..', 'summary.md');
    writeFileSync(summary, '');
    dutylist(['check', list, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, 'utf8')).toMatch(/^### /);
  });

  it.skipIf(process.platform === 'win32')('a GITHUB_STEP_SUMMARY that is a FIFO is skipped in one line, without blocking', () => {
    const list = tempList();
    const summary = join(list, '..', 'summary.fifo');
    expect(spawnSync('mkfifo', [summary]).status).toBe(0);
    const run = dutylist(['check', list, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`无法写入 GITHUB_STEP_SUMMARY 文件 ${summary}，已跳过摘要。`);
  });

  it('a 2023 list citing 文物保护法 第十七条: renumbered to 第二十八条 after 2025-03-01, fine before', () => {
    const list = tempList();
    const manifest = join(list, 'list.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^effective: .*$/m, 'effective: 2023-06-01'));
    rmSync(join(list, 'adjustments'), { recursive: true });
    const text = edit(list, 'WH-023', (t) => t.replace(/《中华人民共和国文物保护法》第二十八条、第八十三条第一款第一项/, '《中华人民共和国文物保护法》第十七条'));
    const after = checkJson(list, ['--on', '2026-11-26']);
    const renumbered = after.diags.find((d) => d.rule === 'citation/renumbered' && d.file.endsWith('WH-023.yaml'));
    expect(renumbered).toMatchObject({ severity: 'error', ...positionOf(text, '第十七条') });
    expect(renumbered?.message).toMatch(/第二十八条/);
    expect(after.code).toBe(1);
    const before = checkJson(list, ['--on', '2024-12-31']);
    // The edit drops the penalty article too, which citation/penalty-basis rightly says; nothing else.
    expect(before.diags.filter((d) => d.file.endsWith('WH-023.yaml')).map((d) => d.rule)).toEqual(['citation/penalty-basis']);

    // fmt --fix moves the number; an approved adjustment dated after the revision makes it stick.
    expect(dutylist(['fmt', list, '--fix']).code).toBe(0);
    const fixed = readFileSync(join(list, 'matters', 'WH-023.yaml'), 'utf8');
    expect(fixed).toContain('《中华人民共和国文物保护法》第二十八条');
    expect(fixed).not.toMatch(/^  - 《中华人民共和国文物保护法》第十七条/m);
  });

  it('a law text that cannot be parsed is reported against its file', () => {
    const top = copyToTemp(join(root, 'lists'), 'lists');
    writeFileSync(join(top, 'laws', '坏文件(2020-01-01).md'), '# 坏文件\n\n没有条文。\n');
    const { code, diags } = checkJson(join(top, 'huangpi-culture-tourism'));
    expect(code).toBe(1);
    expect(diags).toContainEqual(expect.objectContaining({ rule: 'law/no-articles', file: expect.stringMatching(/坏文件\(2020-01-01\)\.md$/) }));
  });

  it('help is Chinese by default and English with --lang en', () => {
    const zh = dutylist(['check', '--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/示例/);
    const en = dutylist(['check', '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/Examples/);
  });
});
