// What the registry can read but should not be trusted on without a word: a version whose text
// enters into force later than its version date while the file declares no effective date.
import type { LawRegistry } from './registry.js';
import type { LawVersion } from './types.js';

export interface LawNotice {
  file: string;
  /** Message key (law/<code>), with a .hint. */
  key: string;
  params: Record<string, string>;
}

export function versionNotices(version: LawVersion): LawNotice[] {
  if (version.statedEffective === undefined) return [];
  return [{ file: version.file, key: 'law/effective-unstated', params: { law: version.title, version: version.version, stated: version.statedEffective } }];
}

export function registryNotices(registry: LawRegistry): LawNotice[] {
  return registry.instruments.flatMap((i) => i.versions.flatMap(versionNotices));
}
