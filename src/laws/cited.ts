// The articles a citation string points at, resolved once per string and date pair, for the
// rules that read what the cited text says (relevance, penalty basis, competent authority).
// A ref the citation check already reports (missing article, 款 or 项; content moved since the
// list was written) is left out: those rules have nothing to add to that finding.
import { parseCitation } from './citation.js';
import { comparisonOf } from './compare.js';
import { expandRefs } from './ranges.js';
import { articleOf, findInstrument, versionOn, type LawRegistry } from './registry.js';
import type { ArticleRef, Instrument, LawArticle, LawVersion } from './types.js';

/** One ref whose article exists in the version in force. */
export interface CitedArticle {
  ref: ArticleRef;
  article: LawArticle;
  /** The text the ref points at: the article, or its 款, or a 项 with the 款's lead-in. */
  text: string;
  /** Refs of one range (第七十六条至第七十八条) share a number. */
  range?: number;
}

/** One law named in a citation string, in the version in force, with the refs that resolve. */
export interface CitedInstrument {
  instrument: Instrument;
  version: LawVersion;
  /** The version in force when the list was written, when it is another one with text. */
  citedVersion?: LawVersion;
  articles: CitedArticle[];
}

const memo = new WeakMap<LawRegistry, Map<string, CitedInstrument[]>>();

/** The laws with text a citation string cites and their resolvable refs (memoised). */
export function citedArticles(registry: LawRegistry, citation: string, onDate: string, citedOn: string): CitedInstrument[] {
  let byKey = memo.get(registry);
  if (!byKey) {
    byKey = new Map();
    memo.set(registry, byKey);
  }
  const key = `${onDate}\u0000${citedOn}\u0000${citation}`;
  const known = byKey.get(key);
  if (known) return known;
  const result = resolve(registry, citation, onDate, citedOn);
  byKey.set(key, result);
  return result;
}

function resolve(registry: LawRegistry, citation: string, onDate: string, citedOn: string): CitedInstrument[] {
  const { laws } = parseCitation(citation, { isKnownTitle: (t) => findInstrument(registry, t) !== undefined });
  const out: CitedInstrument[] = [];
  for (const law of laws) {
    const instrument = findInstrument(registry, law.title)?.instrument;
    const version = instrument && versionOn(instrument, onDate);
    if (!instrument || !version?.hasText) continue;
    const then = versionOn(instrument, citedOn);
    const citedVersion = then && then !== version && then.hasText ? then : undefined;
    const articles: CitedArticle[] = [];
    law.refs.forEach((written, k) => {
      // A range (第七十六条至第七十八条) is one ref: its members, as the version in force has them.
      const members = written.through === undefined ? [written] : expandRefs([written], version);
      for (const ref of members) {
        if (citedVersion && moved(citedVersion, version, ref)) continue;
        const article = articleOf(version, ref.article, ref.suffix);
        const text = article && refText(article, ref);
        if (!article || text === undefined) continue;
        const entry: CitedArticle = { ref, article, text };
        if (written.through !== undefined) entry.range = k;
        articles.push(entry);
      }
    });
    const entry: CitedInstrument = { instrument, version, articles };
    if (citedVersion) entry.citedVersion = citedVersion;
    out.push(entry);
  }
  return out;
}

/** True when the article the ref named when the list was written is now elsewhere or gone. */
function moved(cited: LawVersion, current: LawVersion, ref: ArticleRef): boolean {
  const old = articleOf(cited, ref.article, ref.suffix);
  if (!old) return false;
  const mapping = comparisonOf(cited, current).mappings.find((m) => m.old === old);
  if (!mapping || (mapping.change === 'removed' && !mapping.into)) return true;
  const next = mapping.change === 'moved' ? mapping.new : mapping.into?.article;
  return next !== undefined && (next.number !== ref.article || next.suffix !== ref.suffix);
}

/** The text a ref points at, or undefined when its 款 or 项 does not exist. */
export function refText(article: LawArticle, ref: Pick<ArticleRef, 'paragraph' | 'item'>): string | undefined {
  let paragraphs = article.paragraphs;
  if (ref.paragraph !== undefined) {
    const p = article.paragraphs[ref.paragraph - 1];
    if (!p) return undefined;
    paragraphs = [p];
  } else if (ref.item !== undefined) {
    paragraphs = article.paragraphs.filter((p) => p.items.length > 0).slice(0, 1);
  }
  if (ref.item !== undefined) {
    const p = paragraphs[0];
    const item = p?.items.find((i) => i.number === ref.item);
    return p && item ? p.text + item.text : undefined;
  }
  return paragraphs.map((p) => p.text + p.items.map((i) => i.text).join('')).join('');
}
