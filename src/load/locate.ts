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
}

/** Line/column of `path` in the file; the closest existing ancestor when the path is missing. */
export function locate(source: SourceFile, path: DataPath, options: LocateOptions = {}): Range {
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
