// One version of a list: its matter and adjustment files with their git object ids. Files from a
// folder are hashed the way git hashes blobs, so an unchanged file is recognised by its id alone
// whichever side it comes from, and only changed files are ever parsed.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { readInputOrFail } from '../io/read-input.js';
import { displayPath, yamlFiles } from '../load/list.js';
import { MAX_FILE_BYTES } from '../load/yaml.js';
import type { GitRepo } from './git.js';

export interface VersionFile {
  /** File name, e.g. `WH-001.yaml`. */
  name: string;
  /** Path shown in findings, relative to the working directory. */
  display: string;
  /** Git blob id of the content. */
  oid: string;
  /** Content, once read. */
  bytes?: Uint8Array;
}

export interface Version {
  /** What the user named: a ref, a folder, or the working tree. */
  label: string;
  /** Full commit id, for git versions. */
  commit?: string;
  matters: VersionFile[];
  adjustments: VersionFile[];
  /** Reads the content of the given files (git blobs are read on demand, in one batch). */
  load(files: VersionFile[]): void;
}

export type HashName = 'sha1' | 'sha256';

const YAML = /\.ya?ml$/i;

export function gitVersion(repo: GitRepo, commit: string, label: string, listPath: string, cwd: string): Version {
  const prefix = listPath === '' ? '' : `${listPath}/`;
  const blobs = repo.listTree(commit, listPath);
  const inFolder = (folder: string): VersionFile[] =>
    blobs
      .filter((b) => b.path.startsWith(`${prefix}${folder}/`) && !b.path.slice(prefix.length + folder.length + 1).includes('/') && YAML.test(b.path))
      .map((b) => ({ name: basename(b.path), display: displayPath(join(repo.root, b.path), cwd), oid: b.oid }))
      .sort(byName);
  return {
    label,
    commit,
    matters: inFolder('matters'),
    adjustments: inFolder('adjustments'),
    load(files) {
      const wanted = files.filter((f) => !f.bytes);
      const contents = repo.readBlobs(wanted.map((f) => f.oid));
      for (const f of wanted) f.bytes = contents.get(f.oid) ?? new Uint8Array();
    },
  };
}

/** A list folder on disk (the working tree, or `--old DIR`): one with list.yaml or matters/. Any
 *  other folder would read as a list without matters, and every matter would show as added. */
export function folderVersion(dir: string, label: string, cwd: string, hash: HashName, lang: Lang): Version {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(t(lang, 'diff.old.not-found', { dir: label }));
  const mattersDir = join(dir, 'matters');
  const matters = statSync(mattersDir, { throwIfNoEntry: false });
  if (matters && !matters.isDirectory()) throw new InputError(t(lang, 'input.not-a-folder', { file: displayPath(mattersDir, cwd) }));
  if (!matters && !existsSync(join(dir, 'list.yaml'))) throw new InputError(t(lang, 'diff.old.not-a-list', { dir: label }));
  const adjustments = statSync(join(dir, 'adjustments'), { throwIfNoEntry: false });
  if (adjustments && !adjustments.isDirectory()) throw new InputError(t(lang, 'input.not-a-folder', { file: displayPath(join(dir, 'adjustments'), cwd) }));
  const read = (path: string): VersionFile => {
    const bytes = readInputOrFail(path, displayPath(path, cwd), MAX_FILE_BYTES, lang);
    return { name: basename(path), display: displayPath(path, cwd), oid: blobId(bytes, hash), bytes };
  };
  return { label, matters: yamlFiles(mattersDir).map(read), adjustments: yamlFiles(join(dir, 'adjustments')).map(read), load: () => undefined };
}

/** The id git gives a blob with these bytes. */
export function blobId(bytes: Uint8Array, hash: HashName): string {
  return createHash(hash).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function byName(a: VersionFile, b: VersionFile): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
