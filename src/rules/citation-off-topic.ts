import {
  articleLabel, articleOf, citedArticles, plainText, relevanceIndex, scoreText, versionOn,
  type CitedArticle, type CitedInstrument, type LawArticle, type Terms,
} from '../laws/index.js';
import type { Matter } from '../types.js';
import { dutyTerms, matterTerms, scoreQuery } from './matter-terms.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

// A cited article is off the matter's topic when it scores below RATIO of the best article of
// the same law the matter does not cite, and that one scores at least MIN_SCORE (a clear match,
// not the best of a poor lot).
export const RATIO = 0.5;
export const MIN_SCORE = 6;
export const DUTY_RATIO = 0.8;
export const DUTY_MIN_SCORE = 8;
const EXCERPT = 36;

// 主管部门 and 职责分工 articles give the power over the whole field: one of them may stand beside
// the specific articles of the same law without sharing their words.
const GENERAL = /负责[^。；]{0,40}(?:监督管理|管理工作|工作)|职责分工|按照各自的?职[责权]/;
const GENERAL_LENGTH = 300;

export const citationOffTopic: Rule = {
  id: 'citation/off-topic',
  severity: 'warning',
  description: {
    zh: '所引条文与事项的名称和职责相关：同一法规中没有明显更相符而未引用的条文',
    en: 'Each cited article bears on the matter’s name and duties: no uncited article of the same law fits far better',
  },
  reads: ['basis', 'name', 'district', 'street'],
  check: (matter, ctx) => offTopic(matter, ctx),
};

/** How a cited article scores for the matter against the best uncited article of its law. */
export interface Relevance {
  line: number;
  cited: CitedInstrument;
  article: LawArticle;
  /** Score for the whole matter. */
  score: number;
  /** The better of (score for the matter, score for one duty) over the best uncited article's. */
  ratio: number;
  /** The uncited article that fits the whole matter best. */
  best?: { article: LawArticle; score: number; text: string };
  exempt?: 'general' | 'linked' | 'run';
}

export function offTopic(matter: Matter, ctx: RuleContext): RuleFinding[] {
  return relevances(matter, ctx).flatMap((r): RuleFinding[] => {
    if (r.exempt || !r.best || !isOffTopic(r.ratio)) return [];
    const first = r.cited.articles.find((a) => a.article === r.article);
    if (!first) return [];
    const older = olderFit(matter, ctx, r);
    const law = r.cited.instrument.title;
    const label = articleLabel(r.article.number, r.article.suffix);
    const params = { law, article: label, matter: matter.name, citedText: excerpt(first.text) };
    if (older) {
      return [{
        path: ['basis', r.line], span: first.ref.span, message: 'citation/off-topic.version',
        params: { ...params, date: ctx.onDate, citedVersion: older.version, olderText: excerpt(older.text) },
      }];
    }
    return [{
      path: ['basis', r.line], span: first.ref.span,
      params: { ...params, better: articleLabel(r.best.article.number, r.best.article.suffix), betterText: excerpt(r.best.text) },
    }];
  });
}

export function isOffTopic(ratio: number): boolean {
  return ratio < RATIO;
}

interface Facet {
  query: Terms;
  scores: Float64Array;
  best?: { article: LawArticle; score: number; text: string };
}

/** Every cited article of every basis line, scored (one entry per article, not per 款). An
 *  article may carry the whole matter or one of its duties: it is judged by the better of the
 *  two, each against the best article of the law the matter does not cite for it. */
export function relevances(matter: Matter, ctx: RuleContext): Relevance[] {
  // Matters with the same terms, duties and citations score the same (lists made from templates
  // repeat them): the scores are remembered per registry under what they depend on.
  const key = [
    matter.name.replace(NOT_HAN, ''),
    ...matter.district.flatMap((d) => d.duties), '', ...matter.street.duties, '', ...matter.basis, ctx.onDate, ctx.citedOn,
  ].join('\u0001');
  let memo = remembered.get(ctx.registry);
  if (!memo) {
    memo = new Map();
    remembered.set(ctx.registry, memo);
  }
  const known = memo.get(key);
  if (known) return known;
  const result = score(matter, ctx);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, result);
  return result;
}

// Only the Han characters of a name make terms: 名称（1） and 名称（2） score alike.
const NOT_HAN = /[^\p{Script=Han}]+/gu;
const remembered = new WeakMap<object, Map<string, Relevance[]>>();
const MEMO_LIMIT = 20_000;

