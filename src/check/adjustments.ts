import { isApproved } from '../adjust/status.js';
import type { RuleFinding } from '../rules/index.js';
import type { Adjustment, MatterPart } from '../types.js';
import { suggestUnit, type UnitIndex } from '../units.js';

// An adjustment is a legal record: its steps happen in order (申请 → 合法性审核 → 联席会议 → 备案),
// and it must name units and matters that exist. A draft dutylist wrote is accepted as a draft;
// an approved record's citation changes must be settled and, once approved, applied.
export function checkAdjustment(a: Adjustment, fileId: string, units: UnitIndex, matterIds: Set<string>, citations: ReadonlyMap<string, ReadonlySet<string>> = new Map()): RuleFinding[] {
  const out: RuleFinding[] = [];
  if (a.id !== fileId) out.push({ path: ['id'], rule: 'adjustment/id-filename', message: 'adjustment/id-filename', params: { id: a.id, file: fileId } });
  if (!units.byName.has(a.applicant)) {
    const suggestion = suggestUnit(units, a.applicant, 'applicant');
    out.push({ path: ['applicant'], rule: 'adjustment/unknown-unit', message: 'unit/unknown', ...(suggestion ? { params: { unit: a.applicant, suggestion } } : { params: { unit: a.applicant }, hint: 'unit/unknown.none' }) });
  }
  a.items.forEach((item, i) => {
    if (item.action !== 'remove' && !matterIds.has(item.matter)) {
      out.push({ path: ['items', i, 'matter'], rule: 'adjustment/unknown-matter', message: 'adjustment/unknown-matter', params: { matter: item.matter } });
    }
    // 调整前内容 speaks for the parts that change, and only a change has a before.
    const stray = Object.keys(item.before ?? {}).filter((part) => item.action !== 'modify' || !(item.parts ?? []).includes(part as MatterPart));
    if (stray.length > 0) {
      out.push({ path: ['items', i, 'before', stray[0] as string], key: true, rule: 'adjustment/before-parts', message: 'adjustment/before-parts', params: { matter: item.matter, parts: stray.join('、') }, severity: 'warning' });
    }
    if (item.action === 'remove' && matterIds.has(item.matter)) {
      out.push({ path: ['items', i, 'matter'], rule: 'adjustment/removed-still-present', message: 'adjustment/removed-still-present', params: { matter: item.matter }, severity: 'warning' });
    }
  });
  const steps: [string[], string | undefined][] = [
    [['date'], a.date],
    [['legal_review', 'date'], a.legal_review?.date],
    [['decision', 'date'], a.decision?.date],
    [['filing', 'date'], a.filing?.date],
  ];
  let previous: [string[], string] | undefined;
  for (const [path, date] of steps) {
    if (!date) continue;
    if (previous && date < previous[1]) {
      out.push({ path, rule: 'adjustment/date-order', message: 'adjustment/date-order', params: { date, before: previous[1], step: path.join('.'), previous: previous[0].join('.') } });
    }
    previous = [path, date];
  }
  if (a.filing && a.decision?.result !== 'approved') {
    out.push({ path: ['filing'], rule: 'adjustment/filed-unapproved', message: 'adjustment/filed-unapproved', params: {} });
  }
  out.push(...checkDraft(a), ...checkCitationChanges(a, citations));
  return out;
}

/** A draft is reported as one (a reminder, not an error) and may carry no decision yet. */
function checkDraft(a: Adjustment): RuleFinding[] {
  if (a.status !== 'draft') return [];
  const changes = a.items.flatMap((i) => i.citations ?? []);
  const open = changes.filter((c) => c.to === undefined || c.review !== undefined).length;
  const out: RuleFinding[] = [{ path: ['status'], rule: 'adjustment/draft', message: 'adjustment/draft', params: { id: a.id, count: changes.length, open }, severity: 'warning' }];
  if (a.decision) out.push({ path: ['decision'], rule: 'adjustment/draft-decided', message: 'adjustment/draft-decided', params: { id: a.id } });
  return out;
}

/** An approved record's citation changes: each needs its new text, and `fmt --fix` must have
 *  applied it (the matter no longer cites the old text). */
function checkCitationChanges(a: Adjustment, citations: ReadonlyMap<string, ReadonlySet<string>>): RuleFinding[] {
  if (!isApproved(a)) return [];
  const out: RuleFinding[] = [];
  a.items.forEach((item, i) => {
    (item.citations ?? []).forEach((c, j) => {
      const path = ['items', i, 'citations', j];
      if (c.to === undefined) {
        out.push({ path: [...path, 'from'], rule: 'adjustment/citation-open', message: 'adjustment/citation-open', params: { matter: item.matter, from: c.from } });
      } else if (c.to !== c.from && citations.get(item.matter)?.has(c.from)) {
        out.push({ path: [...path, 'to'], rule: 'adjustment/citation-pending', message: 'adjustment/citation-pending', params: { matter: item.matter, from: c.from, to: c.to } });
      }
    });
  });
  return out;
}
