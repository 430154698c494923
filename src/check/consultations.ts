// A consultation record names units that exist, matters of the list, and opinions only for the
// units that replied; its date is its file name (one record per round and day).
import type { RuleFinding } from '../rules/index.js';
import type { Consultation } from '../types.js';
import { resolveUnit, suggestUnit, type UnitIndex } from '../units.js';

export function checkConsultation(c: Consultation, fileStem: string, units: UnitIndex, matterIds: ReadonlySet<string>): RuleFinding[] {
  const out: RuleFinding[] = [];
  if (c.date !== fileStem) out.push({ path: ['date'], rule: 'consultation/date-filename', message: 'consultation/date-filename', params: { date: c.date, file: fileStem } });
  c.units.forEach((u, i) => {
    if (resolveUnit(units, u.unit) === undefined) {
      const suggestion = suggestUnit(units, u.unit, 'applicant');
      out.push({ path: ['units', i, 'unit'], rule: 'consultation/unknown-unit', message: 'unit/unknown', ...(suggestion ? { params: { unit: u.unit, suggestion } } : { params: { unit: u.unit }, hint: 'unit/unknown.none' }) });
    }
    if (!u.replied && (u.opinions ?? []).length > 0) {
      out.push({ path: ['units', i, 'replied'], rule: 'consultation/opinions-without-reply', message: 'consultation/opinions-without-reply', params: { unit: u.unit } });
    }
    (u.opinions ?? []).forEach((o, j) => {
      if (!matterIds.has(o.matter)) out.push({ path: ['units', i, 'opinions', j, 'matter'], rule: 'consultation/unknown-matter', message: 'consultation/unknown-matter', params: { matter: o.matter, unit: u.unit }, severity: 'warning' });
    });
  });
  return out;
}
