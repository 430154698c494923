import { Chalk } from 'chalk';
import type { Lang } from '../../i18n/index.js';
import { t } from '../../i18n/index.js';
import { diagnosticLines } from '../../report/stylish.js';
import type { Diagnostic } from '../../types.js';

/** Approval findings followed by the verdict line. */
export function findingLines(findings: Diagnostic[], lang: Lang, color: boolean): string[] {
  const c = new Chalk({ level: color ? 1 : 0 });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const summary = t(lang, errors > 0 ? 'diff.approval.failed' : 'diff.approval.passed', { errors, warnings: findings.length - errors });
  return [...diagnosticLines(findings, lang, color), errors > 0 ? c.red.bold(summary) : c.green(summary)];
}

export function summaryLine(from: string, to: string, kinds: Record<'add' | 'remove' | 'modify', number>, lang: Lang): string {
  const count = kinds.add + kinds.remove + kinds.modify;
  return count === 0 ? t(lang, 'diff.summary.none', { from, to }) : t(lang, 'diff.summary', { from, to, count, ...kinds });
}
