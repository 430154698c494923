// Header recognition (issue 12, item 1): spellings from the synonym table, keyword cues and near
// spellings; a row is the header by its score; two rows read as parent + child.
import { describe, expect, it } from 'vitest';
import { bestHeader, matchHeader } from '../../src/import/header.js';

const part = (text: string, context = ''): string | undefined => matchHeader(text, context).sort((a, b) => b.score - a.score)[0]?.part;

describe('matchHeader', () => {
  it.each<[string, string]>([
    ['县级部门职责', 'district'], ['县（市、区）级部门职责', 'district'], ['县(市、区)级部门职责', 'district'], ['市级部门职责', 'district'],
    ['乡镇(街道)', 'street'], ['镇街配合职责', 'street'], ['街道（乡镇）职责', 'street'],
    ['具体事项', 'name'], ['权力名称', 'name'], ['项目名称', 'name'],
    ['所属分类', 'type'], ['事项类别', 'type'],
    ['实施依据', 'basis'], ['设定依据', 'basis'], ['法律法规政策依据', 'basis'],
    ['牵头部门', 'primary'], ['对应上级部门', 'primary'], ['责任单位', 'primary'],
    ['协同部门', 'supporting'], ['配合部门', 'supporting'],
    ['区级部门\n职责', 'district'], ['  备注 ', 'note'], ['事项编码', 'id'],
  ])('%s → %s', (text, expected) => expect(part(text)).toBe(expected));

  it('reads a child header in its parent\'s context, the child saying whose column it is', () => {
    expect(part('县级', '县乡职责划分')).toBe('district');
    expect(part('乡镇', '县乡职责划分')).toBe('street');
    expect(part('配合', '责任单位')).toBe('supporting');
    expect(part('县级')).toBeUndefined();
  });

  it('takes no long text for a header', () => {
    expect(matchHeader('对辖区娱乐场所日常经营活动实施监督检查，依法查处违法行为，检查情况记录归档')).toEqual([]);
  });
});

describe('bestHeader', () => {
  it('fills 权力类型 into the type unless a 事项类型 column is there, then it is the power type', () => {
    const alone = bestHeader([['序号', '权力类型', '事项名称', '部门职责', '街道职责']]);
    expect(alone?.header.parts).toMatchObject({ type: 1 });
    const both = bestHeader([['序号', '权力类型', '事项类型', '事项名称', '部门职责', '街道职责']]);
    expect(both?.header.parts).toMatchObject({ type: 2, power_type: 1 });
  });

  it('does not take a title merged over the table for a parent header', () => {
    const banner = Array.from({ length: 8 }, () => '联合印发');
    const found = bestHeader([banner, ['序号', '事项类型', '事项名称', '区级部门职责', '街道职责', '依据', '主体责任', '配合责任']]);
    expect(found).toMatchObject({ found: true, header: { row: 1, dataStart: 2 } });
  });

  it('reads a blank parent cell as the span of the parent to its left (CSV and Word)', () => {
    const found = bestHeader([
      ['序号', '事项名称', '职责边界划分', '', '法律依据'],
      ['', '', '县级', '乡镇', ''],
      ['1', '甲', '检查。', '巡查。', '《甲法》第一条'],
    ]);
    expect(found).toMatchObject({ found: true, header: { row: 0, dataStart: 2, parts: { seq: 0, name: 1, district: 2, street: 3, basis: 4 } } });
  });

  it('is not found, but still offered, when too few columns are recognised', () => {
    expect(bestHeader([['序号', '事项名称', '联系人']])).toMatchObject({ found: false, header: { row: 0 } });
  });
});
