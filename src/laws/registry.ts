import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { inputProblem, MAX_LAW_BYTES, readInput, type InputRead } from '../io/read-input.js';
import { InputError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { suggest } from '../suggest.js';
import { activeCacheFolder, openCacheFolder, type CacheFolder } from '../cache/folder.js';
import { cacheKey, readCache, writeCache } from './cache.js';
import { LawParseError, parseLawText } from './parse.js';
import type { Instrument, LawArticle, LawVersion } from './types.js';

/** How a name found its instrument. */
export interface InstrumentMatch {
  instrument: Instrument;
  /** True when the name is a declared alias rather than the full title. */
  alias: boolean;
}

/** Every instrument of a registry folder, by title and by alias. */
export interface LawRegistry {
  /** The folder the versions were read from. */
  dir: string;
  /** Sorted by title. */
  instruments: Instrument[];
  /** Full titles, sorted, for "did you mean". */
  titles: string[];
  /** Full titles and declared aliases → instrument. */
  byName: Map<string, InstrumentMatch>;
  /** Files that could not be read as a law version, or clash with another. */
  errors: LawParseError[];
  /** Hash of the folder's file names and contents (what a check result depends on); empty
   *  for a registry built in memory. */
  key: string;
}

/** Options of loadRegistry. */
export interface LoadOptions {
  /** Cache folder for the parsed registry, or false for none (default: the process's cache
   *  folder, src/cache/folder.ts). A folder named here passes the same checks. */
  cacheDir?: string | false;
  /** Language of the error raised for an unreadable folder. */
  lang?: Lang;
}

/** Reads every `*.md` of `dir` (README.md excepted) into a registry. */
export function loadRegistry(dir: string, options: LoadOptions = {}): LawRegistry {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.md') && n.toLowerCase() !== 'readme.md').sort();
  } catch {
    throw new InputError(t(options.lang ?? 'zh', 'law.registry.unreadable', { dir }));
  }
  const files = names.map((name) => join(dir, name));
  const folder = cacheFolderOf(options.cacheDir);
  // Keyed by content: an edited law text is never answered from an older parse.
  const reads = files.map((name) => readInput(name, MAX_LAW_BYTES));
  const key = cacheKey(names.map((name, i) => {
    const read = reads[i] as InputRead;
    return { name, text: read.ok ? read.bytes : `unreadable:${read.reason}` };
  }));
  const cached = folder ? readCache(folder, dir, key) : undefined;
  if (cached) return buildRegistry(cached, dir, [], key);
  const versions: LawVersion[] = [];
  const errors: LawParseError[] = [];
  for (const [i, name] of files.entries()) {
    try {
      versions.push(parseLawText(lawText(reads[i] as InputRead, name), name));
    } catch (e) {
      if (e instanceof LawParseError) errors.push(e);
      else throw e;
    }
  }
  const registry = buildRegistry(versions, dir, errors, key);
  if (folder && registry.errors.length === 0) writeCache(folder, dir, key, versions, successive(registry));
  return registry;
}

function cacheFolderOf(option: string | false | undefined): CacheFolder | undefined {
  if (option === false) return undefined;
  if (option === undefined) return activeCacheFolder();
  const check = openCacheFolder(option);
  return check.ok ? check.folder : undefined;
}

/** A law file's text read through the input gate; anything that is not a readable regular file
 *  is the file's error, reported like a text that does not parse. */
function lawText(read: InputRead, file: string): string {
  if (read.ok) return read.bytes.toString('utf8');
  const [zh, en] = (['zh', 'en'] as const).map((lang) => inputProblem(read, basename(file), MAX_LAW_BYTES, lang));
  throw new LawParseError('unreadable', file, `${zh} / ${en}`);
}

function successive(registry: LawRegistry): [LawVersion, LawVersion][] {
  return registry.instruments.flatMap((i) => {
    const texts = i.versions.filter((v) => v.hasText);
    return texts.slice(1).map((v, k): [LawVersion, LawVersion] => [texts[k] as LawVersion, v]);
  });
}

