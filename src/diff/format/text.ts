// Terminal output in the track-changes look staff know from Word: deletions red and struck
// through, insertions green and underlined; without colour, [-deleted-]{+inserted+}.
import { Chalk, type ChalkInstance } from 'chalk';
import { partLabel, kindLabel } from '../labels.js';
import { unifiedPart, spellMarks, type Segment } from '../render.js';
import type { MatterChange } from '../types.js';
import { findingLines, summaryLine } from './findings.js';
import type { DiffFormatter } from './types.js';
import { oneLine } from '../../report/printable.js';

export const text: DiffFormatter = (result, { lang, color, approval }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines: string[] = [];
  for (const change of result.changes) {
    lines.push(`${kindColor(c, change)(kindLabel(lang, change.kind))}  ${c.bold(oneLine(change.id))}  ${oneLine(change.name)}`);
    // A removal is read from its header; the whole old text is in the JSON and the workbook.
    for (const part of change.kind === 'remove' ? [] : change.parts) {
      lines.push(`  ${c.cyan(partLabel(lang, part.part))}`);
      for (const line of unifiedPart(part, lang)) {
        const label = line.label ? `${oneLine(line.label)}${lang === 'zh' ? '：' : ': '}` : '';
        lines.push(`    ${line.sign} ${label}${segments(line.segments, color, c, line.sign !== '~')}`);
      }
    }
    lines.push('');
  }
  lines.push(summaryLine(result.from.label, result.to.label, counts(result.changes), lang));
  if (approval) lines.push('', ...findingLines(result.approval.findings, lang, color));
  return lines.join('\n') + '\n';
};

function segments(raw: Segment[], color: boolean, c: ChalkInstance, wholeLine: boolean): string {
  // Each diff line stays one line, and carries no terminal sequence of its own.
  const list = raw.map((s) => ({ ...s, text: oneLine(s.text) }));
  // A line that is all added or all removed already says so with its sign.
  if (!color) return wholeLine ? list.map((s) => s.text).join('') : spellMarks(list);
  return list.map((s) => (s.mark === 'del' ? c.red.strikethrough(s.text) : s.mark === 'ins' ? c.green.underline(s.text) : s.text)).join('');
}

function kindColor(c: ChalkInstance, change: MatterChange): ChalkInstance {
  return change.kind === 'add' ? c.green.bold : change.kind === 'remove' ? c.red.bold : c.yellow.bold;
}

export function counts(changes: MatterChange[]): Record<'add' | 'remove' | 'modify', number> {
  return {
    add: changes.filter((x) => x.kind === 'add').length,
    remove: changes.filter((x) => x.kind === 'remove').length,
    modify: changes.filter((x) => x.kind === 'modify').length,
  };
}
