// What a matter is about, as weighted terms for the relevance of the articles it cites: its
// name counts most, then the district duties, then the street's (which mostly say 巡查、报告).
// The names of the list's units are cut out: every duty repeats them.
import { scoreArticles, termsOf, type RelevanceIndex, type Terms } from '../laws/index.js';
import type { Matter } from '../types.js';
import type { UnitIndex } from '../units.js';

const WEIGHTS = { name: 2, district: 1, street: 0.5 };

/** A query: its terms, and the text it was made from, which identifies it. A query made of
 *  weighted parts is scored part by part, so parts shared by many matters (the same duties) are
 *  scored once per law version. */
export interface Query {
  terms: Terms;
  key: string;
  parts?: { terms: Terms; key: string; weight: number }[];
}

const queries = new WeakMap<Matter, Query>();
const unitPatterns = new WeakMap<UnitIndex, RegExp>();
const termCache = new WeakMap<UnitIndex, Map<string, Terms>>();
// Duties repeat across matters, names do not: a few thousand texts keep the hits and bound the memory.
const CACHE_LIMIT = 5_000;

/** termsOf with the list's unit names cut out, remembered per text (duties repeat). */
function textTerms(text: string, units: UnitIndex, shared: 'all' | 'grammar'): Terms {
  let cache = termCache.get(units);
  if (!cache) {
    cache = new Map();
    termCache.set(units, cache);
  }
  const key = `${shared}\u0000${text}`;
  const known = cache.get(key);
  if (known) return known;
  const terms = termsOf(text, unitPattern(units), shared);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, terms);
  return terms;
}

/** The whole matter: name, district duties and street duties, weighted and summed. */
export function matterTerms(matter: Matter, units: UnitIndex): Query {
  const known = queries.get(matter);
  if (known) return known;
  const district = matter.district.flatMap((d) => d.duties).join('。');
  const street = matter.street.duties.join('。');
  const parts = [
    { text: matter.name, weight: WEIGHTS.name },
    { text: district, weight: WEIGHTS.district },
    { text: street, weight: WEIGHTS.street },
  ].map(({ text, weight }) => {
    const terms: Terms = new Map();
    for (const term of textTerms(text, units, 'all').keys()) terms.set(term, 1);
    return { terms, key: `p\u0000${text}`, weight };
  });
  const whole: Terms = new Map();
  for (const part of parts) for (const term of part.terms.keys()) whole.set(term, (whole.get(term) ?? 0) + part.weight);
  const entry: Query = { terms: whole, key: `m\u0000${matter.name}\u0000${district}\u0000${street}`, parts };
  queries.set(matter, entry);
  return entry;
}

/** Scores of every article of the index's version for the query. */
export function scoreQuery(index: RelevanceIndex, query: Query): Float64Array {
  if (!query.parts) return scoreArticles(index, query.terms, query.key);
  const out = new Float64Array(index.size);
  for (const part of query.parts) {
    const scores = scoreArticles(index, part.terms, part.key);
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + part.weight * (scores[i] as number);
  }
  return out;
}

const dutyQueries = new WeakMap<Matter, Query[]>();

/** Each district duty on its own, as the terms of a query. */
export function dutyTerms(matter: Matter, units: UnitIndex): Query[] {
  const known = dutyQueries.get(matter);
  if (known) return known;
  const out = matter.district.flatMap((d) => d.duties).map((duty) => {
    const query: Terms = new Map();
    for (const term of textTerms(duty, units, 'grammar').keys()) query.set(term, 1);
    return { terms: query, key: `d\u0000${duty}` };
  });
  dutyQueries.set(matter, out);
  return out;
}

function unitPattern(units: UnitIndex): RegExp {
  const known = unitPatterns.get(units);
  if (known) return known;
  const names = [...units.names, ...units.aliases.keys()]
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(names.length > 0 ? names.join('|') : '(?!)', 'g');
  unitPatterns.set(units, pattern);
  return pattern;
}
