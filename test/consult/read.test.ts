// What people do to a returned workbook, read back: headers and ids broken over lines by the
// layout, rows without an id under a matter, "无意见" written as an opinion, parts typed by hand.
import { describe, expect, it } from 'vitest';
import { isoDate, readReturned } from '../../src/consult/read.js';
import { partOf } from '../../src/consult/parts.js';
import type { SheetGrid } from '../../src/import/grid.js';

const marker: SheetGrid = { name: 'dutylist', rows: [['kind', '征求意见'], ['unit', '区公安分局'], ['list', '某清单'], ['version', '2025.1'], ['deadline', '2026-12-15']] };

function table(rows: string[][]): SheetGrid {
  return { name: 'Sheet1', rows: [['附件'], ['某清单征求意见表'], ['序号', '事项\n编码', '事项名称', '涉及\n部分', '意见', '建议修改内容', '联系人'], ...rows] };
}

describe('readReturned', () => {
  it('finds the matters by the 事项编码 column, whatever the sheet is called', () => {
    const r = readReturned([marker, table([
      ['1', 'WH-00\n3', '甲', '街道', '意见一', '', '张三'],
      ['', '', '', '', '补充意见', '改为……', ''],
      ['2', 'WH-004', '乙', '', '无意见', '', ''],
      ['3', 'WH-005', '丙', '法律依据', '', '补充第八条', ''],
    ])]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.workbook).toMatchObject({ unit: '区公安分局', list: '某清单', version: '2025.1', deadline: '2026-12-15' });
    expect(r.workbook.opinions).toEqual([
      { matter: 'WH-003', row: 4, part: 'street', opinion: '意见一', contact: '张三' },
      { matter: 'WH-003', row: 5, opinion: '补充意见', suggestion: '改为……' },
      { matter: 'WH-005', row: 7, part: 'basis', suggestion: '补充第八条' },
    ]);
  });

  it('takes the unit from the cover when the hidden sheet was dropped, and refuses other workbooks', () => {
    const cover: SheetGrid = { name: '说明', rows: [['项目', '内容'], ['征求意见单位', '', '前川街道办事处'], ['反馈截止日期', '2026年12月5日']] };
    const r = readReturned([cover, table([])]);
    expect(r.ok && r.workbook).toMatchObject({ unit: '前川街道办事处', deadline: '2026-12-05', opinions: [] });
    expect(readReturned([table([])])).toMatchObject({ ok: false, key: 'not-ours' });
    expect(readReturned([marker, { name: 'x', rows: [['事项编码', '备注']] }])).toMatchObject({ ok: false, key: 'no-header' });
  });
});

describe('parts and dates as typed', () => {
  it('reads a part from its label or a word of it, nothing from an ambiguous one', () => {
    expect(partOf('区级部门职责')).toBe('district');
    expect(partOf('主体责任/配合责任')).toBe('responsibility');
    expect(partOf('依据')).toBe('basis');
    expect(partOf('街道职责和依据')).toBeUndefined();
    expect(partOf('')).toBeUndefined();
  });

  it('reads the dates people write', () => {
    expect(isoDate('2026年12月5日')).toBe('2026-12-05');
    expect(isoDate('2026/12/15')).toBe('2026-12-15');
    expect(isoDate('下周')).toBeUndefined();
  });
});
