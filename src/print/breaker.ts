// Where a line of Chinese text may break, and the lines a cell's text takes at a given width.
//
// Our own rules rather than UAX #14 (the `linebreak` package): UAX #14 as that package implements
// it (Unicode 13) puts “ ” ‘ ’ in class QU, which forbids a break on either side of them, so
// “双随机、一公开” glues to its neighbours and lines come out ragged; and it lets a line start with
// a number's closing bracket or end with an enumeration's opening one. Chinese cells need only a
// few rules, those of the W3C's Requirements for Chinese Text Layout (clreq) 禁则:
//   - between two Chinese characters a line may break;
//   - no line starts with closing punctuation ，。、；：？！）》」』〕】”’ (nor … — ·);
//   - no line ends with opening punctuation （《「『〔【“‘;
//   - —— and …… are never split;
// and three of our own, for lists and law citations:
//   - a run of Latin letters, digits and their punctuation (WH-006, 2025-03-18, GB/T, 1.5) is one
//     word and breaks only at spaces, unless it is wider than the line;
//   - an item number (1.  1、  （一）  一、  ①) stays with the text after it, and a wrapped line
//     never begins with one (it would read as a new item, to a reader and to `import`);
//   - a line breaks at a space only between Latin words, and the space is dropped there (beside a
//     Chinese character a space only holds its neighbours together).
import { charEm, textEm } from './metrics.js';

/** One printed line: the text from `from` to `to` (UTF-16 offsets into the cell's text). */
export interface LineSpan {
  from: number;
  to: number;
  /** The line begins a paragraph (the cell's start, or after an explicit line break). */
  first: boolean;
}

const NO_START = 1;
const NO_END = 2;
const DOUBLED = 4;
const SPACE = 8;
/** May begin an item number (a digit, an opening bracket, a Chinese numeral, ①…⑳). */
const NUMBER_START = 16;
const flags = new Uint8Array(0x10000);
const mark = (chars: string, flag: number): void => {
  for (let i = 0; i < chars.length; i++) flags[chars.charCodeAt(i)] = (flags[chars.charCodeAt(i)] ?? 0) | flag;
};
mark('，。、；：？！）》」』〕】〗〙〛”’…‥—·〉］｝％‰℃,.;:!?)]}%', NO_START);
mark('（《「『〔【〖〘〚“‘〈［｛([{', NO_END);
mark('—…‥', DOUBLED);
mark(' \t', SPACE);
mark('0123456789（(〇零一二三四五六七八九十百', NUMBER_START);
for (let c = 0x2460; c <= 0x2473; c++) flags[c] = (flags[c] ?? 0) | NUMBER_START;

function isNarrowWord(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

// An item number at this offset: 1.  1、  1)  （一）  (1)  一、  ①.
const ITEM_NUMBER = /(?:\d{1,3}[.．、)）](?![\d.])|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|[\u2460-\u2473])/y;

function itemNumberAt(text: string, at: number): number {
  if (!((flags[text.charCodeAt(at)] ?? 0) & NUMBER_START)) return 0;
  ITEM_NUMBER.lastIndex = at;
  return ITEM_NUMBER.exec(text)?.[0].length ?? 0;
}

/** Lines of `text` in a column `capacity` em wide (em of the cell's font). Explicit newlines end a paragraph. */
export function breakLines(text: string, capacity: number, cut = true): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    breakParagraph(text, start, end < 0 ? text.length : end, cut ? Math.max(capacity, 1) : 0, cut, spans);
    if (end < 0) return spans;
    start = end + 1;
  }
}

/** Width in em of the widest stretch of `text` that may not be broken (a word, a number with its
 *  punctuation, an item number with its first character): no column should be narrower. */
export function widestUnit(text: string): number {
  let widest = 0;
  for (const s of breakLines(text, 0, false)) widest = Math.max(widest, textEm(text.slice(s.from, s.to)));
  return widest;
}

/** The line texts of `text` at `capacity` em. */
export function wrapText(text: string, capacity: number): string[] {
  return breakLines(text, capacity).map((s) => text.slice(s.from, s.to));
}

