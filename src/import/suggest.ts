// "Did you mean": the registered unit closest to a name the registry lacks, only when it is close.
// Kept to this one function so it can move to a shared suggestion module unchanged for callers.
import { distance } from 'fastest-levenshtein';
import type { UnitIndex } from '../units.js';

export function closestUnit(name: string, units: UnitIndex): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const candidate of [...units.names, ...units.aliases.keys()]) {
    const d = distance(name, candidate);
    if (!best || d < best.d) best = { name: units.aliases.get(candidate) ?? candidate, d };
  }
  // Close: at most a third of the name differs (县市场监管局 is one character from the alias
  // 区市场监管局, so 区市场监督管理局 is suggested; 县人社局 has no close name).
  return best && best.d <= Math.max(1, Math.floor(name.length / 3)) ? best.name : undefined;
}
