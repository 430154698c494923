// Sheet 「统计」: matters per type; per unit, how many matters it carries as 主体 and as 配合.
import type { ListManifest, Matter } from '../types.js';
import type { UnitIndex } from '../units.js';
import { writeSheet, type Column, type SheetReport, type TableRow, type WorkbookLike } from '../print/index.js';

export const STATS_SHEET = '统计';

/** Counts behind the 统计 sheet. */
export interface ListStats {
  byType: { type: string; count: number }[];
  byUnit: { unit: string; primary: number; supporting: number }[];
  total: number;
}

export function listStats(manifest: ListManifest, matters: readonly Matter[], units?: UnitIndex): ListStats {
  const byType = manifest.types.map((type) => ({ type, count: matters.filter((m) => m.type === type).length }));
  const canonical = (name: string): string => units?.aliases.get(name) ?? name;
  const counts = new Map<string, { primary: number; supporting: number }>();
  const bump = (name: string, key: 'primary' | 'supporting'): void => {
    const unit = canonical(name);
    const entry = counts.get(unit) ?? { primary: 0, supporting: 0 };
    entry[key]++;
    counts.set(unit, entry);
  };
  for (const m of matters) {
    for (const u of new Set(m.responsibility.primary)) bump(u, 'primary');
    for (const u of new Set(m.responsibility.supporting)) bump(u, 'supporting');
  }
  const order = new Map((units?.names ?? []).map((n, i) => [n, i]));
  const byUnit = [...counts.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([unit, c]) => ({ unit, ...c }));
  return { byType, byUnit, total: matters.length };
}

// Across the page: the list's title fits on one line at 二号.
const COLUMNS: readonly Column[] = [
  { header: '事项类型', min: 30, max: 30 },
  { header: '事项数', min: 16, max: 16, align: 'center', numeric: true },
  { header: '占比', min: 16, max: 16, align: 'center' },
];

function share(count: number, total: number): string {
  return total === 0 ? '—' : `${((count * 100) / total).toFixed(1)}%`;
}

export function writeStatsSheet(workbook: WorkbookLike, manifest: ListManifest, stats: ListStats): SheetReport {
  const rows: TableRow[] = [
    ...stats.byType.map((t) => ({ cells: [t.type, String(t.count), share(t.count, stats.total)] })),
    { cells: ['合计', String(stats.total), share(stats.total, stats.total)], role: 'strong' as const },
    { cells: [], role: 'gap' as const },
    { cells: ['单位', '主体责任（项）', '配合责任（项）'], role: 'header' as const },
    ...stats.byUnit.map((u) => ({ cells: [u.unit, String(u.primary), String(u.supporting)] })),
  ];
  return writeSheet(workbook, {
    name: STATS_SHEET,
    orientation: 'landscape',
    title: { title: `${manifest.title}统计`, lines: [`版本：${manifest.version}`] },
    columns: COLUMNS,
    rows: rows.map((r) => ({ ...r, keepTogether: true })),
    onePage: true,
  });
}
