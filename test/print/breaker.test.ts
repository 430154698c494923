// The line breaker on a corpus of strings that trip spreadsheets up: punctuation runs, numbers and
// Latin words, 《》 titles, item numbers, spaces. Every case at several widths: no line starts with
// closing punctuation or ends with opening punctuation, no Latin word or number is cut while it
// fits a line, no line is wider than the column, and the text comes back whole.
import { describe, expect, it } from 'vitest';
import { breakLines, widestUnit, wrapText } from '../../src/print/breaker.js';
import { textEm } from '../../src/print/metrics.js';

const NO_START = '，。、；：？！）》」』〕】”’';
const NO_END = '（《「『〔【“‘';

const CORPUS = [
  '1. 对辖区娱乐场所日常经营活动实施监督检查，按“双随机、一公开”要求开展抽查，检查情况和处理结果记录归档。',
  '《中华人民共和国未成年人保护法》第五十八条、第一百二十三条',
  '《娱乐场所管理条例》第二十三条、第四十八条第三项；《中华人民共和国未成年人保护法》第五十八条',
  '娱乐场所消防安全见 WH-006，涉赌电子游戏机见 WH-005。',
  '受理街道移交的问题线索，3个工作日内完成交接，2025-03-18前完成（一）按规定处理。',
  '发现问题的，及时劝阻！！当天报告……区文化和旅游局——并记录？',
  '“《旅游法》”（2018年修正）【重点】「注意」『说明』〔2023〕12号',
  '鄂政发〔2023〕12号、陂编办〔2025〕5号：按GB/T 9704-2012排版，比例不低于1.5倍，约95%。',
  'Latin words such as LibreOffice and Excel never split inside a word unless it is wider than the line.',
  '2. 巡查中发现无证照经营、违规经营等问题的，及时劝阻；涉及治安问题的，同时报告区公安分局。\n3. 配合开展联合检查。',
  '区文化和旅游局：\n1. 甲。\n2. 乙。',
  '各街道办事处（乡人民政府）、区公安分局、区市场监督管理局',
  '第一条　为了加强对娱乐场所的管理，保障娱乐场所的健康发展，制定本条例。',
  '①对场所开展检查；②依法处理；③（一）项所列情形；一、总则',
];

function check(text: string, capacity: number): void {
  const spans = breakLines(text, capacity);
  const lines = spans.map((s) => text.slice(s.from, s.to));
  for (const [i, line] of lines.entries()) {
    const where = `${JSON.stringify(text.slice(0, 12))} at ${capacity} em, line ${i + 1}: ${line}`;
    if (line === '') continue;
    expect(NO_START.includes(line[0] ?? ''), where).toBe(false);
    expect(NO_END.includes(line[line.length - 1] ?? ''), where).toBe(false);
    expect(textEm(line), where).toBeLessThanOrEqual(Math.max(capacity, widestUnit(line)) + 1e-9);
    // No line begins with an item number unless a paragraph begins there.
    if (!spans[i]?.first) expect(/^(?:\d{1,3}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳])/.test(line), where).toBe(false);
  }
  // Nothing lost: the lines are the text, less the spaces where Latin words broke and the newlines.
  expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
}

describe('CJK line breaking (禁则)', () => {
  it.each(CORPUS)('keeps the rules at every width: %s', (text) => {
    for (const capacity of [3, 4, 5, 6, 8, 10, 13, 20, 40]) check(text, Math.max(capacity, widestUnit(text)));
  });

  it('keeps an item number with its text and never starts a wrapped line with one', () => {
    expect(wrapText('1. 甲乙丙丁', 2.5)[0]).toBe('1. 甲');
    expect(wrapText('要求如下（一）检查', 5)).toEqual(['要求如', '下（一）检', '查']);
  });

  it('does not split Latin words or numbers that fit, and drops only the space a line breaks at', () => {
    expect(wrapText('见 WH-006，涉赌', 6.5)).toEqual(['见 WH-006，', '涉赌']);
    expect(wrapText('比例为2025-03-18或更晚', 7)).toEqual(['比例为', '2025-03-18或', '更晚']);
    expect(wrapText('Excel and LibreOffice', 6)).toEqual(['Excel and', 'LibreOffice']);
  });

  it('keeps —— and …… together and closing marks with the character before them', () => {
    expect(wrapText('甲乙——丙', 3)).toEqual(['甲', '乙——', '丙']);
    expect(wrapText('甲乙。丙', 2)).toEqual(['甲', '乙。', '丙']);
    expect(wrapText('甲《乙》丙', 3)).toEqual(['甲', '《乙》', '丙']);
  });

  it('cuts a word wider than the column, still not before a closing mark', () => {
    const lines = wrapText('ABCDEFGHIJKLMNOPQRSTUVWXYZ，甲', 4);
    expect(lines.every((l) => !NO_START.includes(l[0] ?? ''))).toBe(true);
    expect(lines.join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ，甲');
  });

  it('keeps explicit line breaks and empty cells', () => {
    expect(wrapText('甲\n乙', 10)).toEqual(['甲', '乙']);
    expect(breakLines('', 5)).toEqual([{ from: 0, to: 0, first: true }]);
    expect(breakLines('甲\n乙', 10).map((s) => s.first)).toEqual([true, true]);
  });
});
