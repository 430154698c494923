// A JSON cache of the parsed registry and of the comparisons of successive versions, so that
// `check` does not re-parse ~700 KB of law text and re-pair revised articles on every run.
// Keyed by a hash of every file's name and content; any failure just means no cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { comparisonOf, seedComparison, type ArticleChange, type ArticleMapping, type VersionComparison } from './compare.js';
import type { LawVersion } from './types.js';

const FORMAT = 2;

/** The default cache folder: DUTYLIST_CACHE_DIR, else the system temp folder. Not beside the
 *  program: the single-file build runs from wherever an office copied it, often read-only. */
export const DEFAULT_CACHE_DIR = process.env.DUTYLIST_CACHE_DIR || join(tmpdir(), 'dutylist-cache');

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
export function cacheKey(files: { name: string; text: string }[]): string {
  const hash = createHash('sha1');
  hash.update(`dutylist-laws-${FORMAT}\0`);
  for (const f of files) hash.update(`${f.name}\0${f.text}\0`);
  return hash.digest('hex');
}

/** One cache file per registry folder, so that two folders never evict each other. */
function slot(cacheDir: string, registryDir: string): string {
  return join(cacheDir, `laws-${createHash('sha1').update(resolve(registryDir)).digest('hex').slice(0, 16)}.json`);
}

/** Parsed versions for `key`, with their comparisons seeded; undefined on any miss or damage. */
export function readCache(cacheDir: string, registryDir: string, key: string): LawVersion[] | undefined {
  try {
    const data = JSON.parse(readFileSync(slot(cacheDir, registryDir), 'utf8')) as CacheFile;
    if (data.format !== FORMAT || data.key !== key || !Array.isArray(data.versions)) return undefined;
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
export function writeCache(cacheDir: string, registryDir: string, key: string, versions: LawVersion[], successive: [LawVersion, LawVersion][]): void {
  try {
    const comparisons = successive.map(([a, b]): [string, string, StoredMapping[]] => [a.file, b.file, store(comparisonOf(a, b))]);
    const data: CacheFile = { format: FORMAT, key, versions, comparisons };
    mkdirSync(cacheDir, { recursive: true });
    const file = slot(cacheDir, registryDir);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, file);
    prune(cacheDir);

  } catch {
    // An unwritable cache folder only costs speed.
  }
}

const KEEP = 16;

// One file per registry folder; temporary copies (tests, CI clones) would otherwise pile up.
function prune(cacheDir: string): void {
  const files = readdirSync(cacheDir)
    .filter((n) => /^laws-[0-9a-f]+\.json$/.test(n))
    .map((n) => ({ path: join(cacheDir, n), time: statSync(join(cacheDir, n)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of files.slice(KEEP)) rmSync(old.path, { force: true });
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
