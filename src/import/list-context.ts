// What an import needs to know about the list it writes into: the type vocabulary, the unit
// registry (for aliases) and the law registry (for citation spelling).
import { InputError } from '../errors.js';
import type { Normalise } from '../fmt/format.js';
import { t, type Lang } from '../i18n/index.js';
import { loadRegistry, normaliseCitation } from '../laws/index.js';
import { lawsDirOf, registryPath, type ListLocation } from '../load/list.js';
import { readYamlFile } from '../load/read.js';
import { validateShape } from '../schema/validate.js';
import type { UnitRegistry } from '../types.js';
import { indexUnits, type UnitIndex } from '../units.js';

export interface ImportTarget {
  types: string[];
  /** Absent when units.yaml does not pass its schema: names are then kept as written. */
  units?: UnitIndex;
  normalise: Normalise;
}

export function importTarget(location: ListLocation, show: (p: string) => string, lang: Lang): ImportTarget {
  const manifest = readYamlFile(location.manifest, show(location.manifest)).data;
  const fields = typeof manifest === 'object' && manifest !== null ? (manifest as Record<string, unknown>) : {};
  const types = Array.isArray(fields.types) ? fields.types.filter((v): v is string => typeof v === 'string') : [];
  if (types.length === 0) throw new InputError(t(lang, 'import.bad-manifest', { file: show(location.manifest) }));

  const unitsPath = registryPath(location.dir, typeof fields.units === 'string' ? fields.units : undefined, 'units.yaml');
  const unitsData = readYamlFile(unitsPath, show(unitsPath)).data;
  const units = unitsData !== undefined && validateShape('units', unitsData, lang).length === 0 ? indexUnits(unitsData as UnitRegistry) : undefined;

  const registry = loadRegistry(lawsDirOf(location), { lang });
  return { types, ...(units ? { units } : {}), normalise: (s) => normaliseCitation(registry, s) };
}
