import { describe, expect, it } from 'vitest';
import { emCapacity, fitColumnWidths, rowHeightFor, widthForEm } from '../../src/export/layout.js';
import { textWidth, wrappedLineCount } from '../../src/export/width.js';

describe('text width', () => {
  it('counts CJK as one em and Latin as about half', () => {
    expect(textWidth('区文化和旅游局')).toBe(7);
    expect(textWidth('WH-001')).toBeCloseTo(3.3);
    expect(textWidth('“双随机、一公开”')).toBe(9);
  });

  it('wraps CJK at any character and keeps closing punctuation off the line start', () => {
    expect(wrappedLineCount('一二三四五六', 3)).toBe(2);
    expect(wrappedLineCount('一二三，四五', 3)).toBe(3);
    expect(wrappedLineCount('一\n二\n', 10)).toBe(3);
    expect(wrappedLineCount('', 5)).toBe(1);
  });

  it('keeps Latin words whole and breaks overlong runs', () => {
    expect(wrappedLineCount('abcdefghij', 2)).toBe(3);
    expect(wrappedLineCount('ab cd', 1.2)).toBe(2);
  });
});

describe('column widths and row heights', () => {
  it('converts em to Excel width and back', () => {
    expect(emCapacity(widthForEm(10))).toBeGreaterThanOrEqual(10);
    expect(emCapacity(widthForEm(10))).toBeLessThan(10.5);
  });

  it('fits columns to their widest line within bounds', () => {
    const widths = fitColumnWidths([{ header: '序号', min: 1, max: 3 }, { header: '名称', min: 2, max: 6 }], [['1', '一二三四五六七八九十']]);
    expect(emCapacity(widths[0] ?? 0)).toBeGreaterThanOrEqual(2);
    expect(emCapacity(widths[1] ?? 0)).toBeGreaterThanOrEqual(6);
    expect(emCapacity(widths[1] ?? 0)).toBeLessThan(6.5);
  });

  it('makes rows tall enough for the most wrapped cell', () => {
    const widths = [widthForEm(5), widthForEm(5)];
    const one = rowHeightFor(['一二三', '四'], widths, 11);
    const three = rowHeightFor(['一二三', '一二三四五六七八九十一'], widths, 11);
    expect(three).toBeGreaterThan(one * 2);
    expect(three).toBeGreaterThanOrEqual(3 * 11 * 1.2);
    expect(rowHeightFor(['一'.repeat(10000)], widths, 11)).toBe(409);
  });
});
