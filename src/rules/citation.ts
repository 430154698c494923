import { checkCitation, type CitationFinding, type LawRegistry } from '../laws/index.js';
import type { Rule, RuleFinding } from './types.js';

// The same citation is written in many matters (a list of 10,000 cites a few hundred articles):
// its findings depend only on the registry, the text and the two dates, so each is worked out once.
const memo = new WeakMap<LawRegistry, Map<string, CitationFinding[]>>();
const MEMO_SIZE = 50_000;

function citationFindings(registry: LawRegistry, text: string, onDate: string, citedOn: string): CitationFinding[] {
  let known = memo.get(registry);
  if (!known) memo.set(registry, (known = new Map()));
  const key = `${onDate}\0${citedOn}\0${text}`;
  let findings = known.get(key);
  if (!findings) {
    if (known.size >= MEMO_SIZE) known.clear();
    findings = checkCitation(registry, text, onDate, { citedOn });
    known.set(key, findings);
  }
  return findings;
}

// One family: the registry reports codes (unknown-law, article-missing, renumbered …); each
// becomes its own rule id citation/<code> so list.yaml can tune them one by one.
export const citation: Rule = {
  id: 'citation',
  severity: 'error',
  description: {
    zh: '每条依据可解析，法规在法规库中，所引条、款、项在施行版本中存在',
    en: 'Every citation parses, names a registered law, and points at an existing article, paragraph and item of the version in force',
  },
  reads: ['basis'],
  check: (matter, ctx) =>
    matter.basis.flatMap((text, i) =>
      citationFindings(ctx.registry, text, ctx.onDate, ctx.citedOn).map((f): RuleFinding => ({
        path: ['basis', i],
        rule: `citation/${f.code}`,
        message: f.message ?? `citation/${f.code}`,
        severity: f.severity,
        span: f.span,
        params: { ...f.params, citation: text.slice(f.span.start, f.span.end), ...(f.fix ? { fix: f.fix } : {}) },
        // No title is close enough to offer: the hint then only says what to do.
        ...(f.code === 'unknown-law' && !f.params.suggestion ? { hint: 'citation/unknown-law.none' } : {}),
      })),
    ),
};
