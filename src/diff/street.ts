// What a change gives the sub-districts that they did not have: new duties, a duty made longer,
// or the main responsibility. Under the 准入 rules any of these needs joint-conference approval.
import type { DataPath, MatterPart } from '../types.js';
import type { MatterChange } from './types.js';

export interface Widening {
  /** Message key under `diff.widen.` and its parameters. */
  what: 'new-matter' | 'added' | 'lengthened' | 'primary';
  params: Record<string, string | number>;
  /** The part that carries it, and where in the newer file. */
  part: MatterPart;
  path: DataPath;
}

export function streetWidenings(change: MatterChange, isStreet: (unit: string) => boolean): Widening[] {
  const out: Widening[] = [];
  for (const p of change.parts) {
    if (p.part === 'street' && p.after) {
      if (change.kind === 'add') {
        out.push({ what: 'new-matter', params: { count: p.after.length }, part: 'street', path: ['street', 'duties'] });
        continue;
      }
      const rewordedAfter = new Set(p.reworded.map((r) => r.after));
      const added = p.added.filter((d) => !rewordedAfter.has(d));
      if (added.length > 0) out.push({ what: 'added', params: { count: added.length, duty: added[0] ?? '' }, part: 'street', path: ['street', 'duties', p.after.indexOf(added[0] ?? '')] });
      const longer = p.reworded.filter((r) => r.after.length > r.before.length);
      if (longer.length > 0) out.push({ what: 'lengthened', params: { count: longer.length, duty: longer[0]?.after ?? '' }, part: 'street', path: ['street', 'duties', p.after.indexOf(longer[0]?.after ?? '')] });
    }
    if (p.part === 'responsibility' && p.after) {
      const newlyPrimary = p.added.filter((e) => e.role === 'primary' && isStreet(e.unit));
      const first = newlyPrimary[0];
      if (first) out.push({ what: 'primary', params: { unit: first.unit }, part: 'responsibility', path: ['responsibility', 'primary', p.after.primary.indexOf(first.unit)] });
    }
  }
  return out;
}
