// Reading list files straight out of git: no checkout, no clone, no shell. Every call passes its
// arguments as an array; refs are resolved to an object id first and only the id is passed on.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { assertSafeRef } from './ref.js';

/** A blob in a tree: its path from the repository root and its object id. */
export interface TreeBlob {
  path: string;
  oid: string;
}

const ENV = { GIT_LITERAL_PATHSPECS: '1', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };

export class GitRepo {
  private constructor(
    /** Absolute path of the working tree root. */
    readonly root: string,
    private readonly lang: Lang,
  ) {}

  /** The repository holding `dir` (`shown` in messages); an input error when there is none. */
  static at(dir: string, shown: string, lang: Lang): GitRepo {
    let out: Buffer;
    try {
      out = runGit(['rev-parse', '--show-toplevel'], dir);
    } catch (e) {
      if (isMissingGit(e)) throw new InputError(t(lang, 'diff.git.missing'));
      throw new InputError(t(lang, 'diff.git.not-a-repo', { dir: shown }));
    }
    return new GitRepo(out.toString('utf8').replace(/\n$/, ''), lang);
  }

  /** Path of `dir` from the repository root, forward slashes ('' for the root itself). */
  pathOf(dir: string, shown: string): string {
    const rel = relative(realpathSync(this.root), realpathSync(dir));
    if (rel.startsWith('..')) throw new InputError(t(this.lang, 'diff.git.outside', { dir: shown, root: this.root }));
    return rel.split(sep).join('/');
  }

  /** The commit `ref` names, as a full object id. */
  resolveCommit(ref: string, option: string): string {
    assertSafeRef(ref, option, this.lang);
    try {
      return this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).toString('utf8').trim();
    } catch {
      throw new UsageError(t(this.lang, 'diff.ref.unknown', { option, ref, tags: this.tags() }));
    }
  }

  /** Blobs under `dir` (a path from the root) in `commit`, recursively. */
  listTree(commit: string, dir: string): TreeBlob[] {
    const args = ['-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--full-tree', commit];
    const out = this.git(dir === '' ? args : [...args, '--', `${dir}/`]);
    const blobs: TreeBlob[] = [];
    for (const record of out.toString('utf8').split('\0')) {
      const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(record);
      if (m?.[1] && m[2] !== undefined) blobs.push({ oid: m[1], path: m[2] });
    }
    return blobs;
  }

  /** Contents of the given blobs, by object id, in one `git cat-file --batch` run. */
  readBlobs(oids: string[]): Map<string, Uint8Array> {
    const unique = [...new Set(oids)];
    const blobs = new Map<string, Uint8Array>();
    if (unique.length === 0) return blobs;
    const out = this.git(['cat-file', '--batch'], unique.join('\n') + '\n');
    let at = 0;
    while (at < out.length) {
      const eol = out.indexOf(0x0a, at);
      if (eol < 0) break;
      const header = out.subarray(at, eol).toString('utf8').split(' ');
      at = eol + 1;
      if (header[1] === 'missing' || header.length < 3) continue;
      const size = Number(header[2]);
      blobs.set(header[0] ?? '', out.subarray(at, at + size));
      at += size + 1;
    }
    return blobs;
  }

  /** The bytes of one file in `commit` (a path from the root), or undefined when it has none. */
  fileAt(commit: string, path: string): Uint8Array | undefined {
    const blob = this.listTree(commit, path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '').find((b) => b.path === path);
    return blob ? this.readBlobs([blob.oid]).get(blob.oid) : undefined;
  }

  /** Paths (from the root) under `paths` with uncommitted changes, untracked files included. */
  changedFiles(paths: string[]): string[] {
    const out = this.git(['-c', 'core.quotepath=off', 'status', '--porcelain', '-z', '--untracked-files=all', '--', ...paths]).toString('utf8');
    return out.split('\0').filter((r) => r.length > 3).map((r) => r.slice(3));
  }

  /** The commit a tag points at, or undefined when there is no such tag. */
  tagCommit(tag: string): string | undefined {
    try {
      return this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/tags/${tag}^{commit}`]).toString('utf8').trim();
    } catch {
      return undefined;
    }
  }

  /** The current commit, or undefined in a repository with no commit yet. */
  head(): string | undefined {
    try {
      return this.git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).toString('utf8').trim();
    } catch {
      return undefined;
    }
  }

  /** A lightweight tag on the current commit (what `git describe --tags` finds); git's own
   *  message when it refuses. */
  createTag(tag: string): string | undefined {
    try {
      this.git(['tag', '--end-of-options', tag]);
      return undefined;
    } catch (e) {
      return ((e as { stderr?: Buffer }).stderr?.toString('utf8') ?? String(e)).trim().split('\n')[0];
    }
  }

  private tags(): string {
    try {
      const names = this.git(['tag', '--list', '--sort=-creatordate']).toString('utf8').split('\n').filter(Boolean);
      return names.length > 0 ? names.slice(0, 8).join(', ') : t(this.lang, 'diff.ref.no-tags');
    } catch {
      return t(this.lang, 'diff.ref.no-tags');
    }
  }

  private git(args: string[], input?: string): Buffer {
    return runGit(args, this.root, input);
  }
}

function runGit(args: string[], cwd: string, input?: string): Buffer {
  return execFileSync('git', args, {
    cwd,
    input,
    env: { ...process.env, ...ENV },
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024 * 1024,
    windowsHide: true,
  });
}

function isMissingGit(e: unknown): boolean {
  return (e as NodeJS.ErrnoException).code === 'ENOENT';
}
