// The 汇总 sheet: how many matters each kind of change touched, overall and per unit with the
// main responsibility (主体责任), the unit the city office asks about first.
import { t } from '../i18n/index.js';
import { kindLabel } from './labels.js';
import type { DiffResult } from './run.js';
import type { ChangeKind } from './types.js';

const KINDS: ChangeKind[] = ['add', 'remove', 'modify'];

export interface SummaryTable {
  header: string[];
  rows: string[][];
  /** Indexes of rows printed bold (totals and section heads). */
  bold: Set<number>;
}

export function summaryRows(result: DiffResult): SummaryTable {
  const header = [t('zh', 'diff.sum.unit'), ...KINDS.map((k) => kindLabel('zh', k)), t('zh', 'diff.sum.total')];
  const byUnit = new Map<string, Record<ChangeKind, number>>();
  for (const c of result.changes) {
    for (const unit of result.primaryUnits.get(c.id) ?? []) {
      const counts = byUnit.get(unit) ?? { add: 0, remove: 0, modify: 0 };
      counts[c.kind]++;
      byUnit.set(unit, counts);
    }
  }
  const total = { add: 0, remove: 0, modify: 0 };
  for (const c of result.changes) total[c.kind]++;
  const line = (label: string, n: Record<ChangeKind, number>): string[] => [label, ...KINDS.map((k) => String(n[k])), String(n.add + n.remove + n.modify)];
  const units = [...byUnit.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rows = [
    line(t('zh', 'diff.sum.total'), total),
    [t('zh', 'diff.sum.by-unit'), '', '', '', ''],
    ...units.map((u) => line(u, byUnit.get(u) ?? total)),
  ];
  return { header, rows, bold: new Set([0, 1]) };
}
