import { checkQuote } from '../laws/index.js';
import type { Rule, RuleFinding } from './types.js';

export const quote: Rule = {
  id: 'quote/mismatch',
  severity: 'error',
  description: { zh: '条文摘录与施行版本原文一致', en: 'Quoted article text matches the version in force' },
  reads: ['quotes'],
  check: (matter, ctx) =>
    (matter.quotes ?? []).flatMap((q, i) =>
      checkQuote(ctx.registry, q.citation, q.text, ctx.onDate, { citedOn: ctx.citedOn }).map((f): RuleFinding => ({
        path: ['quotes', i, f.code === 'quote-mismatch' ? 'text' : 'citation'],
        rule: f.code === 'quote-mismatch' ? 'quote/mismatch' : `citation/${f.code}`,
        message: f.code === 'quote-mismatch' ? 'quote/mismatch' : f.message ?? `citation/${f.code}`,
        severity: f.severity,
        params: f.params,
      })),
    ),
};
