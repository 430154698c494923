import {
  articleLabel, articleOf, citedArticles, plainText, relevanceIndex, scoreArticles, scoreText, versionOn,
  type CitedInstrument, type LawArticle, type Terms,
} from '../laws/index.js';
import type { Matter } from '../types.js';
import { matterTerms } from './matter-terms.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

// A cited article is off the matter's topic when it scores below RATIO of the best article of
// the same law the matter does not cite, and that one scores at least MIN_SCORE (a clear match,
// not the best of a poor lot).
export const RATIO = 0.3;
export const MIN_SCORE = 6;
const EXCERPT = 36;

// 主管部门 and 职责分工 articles give the power over the whole field: one of them may stand beside
// the specific articles of the same law without sharing their words.
const GENERAL = /(?:部门|机关|机构|人民政府)[^。；]{0,30}(?:负责|主管|按照|依照|在各自)[^。；]{0,40}(?:监督管理|管理工作|职责|工作)/;

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
  score: number;
  best?: { article: LawArticle; score: number; text: string };
  exempt?: 'general' | 'linked' | 'run';
}

export function offTopic(matter: Matter, ctx: RuleContext): RuleFinding[] {
  return relevances(matter, ctx).flatMap((r): RuleFinding[] => {
    if (r.exempt || !r.best || !isOffTopic(r.score, r.best.score)) return [];
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

export function isOffTopic(score: number, best: number): boolean {
  return best >= MIN_SCORE && score < RATIO * best;
}

/** Every cited article of every basis line, scored (one entry per article, not per 款). */
export function relevances(matter: Matter, ctx: RuleContext): Relevance[] {
  const query = matterTerms(matter, ctx.units);
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
  const out: Relevance[] = [];
  lines.forEach((line, i) => {
    for (const c of line) {
      const index = relevanceIndex(c.version);
      const scores = scoreArticles(index, query);
      const cited = citedByVersion.get(c.version) ?? new Set<LawArticle>();
      const best = bestUncited(c, scores, cited);
      const seen = new Set<LawArticle>();
      for (const a of c.articles) {
        if (seen.has(a.article)) continue;
        seen.add(a.article);
        const refs = c.articles.filter((x) => x.article === a.article);
        const score = Math.max(...refs.map((x) => (x.text === plainText(a.article) ? scores[c.version.articles.indexOf(a.article)] ?? 0 : scoreText(index, x.text, query))));
        const entry: Relevance = { line: i, cited: c, article: a.article, score };
        if (best) entry.best = best;
        const exempt = exemption(a.article, score, c, cited, query, generalSeen);
        if (exempt) entry.exempt = exempt;
        out.push(entry);
      }
    }
  });
  return out;
}

function bestUncited(c: CitedInstrument, scores: Float64Array, cited: Set<LawArticle>): Relevance['best'] {
  let best: Relevance['best'];
  c.version.articles.forEach((article, k) => {
    const score = scores[k] ?? 0;
    if (!cited.has(article) && (!best || score > best.score)) best = { article, score, text: plainText(article) };
  });
  return best;
}

function exemption(
  article: LawArticle, score: number, c: CitedInstrument, cited: Set<LawArticle>, query: Terms, generalSeen: Set<object>,
): Relevance['exempt'] {
  const text = plainText(article);
  const others = [...cited].filter((a) => a !== article);
  // A penalty article naming the duty article it punishes (违反本条例第二十三条规定), or the
  // reverse, stands or falls with that article.
  if (others.some((o) => mentions(text, o) || mentions(plainText(o), article))) return 'linked';
  // 第七十六条至第七十八条: a run of articles is judged by its best member.
  const index = relevanceIndex(c.version);
  const neighbours = others.filter((o) => o.suffix === undefined && article.suffix === undefined && Math.abs(o.number - article.number) === 1);
  if (neighbours.some((o) => scoreText(index, plainText(o), query) > score)) return 'run';
  if (GENERAL.test(text) && others.length > 0 && !generalSeen.has(c.version)) {
    generalSeen.add(c.version);
    return 'general';
  }
  return undefined;
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
  const score = scoreText(relevanceIndex(older), text, matterTerms(matter, ctx.units));
  return isOffTopic(r.score, score) ? { version: older.version, text } : undefined;
}

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}
