// The text of each row of the 调整对照表 (DOMAIN.md §3), as marked segments so the workbook can
// show deletions and insertions the way Word's track changes do.
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import type { Cover } from './approval.js';
import { kindLabel, partLabel } from './labels.js';
import { sideBySide, type Segment } from './render.js';
import type { MatterChange } from './types.js';

/** One row: plain cells, and 调整前 / 调整后 as marked segments. */
export interface ComparisonRow {
  seq: number;
  id: string;
  name: string;
  kind: string;
  parts: string;
  before: Segment[];
  after: Segment[];
  basis: string;
  applicant: string;
  /** Joint-conference dates, as printed (2025年5月15日). */
  date: string;
  note: string;
  /** The same dates as YYYY-MM-DD, for the document's own date. */
  decided: string[];
}

// The filed table is a Chinese document whatever the interface language.
const ZH: Lang = 'zh';

/** 2025-05-15 → 2025年5月15日, as dates are written in a filed document. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

export function comparisonRows(changes: MatterChange[], covers: Map<string, Cover[]>, unapproved: ReadonlySet<string> = new Set()): ComparisonRow[] {
  return changes.map((change, i) => {
    const sides = cellSides(change);
    const cover = covers.get(change.id) ?? [];
    const records = unique(cover.map((c) => c.record.data));
    const notes = [...cover.flatMap((c) => (c.item.note ? [c.item.note] : [])), ...unique(records.flatMap((r) => (r.filing ? [t(ZH, 'diff.note.filing', { number: r.filing.number })] : [])))];
    return {
      seq: i + 1,
      id: change.id,
      name: change.name,
      kind: kindLabel(ZH, change.kind),
      parts: change.kind === 'modify' ? change.parts.map((p) => partLabel(ZH, p.part)).join('、') : '—',
      ...sides,
      basis: unique(records.flatMap((r) => r.basis ?? [r.reason])).join('\n'),
      applicant: unique(records.map((r) => r.applicant)).join('、'),
      date: unique(records.flatMap((r) => (r.decision ? [chineseDate(r.decision.date)] : []))).join('、'),
      note: [...(unapproved.has(change.id) || records.length === 0 ? [t(ZH, 'diff.note.uncovered')] : []), ...unique(notes)].join('\n'),
      decided: unique(records.flatMap((r) => (r.decision ? [r.decision.date] : []))),
    };
  });
}

function cellSides(change: MatterChange): { before: Segment[]; after: Segment[] } {
  const marked = change.kind === 'modify';
  const headed = change.parts.length > 1;
  const before: Segment[][] = [];
  const after: Segment[][] = [];
  for (const part of change.parts) {
    const view = sideBySide(part, ZH, marked);
    const head = [{ text: `【${partLabel(ZH, part.part)}】` }];
    if (view.before.length > 0) before.push(...(headed ? [head] : []), ...view.before);
    if (view.after.length > 0) after.push(...(headed ? [head] : []), ...view.after);
  }
  return { before: joinLines(before), after: joinLines(after) };
}

function joinLines(lines: Segment[][]): Segment[] {
  if (lines.length === 0) return [{ text: '—' }];
  return lines.flatMap((line, i) => (i === 0 ? line : [{ text: '\n' }, ...line]));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Plain text of marked segments, for widths and heights. */
export function plainText(segments: Segment[]): string {
  return segments.map((s) => s.text).join('');
}
