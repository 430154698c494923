// What each cell of the 清单 says for one matter (DOMAIN.md §2): duties numbered within a cell,
// one block per district unit when there are several, citations one per line.
import type { DistrictDuty, Matter } from '../types.js';

/** Duties numbered 1. 2. … within one cell. */
export function numbered(duties: readonly string[]): string {
  return duties.map((d, i) => `${i + 1}. ${d.trim()}`).join('\n');
}

/** 区级部门职责: the duties, each unit's block headed by the unit's name when there are several. */
export function districtText(district: readonly DistrictDuty[]): string {
  if (district.length === 1 && district[0]) return numbered(district[0].duties);
  return district.map((d) => `${d.unit}：\n${numbered(d.duties)}`).join('\n');
}

/** 法律法规及文件依据: one citation per line. */
export function basisText(basis: readonly string[]): string {
  return basis.map((c) => c.trim()).join('\n');
}

/** Units of 主体责任 / 配合责任, in the order written. */
export function unitsText(units: readonly string[]): string {
  return units.join('、');
}

/** The text of every data column of the 清单 for one matter, in column order after 序号/事项类型. */
export function matterCells(matter: Matter): string[] {
  return [
    matter.name.trim(),
    districtText(matter.district),
    numbered(matter.street.duties),
    basisText(matter.basis),
    unitsText(matter.responsibility.primary),
    unitsText(matter.responsibility.supporting),
    (matter.note ?? '').trim(),
    matter.id,
  ];
}

/** Stable order: by type in the vocabulary's order, then by id (numbers compared as numbers). */
export function sortMatters(matters: readonly Matter[], types: readonly string[]): Matter[] {
  const rank = new Map(types.map((t, i) => [t, i]));
  return [...matters].sort((a, b) => (rank.get(a.type) ?? types.length) - (rank.get(b.type) ?? types.length) || compareIds(a.id, b.id));
}

/** Compares ids so that WH-9 comes before WH-10; ties broken by plain code-unit order. */
export function compareIds(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const nx = /^\d/.test(x) && /^\d/.test(y) ? Number(x) - Number(y) : 0;
    if (nx !== 0) return nx;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}
