// Turning part changes into marked text, shared by every output: a unified view (text, markdown)
// and a side-by-side view (the 调整前 / 调整后 cells of the comparison table).
import { diffChars } from 'diff';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import type { DistrictDuty, Matter } from '../types.js';
import { roleLabel } from './labels.js';
import type { PartChange, Reworded, UnitDuty } from './types.js';

/** A run of text, deleted or inserted or neither. */
export interface Segment {
  text: string;
  mark?: 'del' | 'ins';
}

/** One line of the unified view: `-` removed, `+` added, `~` changed in place. */
export interface UnifiedLine {
  sign: '+' | '-' | '~';
  /** The unit or role the entry belongs to. */
  label?: string;
  segments: Segment[];
}

/** Deletions and insertions character by character, common runs once. */
export function charDiff(before: string, after: string): Segment[] {
  return diffChars(before, after).map((c) => (c.removed ? { text: c.value, mark: 'del' as const } : c.added ? { text: c.value, mark: 'ins' as const } : { text: c.value }));
}

const del = (text: string): Segment[] => [{ text, mark: 'del' }];
const ins = (text: string): Segment[] => [{ text, mark: 'ins' }];
const plain = (text: string): Segment[] => [{ text }];

export function unifiedPart(p: PartChange, lang: Lang): UnifiedLine[] {
  switch (p.part) {
    case 'type':
    case 'name':
    case 'note':
      if (p.before !== null && p.after !== null) return [{ sign: '~', segments: charDiff(p.before, p.after) }];
      return p.after !== null ? [{ sign: '+', segments: ins(p.after) }] : [{ sign: '-', segments: del(p.before ?? '') }];
    case 'street':
    case 'basis':
      return listLines(p.removed, p.added, p.reworded, (s) => s, () => undefined, lang);
    case 'district':
      return listLines(p.removed, p.added, p.reworded, (e) => e.duty, (e) => e.unit, lang);
    case 'responsibility': {
      const lines: UnifiedLine[] = [
        ...p.removed.map((e) => ({ sign: '-' as const, label: roleLabel(lang, e.role), segments: del(e.unit) })),
        ...p.added.map((e) => ({ sign: '+' as const, label: roleLabel(lang, e.role), segments: ins(e.unit) })),
      ];
      return lines.length > 0 ? lines : [{ sign: '~', segments: plain(t(lang, 'diff.reordered')) }];
    }
  }
}

function listLines<T>(removed: T[], added: T[], reworded: Reworded<T>[], text: (e: T) => string, label: (e: T) => string | undefined, lang: Lang): UnifiedLine[] {
  const pairedBefore = new Set(reworded.map((r) => r.before));
  const pairedAfter = new Set(reworded.map((r) => r.after));
  const withLabel = (e: T): { label?: string } => (label(e) === undefined ? {} : { label: label(e) as string });
  const lines: UnifiedLine[] = [
    ...removed.filter((e) => !pairedBefore.has(e)).map((e) => ({ sign: '-' as const, ...withLabel(e), segments: del(text(e)) })),
    ...reworded.map((r) => ({ sign: '~' as const, ...withLabel(r.after), segments: charDiff(text(r.before), text(r.after)) })),
    ...added.filter((e) => !pairedAfter.has(e)).map((e) => ({ sign: '+' as const, ...withLabel(e), segments: ins(text(e)) })),
  ];
  return lines.length > 0 ? lines : [{ sign: '~', segments: plain(t(lang, 'diff.reordered')) }];
}