/** Groups parsed versions into instruments; clashing versions and aliases become errors. */
export function buildRegistry(versions: LawVersion[], dir = '', errors: LawParseError[] = [], key = ''): LawRegistry {
  const groups = new Map<string, LawVersion[]>();
  for (const v of versions) {
    const group = groups.get(v.title) ?? [];
    const twin = group.find((g) => g.version === v.version);
    if (twin) {
      errors.push(new LawParseError('duplicate-version', v.file,
        `《${v.title}》${v.version} 版重复：${twin.file} 与 ${v.file}。请删除其一。` +
        ` / Two files hold version ${v.version} of ${v.title}: ${twin.file} and ${v.file}; remove one.`));
      continue;
    }
    group.push(v);
    groups.set(v.title, group);
  }
  const instruments = [...groups.entries()]
    .map(([title, vs]) => toInstrument(title, vs))
    .sort((a, b) => compareText(a.title, b.title));
  const byName = new Map<string, InstrumentMatch>();
  for (const instrument of instruments) byName.set(instrument.title, { instrument, alias: false });
  for (const instrument of instruments) {
    for (const alias of instrument.aliases) {
      const taken = byName.get(alias);
      if (taken && taken.instrument !== instrument) {
        errors.push(new LawParseError('alias-conflict', instrument.versions[0]?.file ?? '',
          `简称“${alias}”同时指向《${taken.instrument.title}》和《${instrument.title}》。请只在一部法规中声明。` +
          ` / Alias ${alias} is declared for both ${taken.instrument.title} and ${instrument.title}; keep it on one.`));
        continue;
      }
      if (!taken) byName.set(alias, { instrument, alias: true });
    }
  }
  return { dir, instruments, titles: instruments.map((i) => i.title), byName, errors, key };
}

/** The instrument named by a full title or declared alias (《》 and spaces ignored). */
export function findInstrument(registry: LawRegistry, name: string): InstrumentMatch | undefined {
  return registry.byName.get(cleanName(name));
}

/** The version in force on `date` (YYYY-MM-DD): latest effective on or before it, not repealed. */
export function versionOn(instrument: Instrument, date: string): LawVersion | undefined {
  let found: LawVersion | undefined;
  for (const v of instrument.versions) {
    if (v.effective <= date) found = v;
  }
  if (found?.repealed !== undefined && found.repealed <= date) return undefined;
  return found;
}

/** The full title a name not in the registry most likely means (titles and aliases compared,
 *  see suggest()), or none: a far title would send the clerk to a different law. */
export function suggestTitle(registry: LawRegistry, name: string): string | undefined {
  const hit = suggest(cleanName(name), [...registry.byName.keys()], { key: subjectOf });
  return hit === undefined ? undefined : registry.byName.get(hit)?.instrument.title;
}

// What a title is about: without the state's name and the instrument's form, so 《体育法》 and
// 《旅游法》 are far apart however much they share, and 《娱乐场所管理办法》 is near the 条例.
function subjectOf(title: string): string {
  return title.replace(/^中华人民共和国/, '').replace(/(实施细则|实施条例|实施办法|条例|办法|规定|细则|规则|决定|法)$/, '');
}

/** The same as suggestTitle: kept for the citation resolver, which names it so. */
export const nearestTitle = suggestTitle;

/** Article 第{article}条[之{suffix}] of a version. */
export function articleOf(version: LawVersion, article: number, suffix?: number): LawArticle | undefined {
  let index = ARTICLES.get(version);
  if (!index) {
    index = new Map();
    for (const a of version.articles) if (!index.has(articleKey(a.number, a.suffix))) index.set(articleKey(a.number, a.suffix), a);
    ARTICLES.set(version, index);
  }
  return index.get(articleKey(article, suffix));
}

// Looked up once per cited article: an index per version keeps a large list linear.
const ARTICLES = new WeakMap<LawVersion, Map<string, LawArticle>>();

function articleKey(article: number, suffix: number | undefined): string {
  return suffix === undefined ? String(article) : `${article}.${suffix}`;
}

function toInstrument(title: string, versions: LawVersion[]): Instrument {
  const sorted = [...versions].sort((a, b) => compareText(a.effective, b.effective) || compareText(a.version, b.version));
  const latest = sorted[sorted.length - 1] ?? versions[0];
  const aliases = [...new Set(sorted.flatMap((v) => v.aliases))].filter((a) => a !== title);
  return { title, aliases, level: latest?.level ?? '法律', versions: sorted };
}

function cleanName(name: string): string {
  return name.replace(/[《》\s\u3000]/g, '');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
