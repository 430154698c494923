// A pull-request comment: a table of the changes, then each change with <del>/<ins> marks.
import { t } from '../../i18n/index.js';
import { partLabel, kindLabel } from '../labels.js';
import { unifiedPart, type Segment } from '../render.js';
import { summaryLine } from './findings.js';
import { counts } from './text.js';
import type { DiffFormatter } from './types.js';
import { guardOutput, oneLine } from '../../report/printable.js';

export const markdown: DiffFormatter = (result, { lang, approval }) => {
  const sep = lang === 'zh' ? '：' : ': ';
  const out: string[] = [`### ${esc(summaryLine(result.from.label, result.to.label, counts(result.changes), lang))}`, ''];
  if (result.changes.length > 0) {
    const cols = ['diff.col.seq', 'diff.col.id', 'diff.col.name', 'diff.col.kind', 'diff.col.parts'].map((k) => t(lang, k));
    out.push(`| ${cols.join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`);
    result.changes.forEach((c, i) => {
      const parts = c.kind === 'modify' ? c.parts.map((p) => partLabel(lang, p.part)).join('、') : '—';
      out.push(`| ${i + 1} | ${esc(c.id)} | ${esc(c.name)} | ${kindLabel(lang, c.kind)} | ${esc(parts)} |`);
    });
    out.push('');
  }
  for (const change of result.changes) {
    out.push(`#### ${kindLabel(lang, change.kind)} ${esc(change.id)} ${esc(change.name)}`, '');
    for (const part of change.kind === 'remove' ? [] : change.parts) {
      out.push(`**${partLabel(lang, part.part)}**`, '');
      for (const line of unifiedPart(part, lang)) {
        const label = line.label ? `${esc(line.label)}${sep}` : '';
        out.push(`- ${label}${html(line.segments, line.sign)}`);
      }
      out.push('');
    }
  }
  if (approval && result.approval.findings.length > 0) {
    out.push(`#### ${lang === 'zh' ? '审批检查' : 'Approval check'}`, '');
    for (const f of result.approval.findings) {
      const sev = t(lang, f.severity === 'error' ? 'severity.error' : 'severity.warning');
      out.push(`- **${sev}** \`${oneLine(f.file).replace(/`/g, "'")}:${f.line}:${f.column}\` ${esc(f.message)}${f.hint ? `<br>→ ${esc(f.hint)}` : ''} (\`${f.rule}\`)`);
    }
    out.push('');
  }
  return out.join('\n');
};

function html(segments: Segment[], sign: '+' | '-' | '~'): string {
  return segments
    .map((s) => {
      const mark = s.mark ?? (sign === '+' ? 'ins' : sign === '-' ? 'del' : undefined);
      return mark ? `<${mark}>${esc(s.text)}</${mark}>` : esc(s.text);
    })
    .join('');
}

/** Escapes HTML and the Markdown characters that would change the rendering. */
function esc(text: string): string {
  return guardOutput(text, false)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .replace(/\r?\n/g, '<br>');
}
