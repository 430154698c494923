// A matter's history on the public page: the approved adjustments that touched it. Only an
// approved record changes the list (DOMAIN.md §1); pending and rejected ones are not published.
import type { Adjustment, AdjustmentItem } from '../types.js';
import { isApproved } from '../adjust/status.js';

export interface HistoryEntry {
  adjustment: Adjustment;
  item: AdjustmentItem;
  /** The day the change took effect: filing with the city office, or the decision before filing. */
  date: string;
}

/** Approved adjustments, oldest first (ties by id), with the date each took effect. */
export function approvedAdjustments(adjustments: readonly Adjustment[]): { adjustment: Adjustment; date: string }[] {
  return adjustments
    .flatMap((a) => (isApproved(a) && a.decision ? [{ adjustment: a, date: a.filing?.date ?? a.decision.date }] : []))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.adjustment.id < y.adjustment.id ? -1 : x.adjustment.id > y.adjustment.id ? 1 : 0));
}

/** Per matter id, the items of approved adjustments naming it, oldest first. */
export function historyByMatter(adjustments: readonly Adjustment[]): Map<string, HistoryEntry[]> {
  const byMatter = new Map<string, HistoryEntry[]>();
  for (const { adjustment, date } of approvedAdjustments(adjustments)) {
    for (const item of adjustment.items) {
      const list = byMatter.get(item.matter) ?? [];
      list.push({ adjustment, item, date });
      byMatter.set(item.matter, list);
    }
  }
  return byMatter;
}
