// What `fmt` would change in a file, said per kind of change, so `fmt --check` can tell the clerk
// why a file is listed. Each rewrite is left out in turn: the ones whose absence changes the
// result are the ones at work; anything else is layout (indentation, list style, spacing).
import { formatYaml, type Normalise } from './format.js';
import type { FileKind } from './order.js';

export type Change = 'order' | 'quoting' | 'citation' | 'layout';

/** The kinds of change that turn `text` (LF, no BOM) into `formatted`. */
export function changesOf(text: string, formatted: string, kind: FileKind, normalise: Normalise): Change[] {
  const without = (steps: { order?: boolean; quoting?: boolean }, n: Normalise = normalise): string | undefined => {
    const r = formatYaml(text, kind, n, steps);
    return r.ok ? r.text : undefined;
  };
  const same = (s: string): string => s;
  const changes: Change[] = [];
  if (without({ order: false }) !== formatted) changes.push('order');
  if (without({ quoting: false }) !== formatted) changes.push('quoting');
  if (without({}, same) !== formatted) changes.push('citation');
  // With every named rewrite left out, what still differs is layout.
  if (without({ order: false, quoting: false }, same) !== text) changes.push('layout');
  return changes;
}
