// law add puts the text into the registry: named as the registry names files, with front matter
// from the flags or the answers when the text has none, checked by the registry, affected matters named.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lawCommand, type LawCommandOptions } from '../../src/commands/law.js';
import { checkList } from '../../src/check/run.js';
import { loadRegistry } from '../../src/laws/index.js';
import { fakeContext } from '../context.js';
import { copyLists, LIST } from './helpers.js';

const TEXT = (title: string) => `# ${title}\n\n2024年9月25日 湖北省第十四届人民代表大会常务委员会第十二次会议通过\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了促进旅游业发展，制定本条例。\n\n第二条 本省行政区域内的旅游活动适用本条例。\n`;

async function add(cwd: string, file: string, opts: LawCommandOptions = {}, answers?: string[]) {
  const c = fakeContext(cwd);
  if (answers) {
    const queue = [...answers];
    c.ctx.ask = async () => queue.shift() ?? '';
  }
  const code = await lawCommand('add', [file], opts, c.ctx);
  return { code, out: c.stdout(), err: c.stderr() };
}

const lawsOf = (cwd: string): string => join(cwd, 'lists', 'laws');

describe('law add', () => {
  it('copies a text with its own front matter into the registry, under 简称(版本日期).md, and check then resolves it', async () => {
    const cwd = copyLists();
    const file = join(cwd, '下载的文本.md');
    writeFileSync(file, `---\ntitle: 湖北省旅游条例\nlevel: 地方性法规\nversion: 2024-09-25\neffective: 2025-01-01\n---\n${TEXT('湖北省旅游条例')}`);
    const r = await add(cwd, file);
    expect(r.code).toBe(0);
    expect(existsSync(join(lawsOf(cwd), '湖北省旅游条例(2024-09-25).md'))).toBe(true);
    const registry = loadRegistry(lawsOf(cwd), { cacheDir: false });
    expect(registry.errors).toEqual([]);
    expect(registry.titles).toContain('湖北省旅游条例');
  });

  it('writes front matter from the flags for a text that has none', async () => {
    const cwd = copyLists();
    const file = join(cwd, 'new.md');
    writeFileSync(file, TEXT('湖北省旅游条例'));
    const r = await add(cwd, file, { title: '湖北省旅游条例', level: '地方性法规', date: '2024-09-25', effective: '2025-01-01', alias: ['湖北旅游条例'] });
    expect(r.code).toBe(0);
    const copied = readFileSync(join(lawsOf(cwd), '湖北省旅游条例(2024-09-25).md'), 'utf8');
    expect(copied).toMatch(/^---\ntitle: 湖北省旅游条例\nlevel: 地方性法规\naliases: \[湖北旅游条例\]\nversion: 2024-09-25\neffective: 2025-01-01\n---\n# 湖北省旅游条例\n/);
    const version = loadRegistry(lawsOf(cwd), { cacheDir: false }).instruments.find((i) => i.title === '湖北省旅游条例')?.versions[0];
    expect(version).toMatchObject({ level: '地方性法规', version: '2024-09-25', effective: '2025-01-01' });
  });

  it('asks on a terminal when the text has no front matter and no flags are given', async () => {
    const cwd = copyLists();
    const file = join(cwd, 'new.md');
    writeFileSync(file, TEXT('湖北省旅游条例'));
    const r = await add(cwd, file, {}, ['', '地方性法规', '2024-09-25', '2025-01-01']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(lawsOf(cwd), '湖北省旅游条例(2024-09-25).md'), 'utf8')).toMatch(/^---\ntitle: 湖北省旅游条例\nlevel: 地方性法规\nversion: 2024-09-25\neffective: 2025-01-01\n---\n/);
  });

  it('without a terminal asks nothing: a text that states no date is refused, nothing copied, the flags named', async () => {
    const cwd = copyLists();
    const file = join(cwd, 'new.md');
    writeFileSync(file, TEXT('湖北省旅游条例').replace(/2024年9月25日 /, ''));
    const before = readdirSync(lawsOf(cwd));
    const r = await add(cwd, file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--date');
    expect(readdirSync(lawsOf(cwd))).toEqual(before);
  });

  it('a new version names the matters whose cited articles it moves or changes', async () => {
    const cwd = copyLists();
    const older = readFileSync(join(lawsOf(cwd), '娱乐场所管理条例(2020-11-29).md'), 'utf8');
    // Article 23 reworded in a later version: every matter citing it is named.
    const newer = older.replace(/^version: .*$/m, 'version: 2030-01-01').replace(/^effective: .*$/m, 'effective: 2030-01-01').replace(/^第二十三条 .*$/m, '第二十三条 歌舞娱乐场所不得接纳未成年人，违者从重处罚。');
    const file = join(cwd, '娱乐场所管理条例(2030-01-01).md');
    writeFileSync(file, newer);
    const c = fakeContext(join(cwd, LIST));
    const code = await lawCommand('add', [file], {}, c.ctx);
    expect(code).toBe(0);
    expect(existsSync(join(lawsOf(cwd), '娱乐场所管理条例(2030-01-01).md'))).toBe(true);
    expect(c.stdout()).toMatch(/WH-\d{3}  第二十三条/);
  });

  it('a clash found by the registry (an alias already taken) undoes the copy', async () => {
    const cwd = copyLists();
    const file = join(cwd, 'new.md');
    writeFileSync(file, TEXT('湖北省旅游条例'));
    const r = await add(cwd, file, { title: '湖北省旅游条例', date: '2024-09-25', alias: ['旅游法'], level: '地方性法规' });
    expect(r.code).toBe(1);
    expect(existsSync(join(lawsOf(cwd), '湖北省旅游条例(2024-09-25).md'))).toBe(false);
    expect(checkList(LIST, { lang: 'zh', onDate: '2026-11-26', cwd }).diagnostics.filter((d) => d.rule.startsWith('law/'))).toEqual([]);
  });

  it('refuses a version the registry already holds, and flags on a text that has front matter', async () => {
    const cwd = copyLists();
    const r = await add(cwd, join(lawsOf(cwd), '娱乐场所管理条例(2020-11-29).md'));
    expect(r.code).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'dutylist-law-'));
    cpSync(join(lawsOf(cwd), '娱乐场所管理条例(2020-11-29).md'), join(dir, 'x.md'));
    await expect(add(cwd, join(dir, 'x.md'), { title: '娱乐场所管理条例' })).rejects.toThrow(/--title/);
  });
});
