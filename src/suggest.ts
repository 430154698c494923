// "Did you mean …?" for every name the user types: unit names, matter types, enum values, schema
// keys, law titles. A suggestion is only worth showing when it is close; a far one misleads a
// clerk into writing a different unit or law (《全民健身条例》 is not 《娱乐场所管理条例》).
import { distance } from 'fastest-levenshtein';

/** Edits allowed per character of the longer string: 1 in 3 (文化巿场 → 文化市场, not 文物 → 文化). */
export const MAX_NORMALISED_DISTANCE = 1 / 3;
/** Containment needs this many characters: one character (区, 局) is in almost every name. */
const MIN_CONTAINED = 2;

/**
 * The candidate the user most likely meant, or undefined when none is close enough.
 * In order: the same name written with other spacing or 《》; a candidate that contains what was
 * written (文化 → 文化市场, 旅游法 → 中华人民共和国旅游法), one starting with it first; the nearest
 * by edit distance, when at most a third of it differs and the difference is not a whole word
 * swapped for another (体育法 ≠ 旅游法 however long the shared 中华人民共和国 is).
 * Ties go to the earlier candidate, so callers list the likelier ones first.
 */
export function suggest(written: string, candidates: readonly string[], options: SuggestOptions = {}): string | undefined {
  const keyOf = (s: string): string => {
    const n = normalise(s);
    return (options.key ? options.key(n) : n) || n;
  };
  const wanted = keyOf(written);
  if (wanted === '' || candidates.length === 0) return undefined;
  const keyed = candidates.map((name) => ({ name, key: keyOf(name) })).filter((c) => c.key !== '');
  const same = keyed.find((c) => c.key === wanted);
  if (same) return same.name;
  if ([...wanted].length >= MIN_CONTAINED) {
    const contained = keyed.find((c) => c.key.startsWith(wanted)) ?? keyed.find((c) => c.key.includes(wanted));
    if (contained) return contained.name;
  }
  let best: { name: string; d: number } | undefined;
  for (const c of keyed) {
    const d = distance(wanted, c.key);
    if (d > MAX_NORMALISED_DISTANCE * Math.max(wanted.length, c.key.length)) continue;
    if (wordSwapped(wanted, c.key)) continue;
    if (!best || d < best.d) best = { name: c.name, d };
  }
  return best?.name;
}

export interface SuggestOptions {
  /** The part of a name that tells it apart (a law title without 中华人民共和国 and its 法/条例),
   *  compared instead of the whole name. */
  key?: (name: string) => string;
}

/** Spacing (half- and full-width) and book-title marks do not make a name different. */
function normalise(s: string): string {
  return s.replace(/[\s\u3000《》]/g, '');
}

/** True when, once the shared beginning and end are set aside, two different words of two or
 *  more characters remain with nothing in common: a different thing, not a slip of the keyboard. */
function wordSwapped(a: string, b: string): boolean {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const coreA = a.slice(start, a.length - end);
  const coreB = b.slice(start, b.length - end);
  if (coreA.length < 2 || coreB.length < 2) return false;
  return distance(coreA, coreB) >= Math.max(coreA.length, coreB.length);
}
