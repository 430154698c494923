// Sheet 「统计」: matters per type; per unit, how many matters it carries as 主体 and as 配合.
import type { Style, Workbook, Worksheet } from 'exceljs';
import type { ListManifest, Matter } from '../types.js';
import type { UnitIndex } from '../units.js';
import { FONTS, font } from './fonts.js';
import { THIN_BORDER, applyColumnWidths, printLayout, fitColumnWidths, rowHeightFor, type ColumnSpec } from './layout.js';
import { writeTitleBlock } from './title.js';

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

const COLUMNS: ColumnSpec[] = [
  { header: '事项类型 / 单位', min: 8, max: 16 },
  { header: '主体责任', min: 5, max: 8 },
  { header: '配合责任', min: 5, max: 8 },
];

export function writeStatsSheet(workbook: Workbook, manifest: ListManifest, stats: ListStats): void {
  const typeTable = [['事项类型', '事项数'], ...stats.byType.map((t) => [t.type, String(t.count)]), ['合计', String(stats.total)]];
  const unitTable = [['单位', '主体责任（项）', '配合责任（项）'], ...stats.byUnit.map((u) => [u.unit, String(u.primary), String(u.supporting)])];
  const widths = fitColumnWidths(COLUMNS, [...typeTable, ...unitTable]);
  const sheet = workbook.addWorksheet(STATS_SHEET, printLayout({ onePage: true }));
  applyColumnWidths(sheet, widths);
  let r = writeTitleBlock(sheet, { title: `${manifest.title}统计`, lines: [], widths });
  r = writeTable(sheet, r + 1, typeTable, widths);
  writeTable(sheet, r + 1, unitTable, widths);
  sheet.commit();
}

function writeTable(sheet: Worksheet, start: number, table: string[][], widths: number[]): number {
  table.forEach((cells, i) => {
    const row = sheet.getRow(start + i);
    const head = i === 0 || (cells[0] === '合计' && i === table.length - 1);
    const style: Partial<Style> = { font: font(head ? FONTS.header : FONTS.body), border: THIN_BORDER, alignment: { vertical: 'middle', wrapText: true } };
    cells.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      cell.value = i > 0 && c > 0 ? Number(text) : text;
      cell.style = { ...style, alignment: { ...style.alignment, horizontal: c === 0 && i > 0 ? 'left' : 'center' } };
    });
    row.height = rowHeightFor(cells, widths, head ? FONTS.header.size : FONTS.body.size);
    row.commit();
  });
  return start + table.length;
}
