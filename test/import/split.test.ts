import { describe, expect, it } from 'vitest';
import { splitBasis } from '../../src/import/basis.js';
import { bestHeader, type Header } from '../../src/import/header.js';
import { sheetRows } from '../../src/import/rows.js';
import { splitDistrict, splitDuties, splitUnits, stripNumbering } from '../../src/import/split.js';

function findHeader(grid: string[][]): Header | undefined {
  const best = bestHeader(grid);
  return best?.found ? best.header : undefined;
}

describe('stripNumbering', () => {
  it.each([
    ['1. 开展检查。', '开展检查。'],
    ['12、开展检查。', '开展检查。'],
    ['（3）开展检查。', '开展检查。'],
    ['(3) 开展检查。', '开展检查。'],
    ['①开展检查。', '开展检查。'],
    ['二、开展检查。', '开展检查。'],
    ['（一）开展检查。', '开展检查。'],
    ['3个工作日内反馈。', '3个工作日内反馈。'],
    ['1.5倍罚款。', '1.5倍罚款。'],
    ['2024年起实施。', '2024年起实施。'],
  ])('%s → %s', (line, expected) => expect(stripNumbering(line)).toBe(expected));
});

describe('cell splitting', () => {
  it('duties: one per line, a wrapped line joined to its item', () => {
    expect(splitDuties('1. 甲项职责，\n  分两行写。\n2. 乙项职责。\n\n')).toEqual(['甲项职责，分两行写。', '乙项职责。']);
    expect(splitDuties('甲项职责。\n乙项职责。')).toEqual(['甲项职责。', '乙项职责。']);
  });

  it('district duties: cut at unit headings of their own line or opening a line', () => {
    const isUnit = (n: string): boolean => ['区文旅局', '区公安局'].includes(n);
    expect(splitDistrict('1. 无单位的职责。\n区文旅局：\n1. 甲。\n2. 乙。\n区消防大队:\n1. 丙。\n区公安局：丁。', isUnit)).toEqual([
      { duties: ['无单位的职责。'] },
      { unit: '区文旅局', duties: ['甲。', '乙。'] },
      { unit: '区消防大队', duties: ['丙。'] },
      { unit: '区公安局', duties: ['丁。'] },
    ]);
    expect(splitDistrict('按以下要求开展工作：\n具体职责如下：', () => false)).toEqual([{ duties: ['按以下要求开展工作：', '具体职责如下：'] }]);
  });

  it('basis: lines and ；, numbering and closing marks dropped', () => {
    expect(splitBasis('1.《甲条例》第三条；\n2.《乙法》第五条、第六条。;《丙办法》').map((e) => e.citation)).toEqual(['《甲条例》第三条', '《乙法》第五条、第六条', '《丙办法》']);
  });

  it('units: every separator, a collective holding one kept whole', () => {
    expect(splitUnits('区文旅局、区公安局，区应急局,区消防大队；\n各街道 木兰乡')).toEqual(['区文旅局', '区公安局', '区应急局', '区消防大队', '各街道', '木兰乡']);
    expect(splitUnits('区文旅局、各街道办事处、乡人民政府', ['各街道办事处、乡人民政府'])).toEqual(['区文旅局', '各街道办事处、乡人民政府']);
  });
});

describe('header and rows', () => {
  const header = ['序号', '事项类型', '事项名称', '区级部门职责', '街道职责', '法律法规及文件依据', '主体责任', '配合责任', '备注', '事项编码'];

  it('finds the header under a title, and a second header row beneath it', () => {
    const grid = [['附件'], ['清单'], ['序号', '类型', '名称', '部门职责', '街道职责', '依据', '责任划分', '责任划分'], ['序号', '类型', '名称', '部门职责', '街道职责', '依据', '主体责任', '配合责任'], ['1']];
    expect(findHeader(grid)).toMatchObject({ row: 3, dataStart: 4, parts: { seq: 0, type: 1, name: 2, district: 3, street: 4, basis: 5, primary: 6, supporting: 7 } });
    expect(findHeader([['序号', '名称', '备注']])).toBeUndefined();
  });

  it('carries the type down, skips empty, repeated-header and section rows, folds （续） rows into the matter above', () => {
    const grid = [
      header,
      ['一、文化市场', '一、文化市场', '一、文化市场', '一、文化市场', '一、文化市场', '一、文化市场', '一、文化市场', '一、文化市场', '一、文化市场'],
      ['1', '', '甲', '1. 甲一。', '1. 街一。', '《甲》第一条', '区文旅局', '各街道', '', 'WH-001'],
      ['', '文化市场', '甲（续）', '2. 甲二。', '2. 街二。', '《甲》第二条', '', '', '', 'WH-001'],
      [],
      header,
      ['2', '演出', '乙', '1. 乙一。', '1. 街一。', '《乙》第一条', '区文旅局', '各街道', '注', ''],
      ['3', '', '丙', '1. 丙一。', '1. 街一。', '《丙》第一条', '区文旅局', '各街道', '', ''],
    ];
    const found = findHeader(grid);
    if (!found) throw new Error('no header');
    const rows = sheetRows(grid, found, []);
    expect(rows.map((r) => [r.row, r.cells.type, r.cells.name])).toEqual([[3, '文化市场', '甲'], [7, '演出', '乙'], [8, '演出', '丙']]);
    expect(rows[0]?.cells.district).toBe('1. 甲一。\n2. 甲二。');
    expect(rows[0]?.cells.basis).toBe('《甲》第一条\n《甲》第二条');
  });
});
