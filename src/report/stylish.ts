import { Chalk } from 'chalk';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import type { Diagnostic } from '../types.js';
import type { Formatter } from './types.js';

/** file:line:col  severity  message  rule, then the hint: the lines every human-facing report uses. */
export function diagnosticLines(list: readonly Diagnostic[], lang: Lang, color: boolean): string[] {
  const c = new Chalk({ level: color ? 1 : 0 });
  return list.flatMap((d) => {
    const severity = d.severity === 'error' ? c.red(t(lang, 'severity.error')) : c.yellow(t(lang, 'severity.warning'));
    const head = `${c.underline(`${d.file}:${d.line}:${d.column}`)}  ${severity}  ${d.message}  ${c.dim(d.rule)}`;
    return d.hint ? [head, `    ${c.cyan('→')} ${d.hint}`] : [head];
  });
}

export const stylish: Formatter = (diagnostics, { lang, color, fileCount, onDate, effective }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines = diagnosticLines(diagnostics, lang, color);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (lines.length > 0) lines.push('');
  const summary = t(lang, errors > 0 ? 'summary.failed' : 'summary.passed', { errors, warnings, matters: fileCount, date: onDate, effective: effective ? t(lang, 'summary.effective', { date: effective }) : '' });
  lines.push(errors > 0 ? c.red.bold(summary) : warnings > 0 ? c.yellow(summary) : c.green(summary));
  return lines.join('\n') + '\n';
};
