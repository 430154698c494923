// Every file we write goes to a temporary file beside the target and is renamed over it, so an
// interrupted run or a workbook held open in Excel/WPS never leaves a half-written or lost file.
// The new file keeps the old one's permissions (a 0600 matter stays 0600), and a matter kept as a
// symbolic link is written through to the file it points at, so the link stays a link.
import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, parse } from 'node:path';
import { InputError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';

const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);

export function writeFileAtomic(target: string, data: string | Uint8Array, lang: Lang): void {
  const real = writeTarget(target);
  const existing = statQuietly(real);
  // Renaming over /dev/null or a pipe would replace it with a file: only files are rewritten.
  if (existing && !existing.isFile()) throw new InputError(t(lang, 'write.not-a-file', { file: target }));
  const temp = join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    makeFolder(dirname(real));
    writeFileSync(temp, data, { flag: 'wx', mode: 0o666 });
    if (existing) chmodSync(temp, existing.mode & 0o7777);
  } catch (e) {
    removeQuietly(temp);
    throw new InputError(t(lang, 'write.failed', { file: target, detail: errorCode(e) }));
  }
  try {
    renameWithRetry(temp, real);
  } catch (e) {
    removeQuietly(temp);
    const code = errorCode(e);
    throw new InputError(t(lang, LOCKED.has(code) ? 'write.locked' : 'write.failed', { file: target, detail: code }));
  }
}

/** The file a write to `path` should replace: the file a symbolic link points at (a dangling
 *  link is replaced itself), otherwise the path. */
export function writeTarget(path: string): string {
  try {
    return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ? realpathSync(path) : path;
  } catch {
    // A dangling link, or a path under a file: written (or refused) as it is.
    return path;
  }
}

/** mkdir -p without Node's recursive mkdir, which never returns on some paths (/proc/self/x):
 *  walk up to the nearest existing folder, then create each missing one below it. */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    const stat = statSync(at, { throwIfNoEntry: false });
    if (stat) {
      if (!stat.isDirectory()) throw Object.assign(new Error(`not a folder: ${at}`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(at);
    const up = dirname(at);
    if (up === at || at === parse(at).root) break;
    at = up;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (e) {
      // Made meanwhile by another process: fine; anything else is the caller's error.
      if (errorCode(e) !== 'EEXIST') throw e;
    }
  }
}

// Windows virus scanners and indexers hold new files for a moment; a few short retries cover
// that, while a file open in Excel stays locked and is reported.
export function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(from, to);
      return;
    } catch (e) {
      if (attempt >= 4 || !LOCKED.has(errorCode(e)) || process.platform !== 'win32') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50 * (attempt + 1));
    }
  }
}

/** The file's status, or none when there is none (under a file, ENOTDIR, included). */
function statQuietly(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // The temp file was never created (its folder is unusable); nothing to clean.
  }
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}