/** The full text of a part before and after, each a list of lines, with the changes marked. */
export function sideBySide(p: PartChange, lang: Lang, marked: boolean): { before: Segment[][]; after: Segment[][] } {
  switch (p.part) {
    case 'type':
    case 'name':
    case 'note': {
      if (!marked || p.before === null || p.after === null) return { before: p.before === null ? [] : [plain(p.before)], after: p.after === null ? [] : [plain(p.after)] };
      const d = charDiff(p.before, p.after);
      return { before: [d.filter((s) => s.mark !== 'ins')], after: [d.filter((s) => s.mark !== 'del')] };
    }
    case 'street':
    case 'basis': {
      const number = p.part === 'street';
      const pair = marked ? pairing(p.removed, p.added, p.reworded, (s) => s) : undefined;
      return {
        before: (p.before ?? []).map((s, i) => numbered(number, i, pair ? pair.before(s) : plain(s))),
        after: (p.after ?? []).map((s, i) => numbered(number, i, pair ? pair.after(s) : plain(s))),
      };
    }
    case 'district': {
      const key = (e: UnitDuty): string => `${e.unit}\u0000${e.duty}`;
      const pair = marked ? pairing(p.removed.map(key), p.added.map(key), p.reworded.map((r) => ({ before: key(r.before), after: key(r.after) })), (k) => k.split('\u0000')[1] ?? '') : undefined;
      const render = (units: DistrictDuty[] | null, side: 'before' | 'after', other: DistrictDuty[] | null): Segment[][] =>
        (units ?? []).flatMap((u) => {
          const isNew = marked && !(other ?? []).some((o) => o.unit === u.unit);
          const head: Segment[] = isNew ? [{ text: `${u.unit}：`, mark: side === 'before' ? 'del' : 'ins' }] : plain(`${u.unit}：`);
          return [head, ...u.duties.map((duty, i) => numbered(true, i, pair ? pair[side](key({ unit: u.unit, duty })) : plain(duty)))];
        });
      return { before: render(p.before, 'before', p.after), after: render(p.after, 'after', p.before) };
    }
    case 'responsibility': {
      const role = (r: Matter['responsibility'] | null, side: 'before' | 'after', changed: { role: string; unit: string }[]): Segment[][] =>
        r === null ? [] : (['primary', 'supporting'] as const).map((name) => {
          const pending = [...changed];
          const units = r[name].flatMap((unit, i): Segment[] => {
            const hit = marked ? pending.findIndex((e) => e.role === name && e.unit === unit) : -1;
            if (hit >= 0) pending.splice(hit, 1);
            const sep: Segment[] = i > 0 ? plain('、') : [];
            return [...sep, hit >= 0 ? { text: unit, mark: side === 'before' ? 'del' : 'ins' } : { text: unit }];
          });
          return [...plain(`${roleLabel(lang, name)}：`), ...(units.length > 0 ? units : plain('—'))];
        });
      return { before: role(p.before, 'before', p.removed), after: role(p.after, 'after', p.added) };
    }
  }
}

/** Marks for each entry of a list: removed/added whole, or reworded character by character. */
function pairing(removed: string[], added: string[], reworded: Reworded<string>[], text: (k: string) => string): { before: (k: string) => Segment[]; after: (k: string) => Segment[] } {
  const count = (list: string[]): Map<string, number> => list.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const gone = count(removed);
  const fresh = count(added);
  const toAfter = new Map(reworded.map((r) => [r.before, r.after] as const));
  const toBefore = new Map(reworded.map((r) => [r.after, r.before] as const));
  const take = (m: Map<string, number>, k: string): boolean => {
    const n = m.get(k) ?? 0;
    if (n > 0) m.set(k, n - 1);
    return n > 0;
  };
  return {
    before: (k) => {
      if (!take(gone, k)) return plain(text(k));
      const next = toAfter.get(k);
      return next === undefined ? del(text(k)) : charDiff(text(k), text(next)).filter((s) => s.mark !== 'ins');
    },
    after: (k) => {
      if (!take(fresh, k)) return plain(text(k));
      const prev = toBefore.get(k);
      return prev === undefined ? ins(text(k)) : charDiff(text(prev), text(k)).filter((s) => s.mark !== 'del');
    },
  };
}

function numbered(on: boolean, index: number, segments: Segment[]): Segment[] {
  return on ? [{ text: `${index + 1}. ` }, ...segments] : segments;
}

/** Segments with the marks spelled out, for output without colour: [-deleted-]{+inserted+}. */
export function spellMarks(segments: Segment[]): string {
  return segments.map((s) => (s.mark === 'del' ? `[-${s.text}-]` : s.mark === 'ins' ? `{+${s.text}+}` : s.text)).join('');
}
