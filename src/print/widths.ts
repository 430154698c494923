// Column widths from the content: every column as narrow as its text allows, then the room left on
// the page goes, half an em at a time, to the column whose widening saves the most lines — the
// tallest column decides a row's height, so the two duty columns end up balanced.
import { breakLines, widestUnit } from './breaker.js';
import { columnCapacityEm, columnWidthFor, textEm } from './metrics.js';
import { plainText } from './runs.js';
import type { Column, TableRow } from './table.js';
import { BODY_SIZE, HEADER_SIZE } from './fonts.js';

const STEP_EM = 0.5;
// Lines saved in columns that do not (yet) decide a row's height count a little, so two tied
// columns are widened in turn instead of neither.
const SECONDARY = 0.05;

/** Text width (em of the body font) of each column, to fill `totalUnits` of Excel width. */
export function chooseWidths(columns: readonly Column[], rows: readonly TableRow[], totalUnits: number, balance?: readonly number[]): number[] {
  const texts = columns.map((_, c) => rows.filter((r) => (r.role ?? 'body') !== 'gap').map((r) => plainText(r.cells[c] ?? '')));
  const widest = columns.map((col, c) => Math.max(headerEm(col.header), ...(texts[c] ?? []).map(widestParagraph)));
  // No narrower than its widest word (an id, a number with its punctuation), its header in two lines.
  const words = columns.map((col, c) => Math.max(headerFloor(col.header), ...(texts[c] ?? []).map(widestUnit)));
  const em = columns.map((col, c) => clamp(Math.max(col.min, words[c] ?? 0), col.min, Math.min(col.max, Math.max(col.min, widest[c] ?? 0))));
  // Paired columns start at the wider of their widths and grow together.
  const partners = columns.map((col, c) => (col.pair === undefined ? [c] : columns.flatMap((o, i) => (o.pair === col.pair ? [i] : []))));
  for (const group of partners) {
    const w = Math.max(...group.map((i) => em[i] ?? 0));
    for (const i of group) em[i] = w;
  }
  const growable = (balance ?? columns.map((_, c) => c)).filter((c) => (em[c] ?? 0) < Math.min(columns[c]?.max ?? 0, widest[c] ?? 0));

  const cache = new Map<string, Int32Array>();
  const lineCounts = (c: number, width: number): Int32Array => {
    const key = `${c}:${width}`;
    let counts = cache.get(key);
    if (!counts) {
      const capacity = columnCapacityEm(columnWidthFor(width, BODY_SIZE), BODY_SIZE);
      counts = Int32Array.from(texts[c] ?? [], (t) => (t === '' ? 0 : breakLines(t, capacity).length));
      cache.set(key, counts);
    }
    return counts;
  };
  const cost = (widths: readonly number[]): number => {
    const per = widths.map((w, c) => lineCounts(c, w));
    let total = 0;
    for (let r = 0; r < (texts[0]?.length ?? 0); r++) {
      let max = 0;
      let sum = 0;
      for (const counts of per) {
        const n = counts[r] ?? 0;
        if (n > max) max = n;
        sum += n;
      }
      total += max + SECONDARY * sum;
    }
    return total;
  };

  // Each round widens the column that saves the most per em; a column whose next half em saves
  // nothing (its lines only shorten) is tried wider, up to the room left.
  let current = cost(em);
  for (;;) {
    let best = -1;
    let bestWidth = 0;
    let bestGain = 0;
    let bestCost = current;
    for (const c of growable) {
      const col = columns[c];
      const w = em[c] ?? 0;
      if (!col) continue;
      for (let next = w + STEP_EM; next <= Math.min(col.max, (widest[c] ?? 0) + STEP_EM) + 1e-9; next += STEP_EM) {
        const trial = em.slice();
        for (const i of partners[c] ?? [c]) trial[i] = next;
        if (trial.reduce((sum, e) => sum + columnWidthFor(e, BODY_SIZE), 0) > totalUnits) break;
        const k = cost(trial);
        if (k < current - 1e-9) {
          const gain = (current - k) / (next - w);
          if (gain > bestGain + 1e-12) [best, bestWidth, bestGain, bestCost] = [c, next, gain, k];
          break;
        }
      }
    }
    if (best < 0) break;
    for (const i of partners[best] ?? [best]) em[i] = bestWidth;
    current = bestCost;
  }
  // Room no column can use to save a line is left unused: the table is centred on the page.
  return em;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), Math.max(lo, hi));
}

function widestParagraph(text: string): number {
  let widest = 0;
  for (const p of text.split('\n')) widest = Math.max(widest, textEm(p));
  return widest;
}

// Headers are set in a larger font and may take two lines; each word of a header fits.
function headerEm(header: string): number {
  return (textEm(header) * HEADER_SIZE) / BODY_SIZE;
}

// A header may take two lines of even length (事项 / 编码); one of two characters stays whole.
function headerFloor(header: string): number {
  const em = textEm(header);
  return Math.ceil(((em <= 2 ? em : Math.ceil(em / 2)) * HEADER_SIZE / BODY_SIZE) * 2) / 2;
}
