// Finding a list folder and the registry files it uses. Only this module and read.ts touch the disk.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { asRecord } from './data.js';
import { readYamlFile } from './read.js';

export const MANIFEST = 'list.yaml';

/** Where the parts of a list live. */
export interface ListLocation {
  dir: string;
  manifest: string;
  mattersDir: string;
  adjustmentsDir: string;
  /** 合法性审查记录: reviews/<date>.yaml. */
  reviewsDir: string;
  consultationsDir: string;
}

/** The list folder named on the command line, or the one in/under the working directory. */
export function findList(arg: string | undefined, cwd: string, lang: Lang): ListLocation {
  if (arg !== undefined) {
    const dir = resolve(cwd, arg);
    if (!existsSync(dir)) throw new InputError(t(lang, 'list.not-found', { dir: arg }));
    if (statSync(dir).isFile()) throw new InputError(t(lang, 'list.not-a-folder', { dir: arg }));
    if (!existsSync(join(dir, MANIFEST))) {
      const inside = listsUnder(dir);
      if (inside.length === 1 && inside[0]) return locate(inside[0]);
      throw new InputError(t(lang, 'list.no-manifest', { dir: arg, candidates: candidates(inside, cwd) }));
    }
    return locate(dir);
  }
  // Here, the lists below here, then the folders above (a clerk working in matters/ or in
  // tools/ means the list around them), up to the repository root.
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, MANIFEST))) return locate(dir);
    const found = [...new Set([...listsUnder(join(dir, 'lists')), ...(dir === cwd ? listsUnder(dir) : [])])];
    if (found.length === 1 && found[0]) return locate(found[0]);
    if (found.length > 1) throw new InputError(t(lang, 'list.several', { candidates: candidates(found, cwd) }));
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) break;
  }
  throw new InputError(t(lang, 'list.none', { dir: cwd }));
}

function locate(dir: string): ListLocation {
  return {
    dir,
    manifest: join(dir, MANIFEST),
    mattersDir: join(dir, 'matters'),
    adjustmentsDir: join(dir, 'adjustments'),
    reviewsDir: join(dir, 'reviews'),
    consultationsDir: join(dir, 'consultations'),
  };
}

function listsUnder(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, MANIFEST)))
    .map((e) => join(dir, e.name))
    .sort();
}

function candidates(dirs: string[], cwd: string): string {
  return dirs.map((d) => displayPath(d, cwd)).join(', ');
}

/** The registry path a manifest names, or the first default that exists. */
export function registryPath(listDir: string, declared: string | undefined, name: string): string {
  if (declared) return resolve(listDir, declared);
  const inside = join(listDir, name);
  return existsSync(inside) ? inside : join(dirname(listDir), name);
}

/** The law registry folder a list uses, read from its manifest even when the manifest has other
 *  problems (check reports those); the default when it names none. */
export function lawsDirOf(location: ListLocation): string {
  const laws = asRecord(readYamlFile(location.manifest, location.manifest).data)?.laws;
  const declared = typeof laws === 'string' ? laws : undefined;
  return registryPath(location.dir, declared, 'laws');
}

/** A matter or record file's name without .yaml: the id it must carry. */
export function fileStem(path: string): string {
  return basename(path).replace(/\.ya?ml$/i, '');
}

/** YAML files of a folder, sorted by name (code point order: stable on every OS); none when the
 *  folder is missing or not a folder (see folderProblem). */
export function yamlFiles(dir: string): string[] {
  return yamlFileNames(dir).map((n) => join(dir, n));
}

/** The same, names only. */
export function yamlFileNames(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Path as shown to the user: relative to the working directory, forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path) || '.';
  return rel.split(sep).join('/');
}
