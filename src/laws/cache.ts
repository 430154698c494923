// A JSON cache of the parsed registry and of the comparisons of successive versions, so that
// `check` does not re-parse ~700 KB of law text and re-pair revised articles on every run.
// Keyed by a hash of every file's name and content, in the private cache folder (src/cache),
// verified on reading; any failure just means no cache.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { digest, readEntry, writeEntry } from '../cache/file.js';
import type { CacheFolder } from '../cache/folder.js';
import { comparisonOf, seedComparison, type ArticleChange, type ArticleMapping, type VersionComparison } from './compare.js';
import type { LawVersion } from './types.js';

const FORMAT = 2;

/** [old index, new index, change, similarity, merged-into index, containment]; -1 = none. */
type StoredMapping = [number, number, ArticleChange, number, number, number];

interface CacheFile {
  format: number;
  key: string;
  versions: LawVersion[];
  /** Comparisons of successive versions: [older file, newer file, mappings]. */
  comparisons: [string, string, StoredMapping[]][];
}

/** Hash of the files' names and contents. */
export function cacheKey(files: { name: string; text: string | Uint8Array }[]): string {
  const hash = createHash('sha256');
  hash.update(`dutylist-laws-${FORMAT}\0`);
  for (const f of files) hash.update(`${f.name}\0`).update(f.text).update('\0');
  return hash.digest('hex');
}

/** One cache file per registry folder, so that two folders never evict each other. */
function slot(registryDir: string): string {
  return `laws-${digest(resolve(registryDir)).slice(0, 24)}.json`;
}

/** Parsed versions for `key`, with their comparisons seeded; undefined on any miss or damage. */
export function readCache(folder: CacheFolder, registryDir: string, key: string): LawVersion[] | undefined {
  const body = readEntry(folder, slot(registryDir), key);
  if (body === undefined) return undefined;
  try {
    const data = JSON.parse(body) as CacheFile;
    if (data.format !== FORMAT || data.key !== key || !Array.isArray(data.versions) || !Array.isArray(data.comparisons)) return undefined;
    const byFile = new Map(data.versions.map((v) => [v.file, v]));
    for (const [olderFile, newerFile, stored] of data.comparisons) {
      const older = byFile.get(olderFile);
      const newer = byFile.get(newerFile);
      if (older && newer) seedComparison(restore(older, newer, stored));
    }
    return data.versions;
  } catch {
    return undefined;
  }
}

/** Writes the cache (with comparisons of each instrument's successive versions); never throws. */
export function writeCache(folder: CacheFolder, registryDir: string, key: string, versions: LawVersion[], successive: [LawVersion, LawVersion][]): void {
  try {
    const comparisons = successive.map(([a, b]): [string, string, StoredMapping[]] => [a.file, b.file, store(comparisonOf(a, b))]);
    const data: CacheFile = { format: FORMAT, key, versions, comparisons };
    writeEntry(folder, slot(registryDir), key, JSON.stringify(data));
  } catch {
    // An unusable cache folder only costs speed.
  }
}

function store(c: VersionComparison): StoredMapping[] {
  const index = (list: unknown[], item: unknown) => (item === undefined ? -1 : list.indexOf(item));
  return c.mappings.map((m) => [
    index(c.older.articles, m.old), index(c.newer.articles, m.new), m.change, m.similarity,
    index(c.newer.articles, m.into?.article), m.into?.containment ?? 0,
  ]);
}

function restore(older: LawVersion, newer: LawVersion, stored: StoredMapping[]): VersionComparison {
  const mappings = stored.map(([o, n, change, similarity, into, containment]): ArticleMapping => {
    const m: ArticleMapping = { change, similarity };
    const old = older.articles[o];
    const next = newer.articles[n];
    const merged = newer.articles[into];
    if (old) m.old = old;
    if (next) m.new = next;
    if (merged) m.into = { article: merged, containment };
    return m;
  });
  return { older, newer, mappings };
}
