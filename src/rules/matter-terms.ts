// What a matter is about, as weighted terms for the relevance of the articles it cites: its
// name counts most, then the district duties, then the street's (which mostly say 巡查、报告).
// The names of the list's units are cut out: every duty repeats them.
import { termsOf, type Terms } from '../laws/index.js';
import type { Matter } from '../types.js';
import type { UnitIndex } from '../units.js';

const WEIGHTS = { name: 2, district: 1, street: 0.5 };

const queries = new WeakMap<Matter, Terms>();
const unitPatterns = new WeakMap<UnitIndex, RegExp>();

export function matterTerms(matter: Matter, units: UnitIndex): Terms {
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
  queries.set(matter, query);
  return query;
}

const dutyQueries = new WeakMap<Matter, Terms[]>();

/** Each district duty on its own, as the terms of a query. */
export function dutyTerms(matter: Matter, units: UnitIndex): Terms[] {
  const known = dutyQueries.get(matter);
  if (known) return known;
  const remove = unitPattern(units);
  const out = matter.district.flatMap((d) => d.duties).map((duty) => {
    const query: Terms = new Map();
    for (const term of termsOf(duty, remove, 'grammar').keys()) query.set(term, 1);
    return query;
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
