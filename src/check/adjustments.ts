import type { RuleFinding } from '../rules/index.js';
import type { Adjustment, MatterPart } from '../types.js';
import { suggestUnit, type UnitIndex } from '../units.js';

// An adjustment is a legal record: its steps happen in order (申请 → 合法性审核 → 联席会议 → 备案),
// and it must name units and matters that exist.
export function checkAdjustment(a: Adjustment, fileId: string, units: UnitIndex, matterIds: Set<string>): RuleFinding[] {
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
  return out;
}
