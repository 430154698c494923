// Cell texts as plain strings (to measure and break) and back (to write the chosen lines).
import type { LineSpan } from './breaker.js';
import type { CellText, Run } from './table.js';

/** The characters of a cell. */
export function plainText(cell: CellText): string {
  return typeof cell === 'string' ? cell : cell.map((r) => r.text).join('');
}

/** The given lines of a cell, joined by explicit newlines, marks kept. */
export function linesOf(cell: CellText, text: string, spans: readonly LineSpan[]): CellText {
  if (typeof cell === 'string') return spans.map((s) => text.slice(s.from, s.to)).join('\n');
  const out: Run[] = [];
  spans.forEach((s, i) => {
    if (i > 0) push(out, { text: '\n' });
    let at = 0;
    for (const run of cell) {
      const from = Math.max(s.from, at);
      const to = Math.min(s.to, at + run.text.length);
      if (from < to) push(out, { text: run.text.slice(from - at, to - at), ...(run.mark ? { mark: run.mark } : {}) });
      at += run.text.length;
      if (at >= s.to) break;
    }
  });
  return out;
}

// Neighbouring runs with one look become one run (a newline takes the look of the run before it).
function push(out: Run[], run: Run): void {
  const last = out[out.length - 1];
  if (last && (last.mark === run.mark || (run.text === '\n' && run.mark === undefined))) last.text += run.text;
  else out.push({ ...run });
}

/** The cell with `suffix` appended (e.g. （续）). */
export function appendText(cell: CellText, suffix: string): CellText {
  return typeof cell === 'string' ? cell + suffix : [...cell, { text: suffix }];
}