function score(matter: Matter, ctx: RuleContext): Relevance[] {
  const queries = [matterTerms(matter, ctx.units), ...dutyTerms(matter, ctx.units)];
  const lines = matter.basis.map((text) => citedArticles(ctx.registry, text, ctx.onDate, ctx.citedOn));
  // All the articles the matter cites, per law version: none of them is "another article".
  const citedByVersion = new Map<object, Set<LawArticle>>();
  for (const line of lines) {
    for (const c of line) {
      const set = citedByVersion.get(c.version) ?? new Set();
      for (const a of c.articles) set.add(a.article);
      citedByVersion.set(c.version, set);
    }
  }
  const generalSeen = new Set<object>();
  const facetsByVersion = new Map<object, Facet[]>();
  const out: Relevance[] = [];
  lines.forEach((line, i) => {
    for (const c of line) {
      const index = relevanceIndex(c.version);
      const cited = citedByVersion.get(c.version) ?? new Set<LawArticle>();
      // The scores depend on the version only: one scoring per law, however many lines cite it.
      const facets = facetsByVersion.get(c.version) ?? queries.map((q): Facet => {
        const query = q.terms;
        const scores = scoreQuery(index, q);
        const best = bestUncited(c, scores, cited);
        return best ? { query, scores, best } : { query, scores };
      });
      facetsByVersion.set(c.version, facets);
      const scoreOf = (facet: Facet, a: CitedArticle): number =>
        a.text === plainText(a.article) ? facet.scores[c.version.articles.indexOf(a.article)] ?? 0 : scoreText(index, a.text, facet.query);
      // A duty alone has few terms: it vouches for an article only when that article is as good
      // a match for it as any (DUTY_RATIO of the best) and the match is clear (DUTY_MIN_SCORE).
      const ratioOf = (refs: CitedArticle[]): number => {
        const [matterFacet, ...dutyFacets] = facets;
        if (!matterFacet?.best || matterFacet.best.score < MIN_SCORE) return 1;
        const ratio = Math.max(...refs.map((x) => scoreOf(matterFacet, x))) / matterFacet.best.score;
        const carriesDuty = dutyFacets.some((facet) => {
          if (!facet.best || facet.best.score < DUTY_MIN_SCORE) return false;
          return Math.max(...refs.map((x) => scoreOf(facet, x))) >= DUTY_RATIO * facet.best.score;
        });
        return carriesDuty ? Math.max(ratio, RATIO) : ratio;
      };
      const whole = facets[0];
      const seen = new Set<LawArticle>();
      const entries: Relevance[] = [];
      for (const a of c.articles) {
        if (seen.has(a.article) || !whole) continue;
        seen.add(a.article);
        const refs = c.articles.filter((x) => x.article === a.article);
        const entry: Relevance = { line: i, cited: c, article: a.article, score: Math.max(...refs.map((x) => scoreOf(whole, x))), ratio: ratioOf(refs) };
        if (whole.best) entry.best = whole.best;
        entries.push(entry);
      }
      for (const entry of entries) {
        if (!isOffTopic(entry.ratio)) continue;
        const exempt = exemption(entry, entries, c, cited, generalSeen);
        if (exempt) entry.exempt = exempt;
      }
      out.push(...entries);
    }
  });
  return out;
}

function bestUncited(c: CitedInstrument, scores: Float64Array, cited: Set<LawArticle>): Facet['best'] {
  let at = -1;
  let top = -Infinity;
  const articles = c.version.articles;
  for (let k = 0; k < articles.length; k++) {
    const score = scores[k] ?? 0;
    if (score > top && !cited.has(articles[k] as LawArticle)) {
      top = score;
      at = k;
    }
  }
  const article = articles[at];
  return article ? { article, score: top, text: plainText(article) } : undefined;
}

function exemption(entry: Relevance, entries: Relevance[], c: CitedInstrument, cited: Set<LawArticle>, generalSeen: Set<object>): Relevance['exempt'] {
  const { article } = entry;
  const text = plainText(article);
  const others = [...cited].filter((a) => a !== article);
  // What is cited of an article: the 款 or 项 named, else the whole article.
  const citedText = (a: LawArticle): string => {
    const refs = c.articles.filter((x) => x.article === a);
    return refs.length > 0 ? refs.map((x) => x.text).join('') : plainText(a);
  };
  // A penalty article naming the duty article it punishes (违反本条例第二十三条规定), or the
  // reverse, stands or falls with that article.
  if (others.some((o) => mentions(citedText(article), o) || mentions(citedText(o), article))) return 'linked';
  // 第七十六条至第七十八条: a range is judged by its best member.
  const range = c.articles.find((a) => a.article === article)?.range;
  if (range !== undefined) {
    const members = new Set(c.articles.filter((a) => a.range === range && a.article !== article).map((a) => a.article));
    if (entries.some((e) => members.has(e.article) && e.ratio > entry.ratio)) return 'run';
  }
  if (isGeneral(text) && others.length > 0 && !generalSeen.has(c.version)) {
    generalSeen.add(c.version);
    return 'general';
  }
  return undefined;
}

/** 主管部门 or 职责分工: short, naming who is in charge, setting no fine. */
function isGeneral(text: string): boolean {
  return text.length <= GENERAL_LENGTH && GENERAL.test(text) && !text.includes('罚款');
}

function mentions(text: string, article: LawArticle): boolean {
  const label = articleLabel(article.number, article.suffix);
  const at = text.indexOf(label);
  // 第二条 inside 第二十二条 is not a mention: the label must end there.
  return at >= 0 && !/[零〇一二两三四五六七八九十百千]/.test(text[at + label.length] ?? '');
}

/** When the list was written against another version whose article of that number fits. */
function olderFit(matter: Matter, ctx: RuleContext, r: Relevance): { version: string; text: string } | undefined {
  const older = r.cited.citedVersion ?? versionOn(r.cited.instrument, ctx.citedOn);
  if (!older || older === r.cited.version || !older.hasText || !r.best) return undefined;
  const then = articleOf(older, r.article.number, r.article.suffix);
  if (!then) return undefined;
  const text = plainText(then);
  const score = scoreText(relevanceIndex(older), text, matterTerms(matter, ctx.units).terms);
  return score >= MIN_SCORE && r.score < RATIO * score ? { version: older.version, text } : undefined;
}

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}
