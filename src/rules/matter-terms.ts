// What a matter is about, as weighted terms for the relevance of the articles it cites: its
// name counts most, then the district duties, then the street's (which mostly say 巡查、报告).
// The names of the list's units are cut out: every duty repeats them.
import { termsOf, type Terms } from '../laws/index.js';
import type { Matter } from '../types.js';
import type { UnitIndex } from '../units.js';

const WEIGHTS = { name: 2, district: 1, street: 0.5 };

/** A query and the text it was made from, which identifies it. */
export interface Query {
  terms: Terms;
  key: string;
}

const queries = new WeakMap<Matter, Query>();
const unitPatterns = new WeakMap<UnitIndex, RegExp>();

export function matterTerms(matter: Matter, units: UnitIndex): Query {
  const known = queries.get(matter);
  if (known) return known;
  const remove = unitPattern(units);
  const query: Terms = new Map();
  const add = (text: string, weight: number): void => {
    for (const term of termsOf(text, remove).keys()) query.set(term, Math.max(query.get(term) ?? 0, weight));
  };
  add(matter.street.duties.join('。'), WEIGHTS.street);
  add(matter.district.flatMap((d) => d.duties).join('。'), WEIGHTS.district);
  add(matter.name, WEIGHTS.name);
  const entry = { terms: query, key: `m\u0000${matter.name}\u0000${matter.district.flatMap((d) => d.duties).join('\u0000')}\u0000${matter.street.duties.join('\u0000')}` };
  queries.set(matter, entry);
  return entry;
}

const dutyQueries = new WeakMap<Matter, Query[]>();

/** Each district duty on its own, as the terms of a query. */
export function dutyTerms(matter: Matter, units: UnitIndex): Query[] {
  const known = dutyQueries.get(matter);
  if (known) return known;
  const remove = unitPattern(units);
  const out = matter.district.flatMap((d) => d.duties).map((duty) => {
    const query: Terms = new Map();
    for (const term of termsOf(duty, remove, 'grammar').keys()) query.set(term, 1);
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
