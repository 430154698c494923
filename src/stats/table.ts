// Terminal rendering of the counts: columns aligned in display cells, CJK characters counting two.
import { eastAsianWidth } from 'get-east-asian-width';
import { t, type Lang } from '../i18n/index.js';
import { oneLine } from '../report/printable.js';
import type { ListStats } from './compute.js';

type Cell = string | number;

export function statsTable(stats: ListStats, lang: Lang): string {
  const m = (key: string): string => t(lang, key);
  const total = stats.byType.reduce((sum, row) => sum + row.count, 0);
  const sections = [
    section(m('stats.by-type'), [m('stats.type'), m('stats.matters')], [
      ...stats.byType.map((r): Cell[] => [r.known ? r.type : `${r.type} ${m('stats.unknown-type')}`, r.count]),
      [m('stats.total'), total],
    ]),
    section(m('stats.by-unit'), [m('stats.unit'), m('stats.primary'), m('stats.supporting'), m('stats.district-duties')],
      stats.byUnit.map((r) => [r.unit, r.primary, r.supporting, r.districtDuties])),
    // A street named by itself and a street reached through the collective name are different
    // facts: the first is that street's own duty, the second every street's.
    section(m('stats.by-street'), [m('stats.street'), m('stats.named'), m('stats.through-collective'), m('stats.concerned')],
      stats.byStreet.map((r): Cell[] => r.collective
        ? [`${r.street}${m('stats.collective')}`, r.named, '—', r.concerned]
        : [r.street, r.named, r.throughCollective, r.concerned])),
  ];
  return `${oneLine(stats.title)}\n\n${sections.join('\n\n')}\n`;
}

function section(title: string, header: string[], rows: Cell[][]): string {
  // A unit or type name stays in its row whatever it holds.
  return `${title}\n${align([header, ...rows.map((row) => row.map((cell) => (typeof cell === 'string' ? oneLine(cell) : cell)))])}`;
}

/** Text columns left-aligned, number columns (header included) right-aligned, two cells apart. */
export function align(rows: Cell[][]): string {
  const widths: number[] = [];
  const numeric: boolean[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cellWidth(String(cell)));
      if (typeof cell === 'number') numeric[i] = true;
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - cellWidth(String(cell)));
          return numeric[i] ? pad + String(cell) : String(cell) + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function cellWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += eastAsianWidth(ch.codePointAt(0) ?? 0);
  return width;
}
