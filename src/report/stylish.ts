import { Chalk } from 'chalk';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import type { Diagnostic } from '../types.js';
import { oneLine } from './printable.js';
import { summaryOf } from './summary.js';
import type { Formatter } from './types.js';

/** file:line:col  severity  message  rule, then the hint: the lines every human-facing report uses. */
export function diagnosticLines(list: readonly Diagnostic[], lang: Lang, color: boolean): string[] {
  const c = new Chalk({ level: color ? 1 : 0 });
  return list.flatMap((d) => {
    const severity = d.severity === 'error' ? c.red(t(lang, 'severity.error')) : c.yellow(t(lang, 'severity.warning'));
    // Every field on its own line whatever it holds: a newline in a message cannot forge a line.
    const head = `${c.underline(`${oneLine(d.file)}:${d.line}:${d.column}`)}  ${severity}  ${oneLine(d.message)}  ${c.dim(oneLine(d.rule))}`;
    return d.hint ? [head, `    ${c.cyan('→')} ${oneLine(d.hint)}`] : [head];
  });
}

export const stylish: Formatter = (diagnostics, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines = diagnosticLines(diagnostics, options.lang, options.color);
  if (lines.length > 0) lines.push('');
  const summary = summaryOf(diagnostics, options);
  lines.push(summary.failed ? c.red.bold(summary.text) : summary.warnings > 0 ? c.yellow(summary.text) : c.green(summary.text));
  return lines.join('\n') + '\n';
};
