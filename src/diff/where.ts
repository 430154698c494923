// Where in the newer file a part change shows: its first added entry, else the part's key.
import type { DataPath, Matter } from '../types.js';
import type { PartChange } from './types.js';

export function changePath(p: PartChange, after: Matter | undefined): DataPath {
  if (!after) return ['id'];
  switch (p.part) {
    case 'street':
    case 'basis': {
      const list = p.part === 'street' ? after.street.duties : after.basis;
      const i = p.added[0] === undefined ? -1 : list.indexOf(p.added[0]);
      if (i < 0) return [p.part];
      return p.part === 'street' ? ['street', 'duties', i] : ['basis', i];
    }
    case 'district': {
      const first = p.added[0];
      const u = first ? after.district.findIndex((d) => d.unit === first.unit) : -1;
      const d = first && u >= 0 ? (after.district[u]?.duties.indexOf(first.duty) ?? -1) : -1;
      return d >= 0 ? ['district', u, 'duties', d] : ['district'];
    }
    case 'responsibility': {
      const first = p.added[0];
      const i = first ? after.responsibility[first.role].indexOf(first.unit) : -1;
      return first && i >= 0 ? ['responsibility', first.role, i] : ['responsibility'];
    }
    default:
      return [p.part];
  }
}
