// How much room text takes in a cell, in em of the cell's font: CJK and full-width characters
// are 1 em, the rest about half. Excel and LibreOffice never auto-fit rows written by a library,
// so row heights are computed here from the same wrapping the spreadsheet will do.
import { eastAsianWidth } from 'get-east-asian-width';

// Latin glyphs of 仿宋/宋体 and their fallbacks run a little over half an em; 0.55 keeps estimates
// on the safe side (a slightly tall row prints fine, a short one prints clipped).
const NARROW_EM = 0.55;

const cache = new Float32Array(0x10000);

/** Width of one code point in em. */
export function charWidth(codePoint: number): number {
  if (codePoint < 0x10000) {
    const hit = cache[codePoint];
    if (hit) return hit;
    const width = measure(codePoint);
    cache[codePoint] = width;
    return width;
  }
  return measure(codePoint);
}

function measure(codePoint: number): number {
  return eastAsianWidth(codePoint, { ambiguousAsWide: true }) === 2 ? 1 : NARROW_EM;
}

/** Width of a single line of text in em. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/** Width in em of the widest hard line of `text`. */
export function widestLine(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, textWidth(line));
  return widest;
}

// Chinese line-breaking rules (禁则), applied by Excel, WPS and LibreOffice alike: closing
// punctuation never starts a line and opening punctuation never ends one, so each sticks to its
// neighbour and may push a character onto the next line.
const NO_START = 1;
const NO_END = 2;
const rules = new Uint8Array(0x10000);
for (const ch of '，。、；：？！）》」』】〕〉”’…—·%,.;:!?)]}>％') rules[ch.charCodeAt(0)] = NO_START;
for (const ch of '（《「『【〔〈“‘([{<') rules[ch.charCodeAt(0)] = NO_END;

/** Lines `text` takes when wrapped in `capacity` em (explicit newlines included). */
export function wrappedLineCount(text: string, capacity: number): number {
  let lines = 0;
  for (const line of text.split('\n')) lines += wrapLine(line, Math.max(capacity, 1));
  return lines;
}

// Greedy wrapping over units that never break inside: a CJK character, or a run of narrow
// characters (a Latin word, a number), with glued punctuation. Written as one pass without
// allocations: 10,000 matters mean millions of characters.
function wrapLine(line: string, capacity: number): number {
  let lines = 1;
  let used = 0;
  let unit = 0;
  let unitIsSpace = false;
  let previousNarrow = false;
  let glueNext = false;
  const place = (): void => {
    if (used + unit <= capacity + 1e-9) {
      used += unit;
    } else if (unitIsSpace) {
      // A space at the end of a line is swallowed.
    } else if (unit > capacity) {
      const total = used + unit;
      const full = Math.ceil(total / capacity) - 1;
      lines += full;
      used = total - full * capacity;
    } else {
      lines++;
      used = unit;
    }
  };
  for (let i = 0; i < line.length; i++) {
    let code = line.charCodeAt(i);
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < line.length) {
      code = line.codePointAt(i) ?? code;
      i++;
    }
    const width = charWidth(code);
    const space = code === 32;
    const narrow = width < 1 && !space;
    const rule = code < 0x10000 ? (rules[code] ?? 0) : 0;
    const joins = i > 0 && !unitIsSpace && !space && (glueNext || rule === NO_START || (narrow && previousNarrow));
    if (joins) {
      unit += width;
    } else {
      if (i > 0) place();
      unit = width;
      unitIsSpace = space;
    }
    previousNarrow = narrow;
    glueNext = rule === NO_END;
  }
  if (line.length > 0) place();
  return lines;
}
