// A range (第五条至第八条, 第二十条第一款至第三款) is one ArticleRef with `through`; what it stands
// for depends on the version cited. Listing its members against a version keeps every consumer's
// cost bounded by the law's size, whatever numbers the clerk (or an attacker) wrote.
import { articleOf } from './registry.js';
import type { ArticleRef, LawVersion } from './types.js';

/** Members listed for a range when no version text bounds it (a law declared without text). */
export const MAX_UNBOUNDED_MEMBERS = 200;

type Level = 'article' | 'paragraph' | 'item';

/** The level a range runs over: the deepest one cited. */
export function rangeLevel(ref: ArticleRef): Level {
  return ref.item !== undefined ? 'item' : ref.paragraph !== undefined ? 'paragraph' : 'article';
}

/** The first and the last member of a range, as plain refs (the ref itself when it is no range). */
export function rangeEnds(ref: ArticleRef): [ArticleRef, ArticleRef] {
  if (ref.through === undefined) return [ref, ref];
  const { through: _through, ...first } = ref;
  return [first, { ...first, [rangeLevel(ref)]: ref.through }];
}

/** Every ref of `refs` with each range replaced by the members `version` holds (all of them up to
 *  MAX_UNBOUNDED_MEMBERS without a version). Members carry the range's span. */
export function expandRefs(refs: readonly ArticleRef[], version?: LawVersion): ArticleRef[] {
  return refs.flatMap((ref) => (ref.through === undefined ? [ref] : members(ref, version)));
}

function members(ref: ArticleRef, version: LawVersion | undefined): ArticleRef[] {
  const level = rangeLevel(ref);
  const [first] = rangeEnds(ref);
  const from = first[level] ?? 0;
  const bound = version ? highest(first, level, version) : from + MAX_UNBOUNDED_MEMBERS - 1;
  const through = Math.min(ref.through ?? from, bound);
  const numbers = version && level === 'article' ? articleNumbers(version) : undefined;
  const out: ArticleRef[] = [];
  for (let n = from; n <= through; n++) {
    // Articles may skip numbers only in a broken text; members the version lacks are not listed.
    if (!numbers || numbers.has(n)) out.push({ ...first, [level]: n });
  }
  return out;
}

const NUMBERS = new WeakMap<LawVersion, Set<number>>();

/** The article numbers (without 之N) a version has, computed once per version. */
function articleNumbers(version: LawVersion): Set<number> {
  let numbers = NUMBERS.get(version);
  if (!numbers) {
    numbers = new Set(version.articles.filter((a) => a.suffix === undefined).map((a) => a.number));
    NUMBERS.set(version, numbers);
  }
  return numbers;
}

/** The highest number the version has at the level. */
function highest(first: ArticleRef, level: Level, version: LawVersion): number {
  if (level === 'article') return Math.max(0, ...articleNumbers(version));
  const article = articleOf(version, first.article, first.suffix);
  if (!article) return 0;
  if (level === 'paragraph') return article.paragraphs.length;
  const paragraph = first.paragraph === undefined
    ? article.paragraphs.find((p) => p.items.length > 0)
    : article.paragraphs[first.paragraph - 1];
  return (paragraph?.items ?? []).reduce((max, i) => Math.max(max, i.number), 0);
}
