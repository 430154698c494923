// Cells as offices write them (issue 12, item 3): numbering on one line, wrapped lines, pasted
// article text after a citation, short titles and enumerations.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitBasis } from '../../src/import/basis.js';
import { splitDistrict, splitDuties, splitUnits, unwrap } from '../../src/import/split.js';
import { loadRegistry, normaliseCitation } from '../../src/laws/index.js';
import { ROOT } from './helpers.js';

describe('duties numbered on one line', () => {
  it.each<[string, string[]]>([
    ['1.受理责任：公示申请条件。2.审查责任：审查申请材料。3.决定责任：作出决定。', ['受理责任：公示申请条件。', '审查责任：审查申请材料。', '决定责任：作出决定。']],
    ['1、巡查发现。2、当天报告。', ['巡查发现。', '当天报告。']],
    ['（1）巡查发现；（2）当天报告。', ['巡查发现；', '当天报告。']],
    ['①巡查发现。②当天报告。③配合检查。', ['巡查发现。', '当天报告。', '配合检查。']],
    ['一是加强巡查；二是及时报告；三是配合执法。', ['加强巡查；', '及时报告；', '配合执法。']],
    ['（一）巡查发现。（二）当天报告。', ['巡查发现。', '当天报告。']],
    ['主要职责：1. 巡查。2. 报告。', ['主要职责：', '巡查。', '报告。']],
  ])('%s', (cell, duties) => expect(splitDuties(cell)).toEqual(duties));

  it('splits only at numbers that count on: decimals, amounts and out-of-order numbers stay', () => {
    expect(splitDuties('按罚款的1.5倍处罚，3个工作日内反馈。')).toEqual(['按罚款的1.5倍处罚，3个工作日内反馈。']);
    expect(splitDuties('1.巡查，对2.5米以上的招牌开展检查。2.报告。')).toEqual(['巡查，对2.5米以上的招牌开展检查。', '报告。']);
    expect(splitDuties('巡查辖区内3、5号楼。')).toEqual(['巡查辖区内3、5号楼。']);
  });
});

describe('wrapped lines', () => {
  it('a line that starts no new item continues the one above', () => {
    expect(splitDuties('1. 对歌舞娱乐场所开展\n监督检查，依法查处。\n2. 受理线索，3个工作日\n内反馈。')).toEqual(['对歌舞娱乐场所开展监督检查，依法查处。', '受理线索，3个工作日内反馈。']);
    expect(splitDuties('对歌舞娱乐场所开展\n监督检查。\n受理街道移交的线索。')).toEqual(['对歌舞娱乐场所开展监督检查。', '受理街道移交的线索。']);
    expect(splitDuties('Check the KTV\nrooms monthly.')).toEqual(['Check the KTV rooms monthly.']);
  });

  it('district duties: unit headings inline and on their own line start blocks', () => {
    const names = ['区文旅局', '区公安局'];
    const isUnit = (n: string): boolean => names.includes(n);
    expect(splitDistrict('区文旅局：1.检查。2.查处。区公安局：1.治安管理。', isUnit, names)).toEqual([
      { unit: '区文旅局', duties: ['检查。', '查处。'] },
      { unit: '区公安局', duties: ['治安管理。'] },
    ]);
  });
});

describe('units and notes wrapped to fit the column', () => {
  const names = ['各街道办事处（乡人民政府）', '区文化和旅游局', '区公安分局'];
  it('a unit name broken over lines is joined; units one per line stay apart', () => {
    expect(splitUnits('区文化和旅游局、各街道办事处（乡人民\n政府）', names)).toEqual(['区文化和旅游局', '各街道办事处（乡人民政府）']);
    expect(splitUnits('区文化和\n旅游局、区公安分局', names)).toEqual(['区文化和旅游局', '区公安分局']);
    expect(splitUnits('区文化和旅游局\n区公安分局', names)).toEqual(['区文化和旅游局', '区公安分局']);
  });

  it('a note keeps its sentences and numbered lines, not the breaks typed inside them', () => {
    expect(unwrap('互联网上网服务营业场所接纳\n未成年人见 WH-008。\n另见 WH-003。')).toBe('互联网上网服务营业场所接纳未成年人见 WH-008。\n另见 WH-003。');
    expect(unwrap('1. 甲\n2. 乙')).toBe('1. 甲\n2. 乙');
  });
});

describe('basis cells', () => {
  const registry = loadRegistry(join(ROOT, 'lists', 'laws'), { cacheDir: false });
  const titles = registry.instruments.flatMap((i) => [i.title, ...i.aliases]);
  const citations = (cell: string): string[] => splitBasis(cell, titles).map((e) => normaliseCitation(registry, e.citation));

  it('a citation with its article text pasted after it and wrapped mid-word is one citation', () => {
    const cell = [
      '《娱乐场所管理条例》第二十三条、第四十八条第三项',
      '第二十三条　歌舞娱乐场所不得接纳未成年人。除国家法定节假日外，游艺娱乐场所设置的电子游戏',
      '机不得向未成年人提供。',
      '第四十八条　违反本条例规定，有下列情形之一的，由县级人民政府文化主管部门没收违法所得和非法',
      '财物……（三）歌舞娱乐场所接纳未成年人的；',
      '依法生育第二个子女的',
    ].join('\n');
    const entries = splitBasis(cell, titles);
    expect(entries.map((e) => e.citation)).toEqual(['《娱乐场所管理条例》第二十三条、第四十八条第三项']);
    expect(entries[0]?.pasted.map((p) => p.citation)).toEqual(['《娱乐场所管理条例》第二十三条', '《娱乐场所管理条例》第四十八条第三项']);
    expect(entries[0]?.pasted[0]?.text).toBe('歌舞娱乐场所不得接纳未成年人。除国家法定节假日外，游艺娱乐场所设置的电子游戏机不得向未成年人提供。');
  });

  it('a citation wrapped inside its title or its list of articles is joined', () => {
    expect(citations('《中华人民共和国未成年\n人保护法》第五十八条、第八十一条第二\n款、第一百二十三条')).toEqual(['《中华人民共和国未成年人保护法》第五十八条、第八十一条第二款、第一百二十三条']);
  });

  it('short titles, enumerations and bare registered titles come out as the registry writes them', () => {
    expect(citations('《旅游法》第三十五、九十八条；旅行社条例第三条\n2.《文物保护法》第二十六条、三十二条')).toEqual([
      '《中华人民共和国旅游法》第三十五条、第九十八条',
      '《旅行社条例》第三条',
      '《中华人民共和国文物保护法》第二十六条、第三十二条',
    ]);
  });

  it('never brackets text the registry does not know', () => {
    const out = citations('《娱乐场所管理条例》第三条\n依法生育第二个子女的');
    expect(out.join('\n')).not.toContain('《依法生育》');
    expect(citations('某某市文化市场管理办法第五条')).toEqual(['某某市文化市场管理办法第五条']);
  });
});
