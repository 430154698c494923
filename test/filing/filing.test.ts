// The filing package on the shipped list, as a new user would run it: every file in the manifest
// with its right hash, the same bytes twice (PDFs aside), refused for an unapproved record or a
// list with errors, built whole or not at all.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filingCommand, type FilingCommandOptions } from '../../src/commands/filing.js';
import { copyLists, fakeContext } from '../context.js';
import { hasSoffice, kinsokuBreaks, readPdf, smallestSize } from '../pdf.js';

const LIST = 'lists/huangpi-culture-tourism';
const RECORD = `${LIST}/adjustments/2025-001.yaml`;

async function runFiling(cwd: string, opts: FilingCommandOptions, id = '2025-001'): Promise<{ code: number; err: string }> {
  const c = fakeContext(cwd, { today: '2025-06-01' });
  const code = await filingCommand(id, LIST, opts, c.ctx);
  return { code, err: c.stderr() };
}

interface Manifest {
  adjustment: string;
  list: { version: string };
  filing: { number: string | null };
  files: { file: string; sha256: string; bytes: number }[];
}

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('filing 2025-001 on the shipped list', () => {
  it('lists every file of the package in the manifest with its hash', async () => {
    const repo = copyLists();
    const run = await runFiling(repo, { output: '备案/' });
    expect(run.code, run.err).toBe(0);
    const dir = join(repo, '备案');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.adjustment).toBe('2025-001');
    expect(manifest.list.version).toBe('2025.1');
    expect(manifest.filing.number).toBe('陂编办〔2025〕3号');
    expect(readdirSync(dir).filter((f) => f !== 'manifest.json').sort()).toEqual(manifest.files.map((f) => f.file).sort());
    for (const f of manifest.files) {
      expect(sha(join(dir, f.file)), f.file).toBe(f.sha256);
      expect(readFileSync(join(dir, f.file)).length).toBe(f.bytes);
    }
    const names = manifest.files.map((f) => f.file);
    for (const doc of ['1-调整申请表', '2-调整对照表', '3-合法性审查意见', '4-清单（2025.1）']) {
      expect(names).toContain(`${doc}.xlsx`);
      if (hasSoffice) expect(names).toContain(`${doc}.pdf`);
    }
    const index = readFileSync(join(dir, '备案材料清单.txt'), 'utf8');
    expect(index).toContain('陂编办〔2025〕3号');
    for (const f of manifest.files.filter((x) => x.file !== '备案材料清单.txt')) expect(index).toContain(f.sha256);
    // No temporary folder left beside it.
    expect(readdirSync(repo).filter((n) => n.startsWith('.'))).toEqual([]);

    if (hasSoffice) {
      for (const f of names.filter((n) => n.endsWith('.pdf'))) {
        const pdf = readPdf(join(dir, f));
        pdf.pages.forEach((p, i) => expect(smallestSize(p), `${f} page ${i + 1}`).toBeGreaterThanOrEqual(10));
        expect(kinsokuBreaks(pdf.pages), f).toEqual([]);
      }
      const comparison = readPdf(join(dir, '2-调整对照表.pdf'));
      expect(comparison.texts.join('')).toContain('第十七条');
      expect(comparison.texts.join('')).toContain('第二十八条');
    }
  }, 240_000);

  it('gives the same bytes twice without PDFs, and replaces an earlier package', async () => {
    const repo = copyLists();
    expect((await runFiling(repo, { output: 'a', pdf: false })).code).toBe(0);
    expect((await runFiling(repo, { output: 'b', pdf: false })).code).toBe(0);
    const files = readdirSync(join(repo, 'a')).sort();
    expect(files).toEqual(readdirSync(join(repo, 'b')).sort());
    for (const f of files) expect(readFileSync(join(repo, 'a', f)).equals(readFileSync(join(repo, 'b', f))), f).toBe(true);
    writeFileSync(join(repo, 'a', 'stale.txt'), 'x');
    expect((await runFiling(repo, { output: 'a', pdf: false })).code).toBe(0);
    expect(readdirSync(join(repo, 'a')).sort()).toEqual(files);
  }, 120_000);
});

describe('filing refuses', () => {
  it('an adjustment the joint conference has not approved, in one line, writing nothing', async () => {
    const repo = copyLists();
    const path = join(repo, RECORD);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/decision:\n(?: {2}.*\n)+/, '').replace(/filing:\n(?: {2}.*\n)+/, ''));
    const run = await runFiling(repo, { output: '备案' });
    expect(run.code).toBe(1);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toMatch(/调整申请 2025-001 尚无联席会议决定，不能报备案/);
    expect(existsSync(join(repo, '备案'))).toBe(false);

    writeFileSync(path, `${readFileSync(path, 'utf8')}decision:\n  result: rejected\n  date: 2025-03-21\n`);
    const rejected = await runFiling(repo, { output: '备案' });
    expect(rejected.code).toBe(1);
    expect(rejected.err).toMatch(/未获联席会议同意（2025-03-21）/);
  }, 60_000);

  it('a new version that does not pass check', async () => {
    const repo = copyLists();
    const path = join(repo, LIST, 'matters', 'WH-001.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('primary: [区文化和旅游局]', 'primary: [区文化旅游局]'));
    const run = await runFiling(repo, { output: '备案' });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/新版本有 \d+ 个错误，未生成备案材料/);
    expect(existsSync(join(repo, '备案'))).toBe(false);
  }, 60_000);

  it('an unknown adjustment, a record without what it changed from, and a folder that is not a package', async () => {
    const repo = copyLists();
    await expect(runFiling(repo, { output: '备案' }, '2099-001')).rejects.toThrow(/找不到调整申请 2099-001.*2025-001/);

    mkdirSync(join(repo, '别的'));
    writeFileSync(join(repo, '别的', '通知.docx'), 'x');
    await expect(runFiling(repo, { output: '别的', pdf: false })).rejects.toThrow(/不是备案材料文件夹/);
    expect(readdirSync(join(repo, '别的'))).toEqual(['通知.docx']);

    const path = join(repo, RECORD);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/ {4}before:\n {6}basis:\n {8}- .*第十七条.*\n/, ''));
    await expect(runFiling(repo, { output: '备案', pdf: false })).rejects.toThrow(/WH-023 没有写明调整前的内容.*--from/);
  }, 60_000);
});

describe('check on an adjustment with before', () => {
  it('accepts the shipped record and warns about a before part that is not a changed part', async () => {
    const { checkList } = await import('../../src/check/run.js');
    const repo = copyLists();
    const clean = checkList(LIST, { lang: 'zh', onDate: '2025-06-01', cwd: repo });
    expect(clean.diagnostics.filter((d) => d.file.includes('adjustments/'))).toEqual([]);
    const path = join(repo, RECORD);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/( {4}before:\n {6}basis:\n {8}- .*第十七条.*\n)/, '$1      name: 旧名称\n'));
    const found = checkList(LIST, { lang: 'zh', onDate: '2025-06-01', cwd: repo }).diagnostics.filter((d) => d.file.includes('adjustments/'));
    expect(found.map((d) => `${d.severity} ${d.rule} ${d.line}`)).toEqual(['warning adjustment/before-parts 16']);
    expect(found[0]?.message).toMatch(/WH-023.*：name/);
  });
});
