import { t } from '../i18n/index.js';
import { guardOutput, oneLine } from './printable.js';
import { summaryOf } from './summary.js';
import type { Formatter } from './types.js';

const cell = (s: string): string => guardOutput(s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>'), false);

/** A Markdown summary for $GITHUB_STEP_SUMMARY or a merge-request comment. */
export const markdownSummary: Formatter = (diagnostics, options) => {
  const { lang } = options;
  const lines = [`### ${t(lang, 'report.summary.title')}`, '', summaryOf(diagnostics, options).text, ''];
  if (diagnostics.length > 0) {
    lines.push(`| ${t(lang, 'report.col.location')} | ${t(lang, 'report.col.severity')} | ${t(lang, 'report.col.message')} | ${t(lang, 'report.col.rule')} |`, '|---|---|---|---|');
    for (const d of diagnostics) {
      lines.push(`| \`${oneLine(d.file).replace(/`/g, "'")}:${d.line}:${d.column}\` | ${t(lang, `severity.${d.severity}`)} | ${cell(d.message + (d.hint ? `\n${d.hint}` : ''))} | \`${d.rule}\` |`);
    }
    lines.push('');
  }
  return lines.join('\n');
};
