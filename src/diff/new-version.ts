// `diff -o` files the 调整对照表 only for a new version that passes `check`, as `export` issues only
// a list without errors. The working tree is checked where it is; a version named by `--to REF`
// is first written out of git (the list folder, its law registry and unit registry) into a
// private temporary folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { makeFolder } from '../io/atomic.js';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { checkList, type CheckedList } from '../check/run.js';
import type { Lang } from '../i18n/index.js';
import { findList } from '../load/list.js';
import { readYamlBytes } from '../load/read.js';
import { GitRepo } from './git.js';

export interface NewVersionRequest {
  listArg?: string;
  /** The newer version as a git ref; the working tree when absent. */
  to?: string;
  lang: Lang;
  cwd: string;
  onDate: string;
}

export function checkNewVersion(req: NewVersionRequest): CheckedList {
  const { lang, cwd, onDate } = req;
  if (req.to === undefined) return checkList(req.listArg, { lang, onDate, cwd });
  const location = findList(req.listArg, cwd, lang);
  const repo = GitRepo.at(location.dir, location.dir, lang);
  const listPath = repo.pathOf(location.dir, location.dir);
  const commit = repo.resolveCommit(req.to, '--to');
  const manifestPath = listPath === '' ? 'list.yaml' : `${listPath}/list.yaml`;
  const manifestBytes = repo.fileAt(commit, manifestPath);
  const declared = (manifestBytes ? readYamlBytes(manifestBytes, manifestPath, manifestPath).data : undefined) as { laws?: unknown; units?: unknown } | undefined;
  const relative = (value: unknown, fallback: string): string => posix.normalize(posix.join(listPath, typeof value === 'string' ? value : fallback));
  const wanted = [listPath, relative(declared?.laws, '../laws'), relative(declared?.units, '../units.yaml')];
  const root = mkdtempSync(join(tmpdir(), 'dutylist-version-'));
  try {
    const blobs = repo.listTree(commit, '').filter((b) => wanted.some((w) => w === '' || b.path === w || b.path.startsWith(`${w}/`)));
    const contents = repo.readBlobs(blobs.map((b) => b.oid));
    for (const b of blobs) {
      const target = join(root, ...b.path.split('/'));
      makeFolder(dirname(target));
      writeFileSync(target, contents.get(b.oid) ?? new Uint8Array());
    }
    const checked = checkList(join(root, ...listPath.split('/').filter(Boolean)), { lang, onDate, cwd: root });
    // Findings name the files as they are in the repository, not in the temporary copy.
    return { ...checked, diagnostics: checked.diagnostics.map((d) => ({ ...d, file: `${req.to}:${d.file}` })) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
