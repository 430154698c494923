// The one place a data path becomes a line and column (Spectral's getRangeForJsonPath idea).
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { DataPath } from '../types.js';
import type { SourceFile } from './source.js';

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LocateOptions {
  /** Point at the key of the last segment instead of its value (unknown keys). */
  key?: boolean;
  /** A span inside the located string value (e.g. one article of a citation). */
  span?: { start: number; end: number };
  /** The value at `path`, when known: a string found once in the text is located without parsing. */
  value?: unknown;
}

/** Line/column of `path` in the file; the closest existing ancestor when the path is missing. */
export function locate(source: SourceFile, path: DataPath, options: LocateOptions = {}): Range {
  const quick = options.key ? undefined : locateUniqueString(source, options.value, options.span);
  if (quick) return quick;
  const doc = source.document();
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  let complete = true;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = (node.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) { complete = false; break; }
      keyNode = pair.key as Node;
      if (last && options.key) { node = pair.key; break; }
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      keyNode = undefined;
      node = node.items[segment];
    } else {
      complete = false;
      break;
    }
  }
  // A missing key or a whole collection reads best at the key that owns it.
  const target = (!complete || isMap(node) || isSeq(node)) && keyNode ? keyNode : (node as Node | undefined);
  const range = target?.range;
  if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  let [start, end] = [range[0], range[1]];
  if (complete && options.span && isScalar(node)) {
    const shifted = shiftIntoScalar(source.text, node, options.span);
    if (shifted) [start, end] = shifted;
  }
  const from = source.position(start);
  const to = source.position(end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

// Most findings sit on a string written once, literally, on one line (a citation, a duty, a unit).
// Finding its only occurrence gives the same position as the parsed document at a fraction of the
// cost; anything ambiguous (repeated, escaped, folded) goes through the full parse.
function locateUniqueString(source: SourceFile, value: unknown, span?: { start: number; end: number }): Range | undefined {
  if (typeof value !== 'string' || value.length < 2 || value.includes('\n')) return undefined;
  const { text } = source;
  const at = text.indexOf(value);
  if (at < 0 || text.indexOf(value, at + 1) >= 0) return undefined;
  const before = text[at - 1];
  const after = text[at + value.length];
  // The whole scalar, not part of a longer one: preceded by "- ", ": ", "[", "," or a quote, and
  // followed by the end of the line, a comment, a closing bracket, a comma or the same quote.
  if (before === undefined || !/[ \t[,'"]/.test(before)) return undefined;
  const quoted = before === '"' || before === "'";
  if (quoted ? after !== before : after !== undefined && !/[\n\],#\r]/.test(after) && !(after === ' ' && /^ +(#|$)/m.test(text.slice(at + value.length)))) return undefined;
  if (quoted && before === '"' && /[\\"]/.test(value)) return undefined;
  const start = at + (span?.start ?? 0);
  const end = at + (span?.end ?? value.length);
  const from = source.position(start);
  const to = source.position(end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** Offsets of a span of a scalar's value in the source, when the value is written literally on one line. */
function shiftIntoScalar(text: string, node: Node, span: { start: number; end: number }): [number, number] | undefined {
  if (!isScalar(node) || !node.range || typeof node.value !== 'string') return undefined;
  const quote = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
  if (node.type !== 'PLAIN' && quote === 0) return undefined;
  const start = node.range[0] + quote + span.start;
  const end = node.range[0] + quote + span.end;
  const wanted = node.value.slice(span.start, span.end);
  return text.slice(start, end) === wanted ? [start, end] : undefined;
}
