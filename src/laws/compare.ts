// Article-by-article comparison of two versions of one instrument. Revisions reword the articles
// they move (文物保护法 2024: old 第十七条 → 第二十八条), so articles are paired by similarity of
// their normalised text, not by equality.
import type { LawArticle, LawVersion } from './types.js';

/** What happened to an article between two versions. */
export type ArticleChange = 'unchanged' | 'changed' | 'moved' | 'removed' | 'added';

/** One line of the old → new map. `moved` articles may also be reworded (similarity < 1). */
export interface ArticleMapping {
  change: ArticleChange;
  old?: LawArticle;
  new?: LawArticle;
  /** Dice coefficient of character bigrams of the normalised texts, 0…1. */
  similarity: number;
  /** For a removed article: the new article that now holds most of its text (two old articles
   *  merged into one), with the share of the old text found there. */
  into?: { article: LawArticle; containment: number };
}

/** The old → new map of two versions: every old article once, then the added ones. */
export interface VersionComparison {
  older: LawVersion;
  newer: LawVersion;
  mappings: ArticleMapping[];
}

/** Below this an old article is taken as removed rather than reworded (next-best pairs in the
 *  文物保护法 revision score ≤ 0.45; true moves ≥ 0.6). */
export const MOVE_THRESHOLD = 0.5;

/** Pairs every article of `older` with its successor in `newer`, if any. */
export function compareVersions(older: LawVersion, newer: LawVersion): VersionComparison {
  const oldTexts = older.articles.map(articleText);
  const newTexts = newer.articles.map(articleText);
  const oldTaken = new Map<number, { j: number; score: number }>();
  const newTaken = new Set<number>();
  pairIdentical(oldTexts, newTexts, oldTaken, newTaken);
  const oldGrams = oldTexts.map(bigrams);
  const newGrams = newTexts.map(bigrams);
  const candidates: { i: number; j: number; score: number }[] = [];
  oldGrams.forEach((og, i) => {
    if (oldTaken.has(i)) return;
    newGrams.forEach((ng, j) => {
      if (newTaken.has(j)) return;
      if ((2 * Math.min(og.length, ng.length)) / (og.length + ng.length) < MOVE_THRESHOLD) return;
      const score = dice(og, ng);
      if (score >= MOVE_THRESHOLD) candidates.push({ i, j, score });
    });
  });
  // Greedy best-first one-to-one pairing; a tie prefers the nearer position.
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j));
  for (const c of candidates) {
    if (oldTaken.has(c.i) || newTaken.has(c.j)) continue;
    oldTaken.set(c.i, { j: c.j, score: c.score });
    newTaken.add(c.j);
  }
  const mappings: ArticleMapping[] = older.articles.map((old, i) => {
    const pair = oldTaken.get(i);
    const successor = pair === undefined ? undefined : newer.articles[pair.j];
    if (pair === undefined || !successor) return removed(old, oldGrams[i], newer.articles, newGrams);
    const identical = pair.score === 1 && oldTexts[i] === newTexts[pair.j];
    const change: ArticleChange = !sameNumber(old, successor) ? 'moved' : identical ? 'unchanged' : 'changed';
    return { change, old, new: successor, similarity: identical ? 1 : round(pair.score) };
  });
  newer.articles.forEach((added, j) => {
    if (!newTaken.has(j)) mappings.push({ change: 'added', new: added, similarity: 0 });
  });
  return { older, newer, mappings };
}

/** Identical texts pair first (most of an amendment), the same position preferred. */
function pairIdentical(
  oldTexts: string[],
  newTexts: string[],
  oldTaken: Map<number, { j: number; score: number }>,
  newTaken: Set<number>,
): void {
  const byText = new Map<string, number[]>();
  newTexts.forEach((text, j) => byText.set(text, [...(byText.get(text) ?? []), j]));
  oldTexts.forEach((text, i) => {
    const free = (byText.get(text) ?? []).filter((j) => !newTaken.has(j));
    const j = free.includes(i) ? i : free[0];
    if (j === undefined) return;
    oldTaken.set(i, { j, score: 1 });
    newTaken.add(j);
  });
}

/** Share of an old article's bigrams that a new article must hold to count as its new home. */
export const MERGE_THRESHOLD = 0.7;

function removed(old: LawArticle, grams: Grams | undefined, articles: LawArticle[], newGrams: Grams[]): ArticleMapping {
  const mapping: ArticleMapping = { change: 'removed', old, similarity: 0 };
  if (!grams || grams.length === 0) return mapping;
  let best = -1;
  let bestShare = 0;
  newGrams.forEach((ng, j) => {
    const share = common(grams, ng) / grams.length;
    if (share > bestShare) {
      bestShare = share;
      best = j;
    }
  });
  const article = articles[best];
  if (article && bestShare >= MERGE_THRESHOLD) mapping.into = { article, containment: round(bestShare) };
  return mapping;
}

/** The whole article as one string, normalised for comparison. */
export function articleText(article: LawArticle): string {
  return normaliseText(article.paragraphs.map((p) => p.text + p.items.map((i) => i.text).join('')).join(''));
}

/** Folds punctuation width and drops whitespace, so typesetting differences do not count. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");
}

/** Dice coefficient of the character-bigram multisets of two normalised strings. */
export function similarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

// Sorted bigram codes (two UTF-16 units per number): a merge walk counts the common multiset
// in linear time, which keeps the ~8,000 pairings of a large revision to a few milliseconds.
type Grams = Float64Array;

function bigrams(s: string): Grams {
  if (s.length === 1) return Float64Array.of(s.charCodeAt(0));
  const grams = new Float64Array(Math.max(s.length - 1, 0));
  for (let i = 0; i + 1 < s.length; i++) grams[i] = s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
  return grams.sort();
}

function dice(a: Grams, b: Grams): number {
  if (a.length + b.length === 0) return 1;
  return (2 * common(a, b)) / (a.length + b.length);
}

function common(a: Grams, b: Grams): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

function sameNumber(a: LawArticle, b: LawArticle): boolean {
  return a.number === b.number && a.suffix === b.suffix;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const cache = new WeakMap<LawVersion, WeakMap<LawVersion, VersionComparison>>();

/** compareVersions, computed once per pair of versions. */
export function comparisonOf(older: LawVersion, newer: LawVersion): VersionComparison {
  let byNewer = cache.get(older);
  if (!byNewer) {
    byNewer = new WeakMap();
    cache.set(older, byNewer);
  }
  let found = byNewer.get(newer);
  if (!found) {
    found = compareVersions(older, newer);
    byNewer.set(newer, found);
  }
  return found;
}

/** Makes comparisonOf return `c` for its pair of versions (used by the registry cache). */
export function seedComparison(c: VersionComparison): void {
  let byNewer = cache.get(c.older);
  if (!byNewer) {
    byNewer = new WeakMap();
    cache.set(c.older, byNewer);
  }
  byNewer.set(c.newer, c);
}
