// Suggestions only when close: every misleading case seen by a new user gets no suggestion or the
// right one, for units (by slot), matter types, enum values, schema keys and law titles.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRegistry, suggestTitle } from '../../src/laws/index.js';
import { validateShape } from '../../src/schema/validate.js';
import { suggest } from '../../src/suggest.js';
import { indexUnits, suggestUnit } from '../../src/units.js';
import { unitsYaml } from '../../src/init/list-files.js';
import { parse } from 'yaml';
import type { UnitRegistry } from '../../src/types.js';
import { baseMatter } from '../rules/helpers.js';

const shippedUnits = indexUnits(parse(readShipped('lists/units.yaml')) as UnitRegistry);
// The registry `init` writes: no 区行政审批局, but 区财政局 as a reviewing unit.
const initUnits = indexUnits(parse(unitsYaml({ slug: 'x', prefix: 'SX', region: '示例区', today: '2026-01-01' })) as UnitRegistry);
const baseLaws = loadRegistry(fileURLToPath(new URL('../fixtures/base/laws', import.meta.url)), { cacheDir: false });
const shippedLaws = loadRegistry(fileURLToPath(new URL('../../lists/laws', import.meta.url)), { cacheDir: false });
const TYPES = ['文化市场', '网络文化', '出版印刷', '演出', '旅游市场', '文物', '体育'];

function readShipped(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}

describe('suggest()', () => {
  it.each([
    ['文化', TYPES, '文化市场'],
    ['文化巿场', TYPES, '文化市场'],
    ['文物保护', TYPES, undefined],
    ['体肓', TYPES, undefined],
    ['《 旅游法 》', ['中华人民共和国旅游法'], '中华人民共和国旅游法'],
    ['中华人民共和国体育法', ['中华人民共和国旅游法'], undefined],
    ['全民健身条例', ['娱乐场所管理条例'], undefined],
    ['户口登记条例', ['娱乐场所管理条例'], undefined],
    ['娱乐场所管理条列', ['娱乐场所管理条例'], '娱乐场所管理条例'],
    ['', TYPES, undefined],
  ])('%s → %s', (written, candidates, expected) => {
    expect(suggest(written, candidates)).toBe(expected);
  });
});

describe('unit suggestions fit the slot', () => {
  it('街道 in a district duty gets nothing (no department is called that), in the split the collective', () => {
    expect(suggestUnit(shippedUnits, '街道', 'district')).toBeUndefined();
    expect(suggestUnit(shippedUnits, '街道', 'responsibility')).toBe('各街道办事处（乡人民政府）');
  });
  it('区行政审批局 is never offered the reviewing unit 区财政局', () => {
    expect(suggestUnit(initUnits, '区行政审批局', 'district')).toBeUndefined();
    expect(suggestUnit(initUnits, '区行政审批局', 'responsibility')).toBeUndefined();
    expect(suggestUnit(initUnits, '区财政局', 'responsibility')).toBeUndefined();
  });
  it('a slip of the keyboard still finds the unit, an alias its full name', () => {
    expect(suggestUnit(shippedUnits, '区文化旅游局', 'district')).toBe('区文化和旅游局');
    expect(suggestUnit(shippedUnits, '区文旅局', 'district')).toBe('区文化和旅游局');
    expect(suggestUnit(shippedUnits, '前川街道办', 'responsibility')).toBe('前川街道办事处');
  });
});

describe('law titles only above the similarity floor', () => {
  it.each([
    ['全民健身条例', baseLaws, undefined],
    ['户口登记条例', baseLaws, undefined],
    ['户口登记条例', shippedLaws, undefined],
    ['娱乐场所管理条列', baseLaws, '娱乐场所管理条例'],
    ['娱乐场所管理办法', baseLaws, '娱乐场所管理条例'],
    ['中华人民共和国体育法', baseLaws, undefined],
    ['旅游法', shippedLaws, '中华人民共和国旅游法'],
    ['中华人民共和国文物保户法', shippedLaws, '中华人民共和国文物保护法'],
  ])('《%s》', (title, registry, expected) => {
    expect(suggestTitle(registry, title)).toBe(expected);
  });
});

describe('enum values and keys get their nearest allowed value', () => {
  const withPower = (power: string): unknown => ({ ...baseMatter(), power_type: power });
  it.each([
    ['行政检察', '行政检查'],
    ['检查', '行政检查'],
    ['处罚', '行政处罚'],
  ])('power_type %s → %s', (written, expected) => {
    const [finding] = validateShape('matter', withPower(written), 'zh');
    expect(finding?.path).toEqual(['power_type']);
    expect(finding?.hint).toContain(`“${expected}”`);
  });
  it('a far value gets the list of allowed values only', () => {
    const [finding] = validateShape('matter', withPower('备案'), 'zh');
    expect(finding?.hint).not.toContain('是否');
    expect(finding?.hint).toContain('行政检查');
  });
  it('a misspelt key gets the key meant, a strange one none', () => {
    const near = validateShape('matter', { ...baseMatter(), notes: 'x' }, 'zh')[0];
    expect(near?.hint).toMatch(/^是否应为“note”/);
    const far = validateShape('matter', { ...baseMatter(), xyz: 'x' }, 'zh')[0];
    expect(far?.hint).not.toContain('是否');
  });
});
