// Part-by-part comparison of two versions of one matter.
import { isDeepStrictEqual } from 'node:util';
import type { Matter, MatterPart } from '../types.js';
import { diffList } from './lists.js';
import { PART_ORDER, type PartChange, type RoleEntry, type UnitDuty } from './types.js';

/** The parts that differ, in the order of the seven parts. */
export function compareMatters(before: Matter, after: Matter): PartChange[] {
  return PART_ORDER.filter((part) => !isDeepStrictEqual(partValue(before, part), partValue(after, part))).map((part) =>
    partChange(part, before, after),
  );
}

/** Every part a matter has, as changes from nothing (`add`) or to nothing (`remove`). */
export function wholeMatter(matter: Matter, side: 'before' | 'after'): PartChange[] {
  return PART_ORDER.filter((part) => partValue(matter, part) !== undefined).map((part) =>
    side === 'after' ? partChange(part, undefined, matter) : partChange(part, matter, undefined),
  );
}

function partValue(m: Matter, part: MatterPart): unknown {
  if (part === 'note') return m.note === undefined || m.note.trim() === '' ? undefined : m.note;
  return m[part];
}

function partChange(part: MatterPart, before: Matter | undefined, after: Matter | undefined): PartChange {
  switch (part) {
    case 'type':
    case 'name':
    case 'note': {
      const text = (m: Matter | undefined): string | null => (m ? ((partValue(m, part) as string | undefined) ?? null) : null);
      return { part, before: text(before), after: text(after) };
    }
    case 'street':
    case 'basis': {
      const list = (m: Matter | undefined): string[] | null => (m ? (part === 'street' ? m.street.duties : m.basis) : null);
      const d = diffList(list(before) ?? [], list(after) ?? [], (s) => s);
      return { part, before: list(before), after: list(after), ...d };
    }
    case 'district': {
      const flat = (m: Matter | undefined): UnitDuty[] => (m ? m.district.flatMap((u) => u.duties.map((duty) => ({ unit: u.unit, duty }))) : []);
      const d = diffList(flat(before), flat(after), (e) => `${e.unit}\u0000${e.duty}`, (e) => e.duty, (a, b) => a.unit === b.unit);
      return { part, before: before?.district ?? null, after: after?.district ?? null, ...d };
    }
    case 'responsibility': {
      const roles = (m: Matter | undefined): RoleEntry[] =>
        m ? [...m.responsibility.primary.map((unit) => ({ role: 'primary' as const, unit })), ...m.responsibility.supporting.map((unit) => ({ role: 'supporting' as const, unit }))] : [];
      const key = (e: RoleEntry): string => `${e.role}\u0000${e.unit}`;
      const d = diffList(roles(before), roles(after), key);
      return { part, before: before?.responsibility ?? null, after: after?.responsibility ?? null, added: d.added, removed: d.removed };
    }
  }
}
