// The version each side of a diff calls itself (`version` in its list.yaml), for the heading of the
// 调整对照表: a filed document names versions as the list does ("2025.1 → 2026.1"), never a git ref,
// a working tree or a folder path.
import { join } from 'node:path';
import { readYamlBytes, readYamlFile, type ReadFile } from '../load/read.js';
import type { GitRepo } from './git.js';

function versionOf(file: ReadFile): string | undefined {
  const data = file.data as { version?: unknown } | undefined;
  const v = data?.version;
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() || undefined : undefined;
}

/** `version` of the list.yaml in a list folder on disk. */
export function folderListVersion(dir: string): string | undefined {
  const path = join(dir, 'list.yaml');
  return versionOf(readYamlFile(path, path));
}

/** `version` of the list.yaml at `listPath` (from the repository root) in `commit`. */
export function gitListVersion(repo: GitRepo, commit: string, listPath: string): string | undefined {
  const path = listPath === '' ? 'list.yaml' : `${listPath}/list.yaml`;
  const bytes = repo.fileAt(commit, path);
  return bytes ? versionOf(readYamlBytes(bytes, path, path)) : undefined;
}