// A unit is the stretch between two break opportunities. Units are measured and placed greedily:
// a unit that does not fit the rest of the line starts the next one.
function breakParagraph(text: string, from: number, to: number, capacity: number, cut: boolean, out: LineSpan[]): void {
  let lineFrom = from;
  let lineTo = from;
  let used = 0;
  let first = true;
  const flush = (): void => {
    out.push({ from: lineFrom, to: lineTo, first });
    first = false;
  };
  let i = skipSpaces(text, from, to);
  lineFrom = i;
  lineTo = i;
  if (i >= to) {
    out.push({ from: i, to: i, first: true });
    return;
  }
  // The item number opening a paragraph, with the spaces after it, is glued to what follows.
  const item = itemNumberAt(text, i);
  let glueUntil = item > 0 ? skipSpaces(text, i + item, to) : -1;
  while (i < to) {
    const unitFrom = i;
    let unitEm = 0;
    let unitIsSpace = false;
    // Grow the unit until the next break opportunity.
    for (;;) {
      let code = text.charCodeAt(i);
      if (code >= 0xd800 && code < 0xdc00) code = text.codePointAt(i) ?? code;
      const size = code > 0xffff ? 2 : 1;
      const f = code < 0x10000 ? (flags[code] ?? 0) : 0;
      const space = (f & SPACE) !== 0;
      if (i === unitFrom) unitIsSpace = space && breakableSpace(text, i, from, to);
      unitEm += charEm(code);
      i += size;
      if (i >= to) break;
      const next = text.charCodeAt(i);
      const nf = flags[next] ?? 0;
      const nextIsSpace = (nf & SPACE) !== 0 && breakableSpace(text, i, from, to);
      // A space beside a Chinese character is only spacing: it holds its neighbours together.
      if ((nf & SPACE) !== 0 && !nextIsSpace) continue;
      if (space && !unitIsSpace) continue;
      // Up to and including the first character after an item number and its spaces.
      if (i <= glueUntil) continue;
      if (unitIsSpace) {
        if (nextIsSpace) continue;
        break;
      }
      if (nextIsSpace) break;
      if (nf & NO_START) continue;
      if (f & NO_END) continue;
      if ((f & DOUBLED) && next === code) continue;
      if (isNarrowWord(code) && isNarrowWord(next)) continue;
      const number = itemNumberAt(text, i);
      if (number > 0) {
        glueUntil = skipSpaces(text, i + number, to);
        continue;
      }
      break;
    }
    if (unitIsSpace) {
      // Counted only when something follows it on the same line.
      if (used + unitEm <= capacity + 1e-9 && i < to) used += unitEm;
      else if (i < to) {
        flush();
        i = skipSpaces(text, i, to);
        lineFrom = i;
        lineTo = i;
        used = 0;
      }
      continue;
    }
    if (used + unitEm <= capacity + 1e-9) {
      used += unitEm;
      lineTo = i;
      continue;
    }
    if (lineTo > lineFrom) {
      flush();
      lineFrom = unitFrom;
      lineTo = unitFrom;
      used = 0;
      if (unitEm <= capacity + 1e-9) {
        used = unitEm;
        lineTo = i;
        continue;
      }
    }
    if (!cut) {
      // Measuring words: a unit wider than the line gets a line of its own.
      used = capacity;
      lineTo = i;
      continue;
    }
    // A unit wider than the whole line: cut it where the line is full, at the last place 禁则 allow.
    let at = unitFrom;
    let lastCut = -1;
    let usedAtCut = 0;
    while (at < i) {
      const code = text.codePointAt(at) ?? 0;
      const w = charEm(code);
      if (at > lineFrom && cutAllowed(text, at)) {
        lastCut = at;
        usedAtCut = used;
      }
      if (used + w > capacity + 1e-9 && lineTo > lineFrom) {
        const cutAt = lastCut > lineFrom ? lastCut : at;
        lineTo = cutAt;
        flush();
        lineFrom = cutAt;
        used = cutAt === at ? 0 : used - usedAtCut;
        lastCut = -1;
      }
      used += w;
      at += code > 0xffff ? 2 : 1;
      lineTo = at;
    }
  }
  if (lineTo > lineFrom || first) flush();
}

// A space breaks a line only between Latin words; beside a Chinese character a break there would
// lose it (nothing marks where a wrapped line's space was).
function breakableSpace(text: string, at: number, from: number, to: number): boolean {
  let before = at - 1;
  while (before >= from && (flags[text.charCodeAt(before)] ?? 0) & SPACE) before--;
  let after = at;
  while (after < to && (flags[text.charCodeAt(after)] ?? 0) & SPACE) after++;
  if (before < from || after >= to) return true;
  return isNarrowWord(text.charCodeAt(before)) && isNarrowWord(text.charCodeAt(after));
}

// Whether a forced cut may fall before `at`: not before closing punctuation, not after opening.
function cutAllowed(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const before = text.charCodeAt(at - 1);
  const f = flags[code] ?? 0;
  const b = flags[before] ?? 0;
  return !(f & NO_START) && !(b & NO_END) && !((f & DOUBLED) && code === before);
}

function skipSpaces(text: string, at: number, to: number): number {
  while (at < to && (flags[text.charCodeAt(at)] ?? 0) & SPACE) at++;
  return at;
}
