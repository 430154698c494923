import {
  articleLabel, citedArticles, isPenaltyArticle, liabilityChapter, penaltyArticles, plainText, relevanceIndex,
} from '../laws/index.js';
import type { Matter } from '../types.js';
import { matterTerms, scoreQuery } from './matter-terms.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

// A district duty that itself imposes a penalty; 移送/配合 clauses hand it to another unit.
const PENALTY_DUTY = /处罚|罚款|没收|吊销|责令停业/;
const HANDS_ON = /配合|协助|移送|移交|报告|通报|告知|提请/;
const CANDIDATES = 4;
const EXCERPT = 24;

export const citationPenaltyBasis: Rule = {
  id: 'citation/penalty-basis',
  severity: 'warning',
  description: {
    zh: '行政处罚事项须引用法律责任（罚则）一章的条文或自身设定处罚的条文',
    en: 'A penalty matter cites an article of the law’s liability chapter, or one that itself sets the penalty',
  },
  reads: ['basis', 'district', 'power_type'],
  check: (matter, ctx) => penaltyBasis(matter, ctx),
};

const imposing = new WeakMap<Matter, boolean>();

export function imposesPenalty(matter: Matter): boolean {
  if (matter.power_type === '行政处罚') return true;
  let known = imposing.get(matter);
  if (known === undefined) {
    known = matter.district.some((d) => d.duties.some((duty) =>
      PENALTY_DUTY.test(duty) && duty.split(/[，,；;。]/).some((clause) => PENALTY_DUTY.test(clause) && !HANDS_ON.test(clause))));
    imposing.set(matter, known);
  }
  return known;
}

function penaltyBasis(matter: Matter, ctx: RuleContext): RuleFinding[] {
  if (!imposesPenalty(matter)) return [];
  const cited = matter.basis.flatMap((text) => citedArticles(ctx.registry, text, ctx.onDate, ctx.citedOn));
  // Nothing to read (only laws without text, or only refs the citation check reports).
  if (cited.every((c) => c.articles.length === 0)) return [];
  if (cited.some((c) => c.articles.some((a) => isPenaltyArticle(a.article, a.text)))) return [];
  const query = matterTerms(matter, ctx.units);
  const seen = new Set<object>();
  const candidates: string[] = [];
  for (const c of cited) {
    if (seen.has(c.version)) continue;
    seen.add(c.version);
    const scores = scoreQuery(relevanceIndex(c.version), query);
    const ranked = penaltyArticles(c.version)
      .map((article) => ({ article, score: scores[c.version.articles.indexOf(article)] ?? 0 }))
      .sort((a, b) => b.score - a.score || a.article.number - b.article.number)
      .slice(0, CANDIDATES);
    if (ranked.length === 0) continue;
    const chapter = liabilityChapter(c.version);
    const list = ranked.map(({ article }) => `${articleLabel(article.number, article.suffix)}（${excerpt(plainText(article))}）`).join('、');
    candidates.push(`《${c.instrument.title}》${chapter ? `“${chapter}”一章` : ''}${list}`);
  }
  return [{ path: ['basis'], key: true, params: { matter: matter.name, candidates: candidates.join('；') || '—' } }];
}

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}
