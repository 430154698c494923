// The legality-review pack and its way back: written twice to the same bytes, filled by a reviewer
// (rows moved, a note added, re-saved by LibreOffice), read into reviews/<date>.yaml that check
// accepts; a matter changed after it passed → review/changed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parse as load } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkList } from '../../src/check/run.js';
import type { Matter, ReviewRecord } from '../../src/types.js';
import { copyLists } from '../context.js';
import { hasSoffice } from '../pdf.js';
import { fillPack, LIST, resaveWithLibreOffice, runReview, tempDir, TODAY } from './helpers.js';

const FILLING = {
  'WH-001': { conclusion: '合法', opinion: '职责与所引条文一致。' },
  'WH-002': { conclusion: '需修改', opinion: '街道职责中的“依法取缔”超出街道权限，建议删去。' },
  'WH-003': { conclusion: ' 合法 ' },
};

describe('review -o', () => {
  it('gives the same bytes on every run', async () => {
    const dir = tempDir();
    const repo = copyLists();
    expect((await runReview(repo, { output: join(dir, 'a.xlsx') })).code).toBe(0);
    expect((await runReview(repo, { output: join(dir, 'b.xlsx') })).code).toBe(0);
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
    // One drop-down over the whole 审查结论 column of the table.
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'a.xlsx')));
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    const validations = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g)];
    expect(validations.map((v) => v[2])).toEqual(['&quot;合法,需修改,不合法&quot;']);
    const last = Math.max(...[...sheet.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
    expect(validations[0]?.[1]).toMatch(new RegExp(`^H\\d+:H${last}$`));
  }, 60_000);

  it('refuses an output that is not a workbook or a PDF, and both -o and --record', async () => {
    const repo = copyLists();
    await expect(runReview(repo, { output: 'x.docx' })).rejects.toThrow(/\.xlsx 或 \.pdf/);
    await expect(runReview(repo, { output: 'x.xlsx', record: 'y.xlsx' })).rejects.toThrow(/只能选一个/);
    await expect(runReview(repo, {})).rejects.toThrow(/-o/);
  });
});

describe('review --record', () => {
  it('reads a filled pack into a record check accepts, and check warns once a passed matter changes', async () => {
    const repo = copyLists();
    const dir = tempDir();
    const pack = join(dir, 'pack.xlsx');
    expect((await runReview(repo, { output: pack })).code).toBe(0);
    const filled = join(dir, '已审查.xlsx');
    await fillPack(pack, filled, FILLING);

    const run = await runReview(repo, { record: filled, date: '2025-06-10', reviewer: '区司法局' });
    expect(run.err).toMatch(/已写入 .*reviews\/2025-06-10\.yaml：3 个事项（合法 2 个，需修改 1 个，不合法 0 个）；22 个事项未填写审查结论/);
    expect(run.code).toBe(0);
    const file = join(repo, LIST, 'reviews', '2025-06-10.yaml');
    const record = load(readFileSync(file, 'utf8')) as ReviewRecord;
    expect(record.entries.map((e) => [e.matter, e.conclusion, e.opinion ?? ''])).toEqual([
      ['WH-001', '合法', FILLING['WH-001'].opinion],
      ['WH-002', '需修改', FILLING['WH-002'].opinion],
      ['WH-003', '合法', ''],
    ]);
    expect(record.entries.every((e) => /^sha256:[0-9a-f]{64}$/.test(e.hash) && e.reviewer === '区司法局' && e.date === '2025-06-10')).toBe(true);
    expect(record.list_version).toBe('2025.1');

    const clean = checkList(LIST, { lang: 'zh', onDate: TODAY, cwd: repo });
    expect(clean.diagnostics.filter((d) => d.file.includes('reviews/') || d.rule.startsWith('review/'))).toEqual([]);

    // A duty of a passed matter changed; the matter that needs revision changed too (no warning).
    for (const id of ['WH-001', 'WH-002']) {
      const path = join(repo, LIST, 'matters', `${id}.yaml`);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/(street:\n {2}duties:\n {4}- )/, '$1每月'));
    }
    const changed = checkList(LIST, { lang: 'zh', onDate: TODAY, cwd: repo });
    const warnings = changed.diagnostics.filter((d) => d.rule === 'review/changed');
    expect(warnings.map((d) => [d.file, d.severity])).toEqual([[`${LIST}/matters/WH-001.yaml`, 'warning']]);
    expect(warnings[0]?.message).toContain('2025-06-10');
    expect(warnings[0]?.hint).toContain('dutylist review');
  }, 120_000);

  it('refuses a conclusion that is not one of the three, saying where', async () => {
    const repo = copyLists();
    const dir = tempDir();
    const pack = join(dir, 'pack.xlsx');
    await runReview(repo, { output: pack });
    const filled = join(dir, 'filled.xlsx');
    await fillPack(pack, filled, { 'WH-004': { conclusion: '基本合法' } });
    const run = await runReview(repo, { record: filled, date: '2025-06-10' });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/第 \d+ 行（WH-004）：审查结论“基本合法”不是/);
    expect(existsSync(join(repo, LIST, 'reviews'))).toBe(false);
  }, 60_000);

  it('says so when nothing was filled in', async () => {
    const repo = copyLists();
    const dir = tempDir();
    const pack = join(dir, 'pack.xlsx');
    await runReview(repo, { output: pack });
    const run = await runReview(repo, { record: pack });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/没有填写任何审查结论/);
  }, 60_000);

  it.skipIf(!hasSoffice)('reads a copy re-saved by LibreOffice', async () => {
    const repo = copyLists();
    const dir = tempDir();
    const pack = join(dir, 'pack.xlsx');
    await runReview(repo, { output: pack });
    const filled = join(dir, 'filled.xlsx');
    await fillPack(pack, filled, FILLING);
    const resaved = resaveWithLibreOffice(filled);
    const run = await runReview(repo, { record: resaved, date: '2025-06-11' });
    expect(run.err).not.toMatch(/校验码/);
    expect(run.code).toBe(0);
    const record = load(readFileSync(join(repo, LIST, 'reviews', '2025-06-11.yaml'), 'utf8')) as ReviewRecord;
    expect(record.entries.map((e) => e.matter)).toEqual(['WH-001', 'WH-002', 'WH-003']);
    const checked = checkList(LIST, { lang: 'zh', onDate: TODAY, cwd: repo });
    expect(checked.diagnostics.filter((d) => d.rule.startsWith('review/') || d.file.includes('reviews/'))).toEqual([]);
  }, 180_000);
});

