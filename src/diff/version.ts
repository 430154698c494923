// One version of a list: its matter and adjustment files with their git object ids. Files from a
// folder are hashed the way git hashes blobs, so an unchanged file is recognised by its id alone
// whichever side it comes from, and only changed files are ever parsed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { displayPath, yamlFiles } from '../load/list.js';
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

/** A list folder on disk (the working tree, or `--old DIR`); a bare folder of matter files works too. */
export function folderVersion(dir: string, label: string, cwd: string, hash: HashName, lang: Lang): Version {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(t(lang, 'diff.old.not-found', { dir: label }));
  const mattersDir = existsSync(join(dir, 'matters')) ? join(dir, 'matters') : dir;
  const read = (path: string): VersionFile => {
    const bytes = readFileSync(path);
    return { name: basename(path), display: displayPath(path, cwd), oid: blobId(bytes, hash), bytes };
  };
  const matters = yamlFiles(mattersDir).filter((p) => mattersDir !== dir || basename(p) !== 'list.yaml').map(read);
  return { label, matters, adjustments: yamlFiles(join(dir, 'adjustments')).map(read), load: () => undefined };
}

/** The id git gives a blob with these bytes. */
export function blobId(bytes: Uint8Array, hash: HashName): string {
  return createHash(hash).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function byName(a: VersionFile, b: VersionFile): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
