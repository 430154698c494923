import { articleLabel, canonicalRole, citedArticles, isPenaltyArticle, rolesNamed, type CitedArticle } from '../laws/index.js';
import type { Matter } from '../types.js';
import { resolveUnit } from '../units.js';
import { imposesPenalty } from './citation-penalty-basis.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

// A note saying who exercises the power on whose behalf: it names the unit, the authority the
// article names, and the act (由区行政审批局行使文化主管部门的许可职权).
const EXERCISES = /行使|承担|代行|代为|委托|实施|履行/;

export const citationAuthority: Rule = {
  id: 'citation/authority',
  severity: 'warning',
  description: {
    zh: '主责单位具有所引条文指明的职权（units.yaml 的 roles），否则备注须写明由谁代为行使',
    en: 'The primary unit holds a role the cited power articles name (roles in units.yaml), or the note says who exercises it on whose behalf',
  },
  reads: ['basis', 'responsibility', 'district', 'power_type', 'note'],
  check: (matter, ctx) => authority(matter, ctx),
};

function authority(matter: Matter, ctx: RuleContext): RuleFinding[] {
  const cited: { law: string; article: CitedArticle; roles: string[] }[] = [];
  for (const text of matter.basis) {
    for (const c of citedArticles(ctx.registry, text, ctx.onDate, ctx.citedOn)) {
      for (const a of c.articles) {
        const roles = rolesNamed(a.text);
        if (roles.length > 0) cited.push({ law: c.instrument.title, article: a, roles });
      }
    }
  }
  if (cited.length === 0) return [];
  // A penalty is exercised by whom the penalty article names; other matters by any cited article.
  const penalty = imposesPenalty(matter) ? cited.filter((a) => isPenaltyArticle(a.article.article, a.article.text)) : [];
  const powers = penalty.length > 0 ? penalty : cited;
  const named = new Set(powers.flatMap((a) => a.roles));
  return matter.responsibility.primary.flatMap((written, k): RuleFinding[] => {
    const name = resolveUnit(ctx.units, written);
    const unit = name === undefined ? undefined : ctx.units.byName.get(name);
    if (!unit || unit.kind !== 'district' || unit.roles === undefined) return [];
    if (unit.roles.some((r) => named.has(canonicalRole(r)))) return [];
    if (explained(matter.note ?? '', [unit.name, ...(unit.aliases ?? [])], named)) return [];
    const articles = [...new Set(powers.map((a) => `《${a.law}》${articleLabel(a.article.article.number, a.article.article.suffix)}`))];
    return [{
      path: ['responsibility', 'primary', k],
      params: { unit: unit.name, roles: [...named].join('、'), articles: articles.join('、'), held: unit.roles.join('、') || '—' },
      ...(unit.roles.length === 0 ? { hint: 'citation/authority.none.hint' } : {}),
    }];
  });
}

function explained(note: string, names: string[], named: Set<string>): boolean {
  return names.some((n) => note.includes(n)) && EXERCISES.test(note) && rolesNamed(note).some((r) => named.has(r));
}