describe('check on review records', () => {
  it('reports a record that does not fit the schema, a wrong file name and an unknown matter', () => {
    const repo = copyLists();
    const dir = join(repo, LIST, 'reviews');
    mkdirSync(dir);
    const hash = `sha256:${'0'.repeat(64)}`;
    writeFileSync(join(dir, '2025-06-10.yaml'), `date: 2025-06-09\nunit: 区司法局\nentries:\n  - matter: WH-099\n    hash: ${hash}\n    conclusion: 合法\n    reviewer: 区司法局\n    date: 2025-06-10\n`);
    writeFileSync(join(dir, '2025-06-11.yaml'), `date: 2025-06-11\nunit: 区司法局\nentries:\n  - matter: WH-001\n    hash: ${hash}\n    conclusion: 通过\n    reviewer: 区司法局\n    date: 2025-06-11\n`);
    const checked = checkList(LIST, { lang: 'zh', onDate: TODAY, cwd: repo });
    const found = checked.diagnostics.filter((d) => d.file.includes('reviews/')).map((d) => `${d.file.split('/').pop()}:${d.line} ${d.severity} ${d.rule}`);
    expect(found).toEqual(['2025-06-10.yaml:1 error review/date-filename', '2025-06-10.yaml:4 warning review/unknown-matter', '2025-06-11.yaml:6 error schema']);
  });

  it('the content hash ignores formatting and order, not wording', async () => {
    const { matterHash } = await import('../../src/review/hash.js');
    const m = { id: 'WH-001', type: '文化市场', name: '甲', district: [{ unit: '区文化和旅游局', duties: ['检查。'] }], street: { duties: ['巡查。'] }, basis: ['《娱乐场所管理条例》第三条'], responsibility: { primary: ['区文化和旅游局'], supporting: ['各街道办事处（乡人民政府）'] } };
    const reordered = { responsibility: m.responsibility, basis: m.basis, street: m.street, district: m.district, name: m.name, type: m.type, id: m.id };
    expect(matterHash(reordered)).toBe(matterHash(m));
    expect(matterHash({ ...m, street: { duties: ['巡查，'] } })).not.toBe(matterHash(m));
  });
});

describe('review/changed with the per-file result cache', () => {
  it('a review record added after a check is seen by the next one (reviews are in the cache key)', async () => {
    const { matterHash } = await import('../../src/review/hash.js');
    const repo = copyLists();
    const cacheDir = mkdtempSync(join(tmpdir(), 'dutylist-cache-'));
    const run = () => checkList(LIST, { lang: 'zh', onDate: TODAY, cwd: repo, cacheDir }).diagnostics.filter((d) => d.rule === 'review/changed');
    const before = checkList(LIST, { lang: 'zh', onDate: TODAY, cwd: repo, cacheDir }).matters.find((m) => m.matter.id === 'WH-001');
    const hash = matterHash(before?.matter as Matter);
    const path = join(repo, LIST, 'matters', 'WH-001.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/(street:\n {2}duties:\n {4}- )/, '$1每月'));
    expect(run()).toEqual([]);
    mkdirSync(join(repo, LIST, 'reviews'));
    writeFileSync(join(repo, LIST, 'reviews', '2025-06-10.yaml'), `date: 2025-06-10\nunit: 区司法局\nentries:\n  - matter: WH-001\n    hash: ${hash}\n    conclusion: 合法\n    reviewer: 区司法局\n    date: 2025-06-10\n`);
    expect(run().map((d) => d.file)).toEqual([`${LIST}/matters/WH-001.yaml`]);
  }, 60_000);
});
