import type { DataPath, Matter } from '../types.js';
import type { Rule, RuleFinding } from './types.js';

// The schema demands non-empty strings; a string of spaces or 全角空格 passes it and prints as an empty cell.
export const matterBlankText: Rule = {
  id: 'matter/blank-text',
  severity: 'error',
  description: { zh: '各部分不得为空白', en: 'No part is blank' },
  reads: ['name', 'type', 'district', 'street', 'basis'],
  check: (matter) => textsOf(matter, (text) => text.trim() === '').map(([path]): RuleFinding => ({ path })),
};

/** The matter's texts with their data paths (those `keep` accepts: paths are made only for them). */
export function textsOf(matter: Matter, keep: (text: string) => boolean = () => true): [DataPath, string][] {
  const out: [DataPath, string][] = [];
  if (keep(matter.name)) out.push([['name'], matter.name]);
  if (keep(matter.type)) out.push([['type'], matter.type]);
  matter.district.forEach((d, i) => d.duties.forEach((duty, j) => {
    if (keep(duty)) out.push([['district', i, 'duties', j], duty]);
  }));
  matter.street.duties.forEach((duty, j) => {
    if (keep(duty)) out.push([['street', 'duties', j], duty]);
  });
  matter.basis.forEach((b, i) => {
    if (keep(b)) out.push([['basis', i], b]);
  });
  return out;
}
