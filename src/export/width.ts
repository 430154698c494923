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
const NO_START = new Set('，。、；：？！）》」』】〕〉”’…—·%,.;:!?)]}>％'.split(''));
const NO_END = new Set('（《「『【〔〈“‘([{<'.split(''));

/** Pieces that wrap as a unit: one CJK character or a run of narrow ones, with glued punctuation. */
function tokens(line: string): { text: string; width: number; space: boolean }[] {
  const out: { text: string; width: number; space: boolean }[] = [];
  let glueNext = false;
  for (const ch of line) {
    const width = charWidth(ch.codePointAt(0) ?? 0);
    const space = ch === ' ';
    const last = out[out.length - 1];
    const narrowRun = last && !last.space && !space && width < 1 && last.text.length > 0 && charWidth(last.text.codePointAt(last.text.length - 1) ?? 0) < 1;
    if (last && (glueNext || NO_START.has(ch) || narrowRun)) {
      last.text += ch;
      last.width += width;
      last.space = false;
    } else {
      out.push({ text: ch, width, space });
    }
    glueNext = NO_END.has(ch);
  }
  return out;
}

/** Lines `text` takes when wrapped in `capacity` em (explicit newlines included). */
export function wrappedLineCount(text: string, capacity: number): number {
  let lines = 0;
  for (const line of text.split('\n')) lines += wrapLine(line, Math.max(capacity, 1));
  return lines;
}

function wrapLine(line: string, capacity: number): number {
  let lines = 1;
  let used = 0;
  for (const token of tokens(line)) {
    if (used + token.width <= capacity + 1e-9) {
      used += token.width;
      continue;
    }
    if (token.space) continue;
    if (token.width > capacity) {
      // A run longer than the line breaks anywhere.
      const total = used + token.width;
      lines += Math.ceil(total / capacity) - 1;
      used = total - (Math.ceil(total / capacity) - 1) * capacity;
      continue;
    }
    lines += 1;
    used = token.width;
  }
  return lines;
}
