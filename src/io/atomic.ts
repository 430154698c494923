// Every file we write goes to a temporary file beside the target and is renamed over it, so an
// interrupted run or a workbook held open in Excel/WPS never leaves a half-written or lost file.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';

const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);

export function writeFileAtomic(target: string, data: string | Uint8Array, lang: Lang): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temp, data);
  } catch (e) {
    removeQuietly(temp);
    throw new InputError(t(lang, 'write.failed', { file: target, detail: errorCode(e) }));
  }
  try {
    renameWithRetry(temp, target);
  } catch (e) {
    removeQuietly(temp);
    const code = errorCode(e);
    throw new InputError(t(lang, LOCKED.has(code) ? 'write.locked' : 'write.failed', { file: target, detail: code }));
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
