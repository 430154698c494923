// Lists (duties, citations, units) are compared as multisets: an entry is added or removed, and
// reordering alone adds or removes nothing. A removed and an added entry that share most of their
// characters are paired as one entry reworded, so it can be shown character by character.
import { diffChars } from 'diff';
import type { Reworded } from './types.js';

export interface ListDiff<T> {
  added: T[];
  removed: T[];
  reworded: Reworded<T>[];
}

/** Below this share of common characters two entries are different entries, not a rewording. */
const REWORD_SIMILARITY = 0.5;

export function diffList<T>(before: T[], after: T[], key: (entry: T) => string, text: (entry: T) => string = key, samePlace: (a: T, b: T) => boolean = () => true): ListDiff<T> {
  const removed = subtract(before, after, key);
  const added = subtract(after, before, key);
  return { added, removed, reworded: pairRewordings(removed, added, text, samePlace) };
}

function subtract<T>(from: T[], minus: T[], key: (entry: T) => string): T[] {
  const left = new Map<string, number>();
  for (const e of minus) left.set(key(e), (left.get(key(e)) ?? 0) + 1);
  return from.filter((e) => {
    const n = left.get(key(e)) ?? 0;
    if (n > 0) left.set(key(e), n - 1);
    return n === 0;
  });
}

function pairRewordings<T>(removed: T[], added: T[], text: (entry: T) => string, samePlace: (a: T, b: T) => boolean): Reworded<T>[] {
  if (removed.length === 0 || added.length === 0) return [];
  const candidates: { i: number; j: number; score: number }[] = [];
  removed.forEach((r, i) => {
    added.forEach((a, j) => {
      if (!samePlace(r, a)) return;
      const score = similarity(text(r), text(a));
      if (score >= REWORD_SIMILARITY) candidates.push({ i, j, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedR = new Set<number>();
  const usedA = new Set<number>();
  const pairs: { i: number; j: number }[] = [];
  for (const c of candidates) {
    if (usedR.has(c.i) || usedA.has(c.j)) continue;
    usedR.add(c.i);
    usedA.add(c.j);
    pairs.push(c);
  }
  return pairs.sort((x, y) => x.j - y.j).map(({ i, j }) => ({ before: removed[i] as T, after: added[j] as T }));
}

/** Share of characters the two strings have in common (Dice coefficient over a character diff). */
export function similarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  const common = diffChars(a, b).reduce((n, c) => (c.added || c.removed ? n : n + c.value.length), 0);
  return (2 * common) / (a.length + b.length);
}
