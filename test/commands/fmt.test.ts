import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/commands/check.js';
import { fmtCommand } from '../../src/commands/fmt.js';
import { formatYaml } from '../../src/fmt/format.js';
import { copyLists, fakeContext, LIST } from './helpers.js';

const identity = (s: string): string => s;

const MESSY = `# yaml-language-server: $schema=../../../schema/matter.schema.json
# 说明：这条注释必须保留
name: "娱乐场所日常经营活动的监督管理"   # 行尾注释
id: 'WH-001'
responsibility:
  supporting: [ 区公安分局, 各街道办事处（乡人民政府） ]
  # 主体责任注释
  primary:
    - 区文化和旅游局
basis: [《娱乐场所管理条例》第3条, "《娱乐场所管理条例》第三十二条"]
street: {duties: ["将辖区娱乐场所纳入网格化日常巡查，每季度更新后报区文化和旅游局。"]}
type: 文化市场
district:
  - duties:
      - 对辖区娱乐场所日常经营活动实施监督检查，依法立案查处。
    unit: 区文化和旅游局
  - unit: 区公安分局
    duties: [负责娱乐场所治安状况的监督管理，依法查处场所内治安违法行为。]
note: "say: hi"
`;

describe('formatYaml', () => {
  it('orders keys by the schema, sets the house block/flow style and quotes only where needed', () => {
    const result = formatYaml(MESSY, 'matter', identity);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const keys = result.text.split('\n').filter((l) => /^[a-z_]+:/.test(l)).map((l) => l.split(':')[0]);
    expect(keys).toEqual(['id', 'type', 'name', 'district', 'street', 'basis', 'responsibility', 'note']);
    expect(result.text).toContain('id: WH-001\n');
    expect(result.text).toContain('  primary: [区文化和旅游局]\n  supporting: [区公安分局, 各街道办事处（乡人民政府）]\n');
    expect(result.text).toContain('basis:\n  - 《娱乐场所管理条例》第3条\n');
    expect(result.text).toContain('street:\n  duties:\n    - 将辖区');
    expect(result.text).toContain('  - unit: 区文化和旅游局\n    duties:\n      - 对辖区');
    expect(result.text).toContain("note: 'say: hi'");
    expect(result.text).toMatch(/^# yaml-language-server: .*\n# 说明：这条注释必须保留\n/);
    expect(result.text).toContain('# 行尾注释');
    expect(result.text).toContain('# 主体责任注释');
  });

  it('is idempotent', () => {
    const first = formatYaml(MESSY, 'matter', identity);
    if (!first.ok) throw new Error('did not parse');
    expect(formatYaml(first.text, 'matter', identity)).toEqual(first);
  });

  it('rewrites citations only in citation fields', () => {
    const result = formatYaml('id: WH-001\nname: 第3条\nbasis: [x第3条]\n', 'matter', (s) => s.replace('3', '三'));
    expect(result.ok && result.text).toBe('id: WH-001\nname: 第3条\nbasis:\n  - x第三条\n');
  });

  it('reports a syntax error instead of formatting', () => {
    const result = formatYaml('id: WH-001\nname: [unclosed\n', 'matter', identity);
    expect(result.ok).toBe(false);
  });
});

describe('dutylist fmt', () => {
  it('--check passes on the shipped list and writes nothing', async () => {
    const cwd = copyLists();
    const before = readFileSync(join(cwd, LIST, 'matters', 'WH-001.yaml'));
    const { ctx, stdout } = fakeContext(cwd);
    expect(await fmtCommand(LIST, { check: true }, ctx)).toBe(0);
    expect(stdout()).toBe('');
    expect(readFileSync(join(cwd, LIST, 'matters', 'WH-001.yaml')).equals(before)).toBe(true);
  });

  it('--check lists a file that would change, one line each, and exits 1 without writing', async () => {
    const cwd = copyLists();
    const file = join(cwd, LIST, 'matters', 'WH-002.yaml');
    const messy = readFileSync(file, 'utf8').replace('id: WH-002', "id: 'WH-002'").replace(/\n/g, '\r\n');
    writeFileSync(file, '\uFEFF' + messy);
    const { ctx, stdout } = fakeContext(cwd);
    expect(await fmtCommand(LIST, { check: true }, ctx)).toBe(1);
    // The BOM and CRLF are acceptable (README); only the quotes would change.
    expect(stdout()).toBe(`${LIST}/matters/WH-002.yaml  引号\n`);
    expect(readFileSync(file, 'utf8')).toBe('\uFEFF' + messy);
  });

  it('rewrites messy files to canonical form, keeps comments, changes nothing the second time, and check still passes', async () => {
    const cwd = copyLists();
    const shipped = readFileSync(join(cwd, LIST, 'matters', 'WH-001.yaml'), 'utf8');
    const file = join(cwd, LIST, 'matters', 'WH-001.yaml');
    writeFileSync(file, '\uFEFF' + MESSY.replace(/\n/g, '\r\n').replace('第3条', '第三条'));
    writeFileSync(join(cwd, LIST, 'matters', 'WH-019.yaml'), readFileSync(join(cwd, LIST, 'matters', 'WH-019.yaml'), 'utf8').replace('《中华人民共和国旅游法》', '《旅游法》'));

    const first = fakeContext(cwd);
    expect(await fmtCommand(LIST, {}, first.ctx)).toBe(0);
    expect(first.stdout().trim().split('\n').sort()).toEqual([`${LIST}/matters/WH-001.yaml  键的顺序、引号、缩进和排版`, `${LIST}/matters/WH-019.yaml  引用写法`]);
    // The file's own BOM and CRLF line ends are kept, as the README promises.
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith('\uFEFF# yaml-language-server')).toBe(true);
    expect(written.replace(/\r\n/g, '')).not.toContain('\n');
    const text = written.slice(1).replace(/\r\n/g, '\n');
    expect(text).toContain('# 说明：这条注释必须保留');
    expect(text.split('\n').slice(2, 4)).toEqual(shipped.split('\n').slice(1, 3));
    expect(readFileSync(join(cwd, LIST, 'matters', 'WH-019.yaml'), 'utf8')).not.toContain('《旅游法》');

    const second = fakeContext(cwd);
    expect(await fmtCommand(LIST, {}, second.ctx)).toBe(0);
    expect(second.stdout()).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(written);

    const check = fakeContext(cwd);
    expect(await checkCommand(LIST, { format: 'json' }, check.ctx)).toBe(0);
  });

  it.each([
    ['a BOM', (t: string) => `\uFEFF${t}`],
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['both', (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
  ])('--check accepts %s (the documented policy) and writes nothing', async (_, edit) => {
    const cwd = copyLists();
    const file = join(cwd, LIST, 'matters', 'WH-003.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    const { ctx, stdout } = fakeContext(cwd);
    expect(await fmtCommand(LIST, { check: true }, ctx)).toBe(0);
    expect(stdout()).toBe('');
  });

  it.each([
    ['key order', (t: string) => t.replace(/^(id: .*\n)(type: .*\n)/m, '$2$1'), '键的顺序'],
    ['quoting', (t: string) => t.replace(/^id: (.*)$/m, "id: '$1'"), '引号'],
    ['citation spelling', (t: string) => t.replace('《娱乐场所管理条例》第二十三条', '《娱乐场所管理条例》第23条'), '引用写法'],
    ['layout', (t: string) => t.replace(/^responsibility:\n  primary: \[(.*?)\]/m, 'responsibility:\n  primary:\n    - $1'), '缩进和排版'],
    ['mixed line ends', (t: string) => t.replace('\n', '\r\n'), '换行符不统一'],
  ])('--check says what would change: %s', async (_, edit, reason) => {
    const cwd = copyLists();
    const file = join(cwd, LIST, 'matters', 'WH-003.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    const { ctx, stdout } = fakeContext(cwd);
    expect(await fmtCommand(LIST, { check: true }, ctx)).toBe(1);
    expect(stdout()).toBe(`${LIST}/matters/WH-003.yaml  ${reason}\n`);
  });

  it('reports a file that does not parse, leaves it alone and exits 1', async () => {
    const cwd = copyLists();
    const file = join(cwd, LIST, 'matters', 'WH-005.yaml');
    writeFileSync(file, 'id: WH-005\nname: [unclosed\n');
    const other = join(cwd, LIST, 'matters', 'WH-006.yaml');
    writeFileSync(other, readFileSync(other, 'utf8').replace('id: WH-006', 'id: "WH-006"'));
    const { ctx, stderr } = fakeContext(cwd, 'en');
    expect(await fmtCommand(LIST, {}, ctx)).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('id: WH-005\nname: [unclosed\n');
    expect(stderr()).toMatch(/WH-005\.yaml:\d+:\d+/);
    expect(readFileSync(other, 'utf8')).toContain('id: WH-006\n');
  });
});
