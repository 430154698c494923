// What an import needs to know about the list it writes into: the type vocabulary and id prefix,
// the unit registry (for aliases) and the law registry (for titles, citation spelling and quotes).
import { InputError } from '../errors.js';
import type { Normalise } from '../fmt/format.js';
import { t, type Lang } from '../i18n/index.js';
import { loadRegistry, normaliseCitation, type LawRegistry } from '../laws/index.js';
import { asRecord, stringsOf } from '../load/data.js';
import { lawsDirOf, registryPath, type ListLocation } from '../load/list.js';
import { readYamlFile } from '../load/read.js';
import { validateShape } from '../schema/validate.js';
import type { UnitRegistry } from '../types.js';
import { indexUnits, type UnitIndex } from '../units.js';

export interface ImportTarget {
  types: string[];
  /** `id_prefix` of list.yaml, when set. */
  idPrefix?: string;
  /** Absent when units.yaml does not pass its schema: names are then kept as written. */
  units?: UnitIndex;
  /** Every registered name and alias, longest first (for cutting cells at unit names). */
  unitNames: string[];
  unitsPath: string;
  registry: LawRegistry;
  /** Every registered title and alias, without 《》. */
  knownTitles: string[];
  normalise: Normalise;
  /** The date citations and quotes are checked on (the one `check` uses after the import). */
  onDate: string;
}

export function importTarget(location: ListLocation, show: (p: string) => string, lang: Lang, onDate: string): ImportTarget {
  const fields = asRecord(readYamlFile(location.manifest, show(location.manifest)).data);
  if (!fields) throw new InputError(t(lang, 'import.bad-manifest', { file: show(location.manifest) }));
  const types = stringsOf(fields.types);
  const idPrefix = typeof fields.id_prefix === 'string' && /^[A-Z]{1,6}$/.test(fields.id_prefix) ? fields.id_prefix : undefined;

  const unitsPath = registryPath(location.dir, typeof fields.units === 'string' ? fields.units : undefined, 'units.yaml');
  const unitsData = readYamlFile(unitsPath, show(unitsPath)).data;
  const units = unitsData !== undefined && validateShape('units', unitsData, lang).length === 0 ? indexUnits(unitsData as UnitRegistry) : undefined;

  const registry = loadRegistry(lawsDirOf(location), { lang });
  const knownTitles = [...new Set(registry.instruments.flatMap((i) => [i.title, ...i.aliases]))];
  return {
    types,
    ...(idPrefix ? { idPrefix } : {}),
    ...(units ? { units } : {}),
    unitNames: units ? [...units.names, ...units.aliases.keys()].sort((a, b) => b.length - a.length) : [],
    unitsPath,
    registry,
    knownTitles,
    normalise: (s) => normaliseCitation(registry, s),
    onDate,
  };
}
