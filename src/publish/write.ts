// The site is built in a temporary folder beside the target and swapped in whole: an interrupted or
// failed build leaves the last good site as it was. Only a folder this command wrote (it holds the
// marker file) or an empty one is ever replaced, so `-o` pointed at the wrong folder deletes nothing.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { makeFolder, renameWithRetry } from '../io/atomic.js';
import { MARKER } from './paths.js';
import type { SiteFile } from './site.js';

export interface WrittenSite {
  files: number;
  bytes: number;
}

export function writeSite(target: string, files: Iterable<SiteFile>, lang: Lang): WrittenSite {
  const dir = resolve(target);
  refuseForeign(dir, lang);
  const suffix = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const temp = join(dirname(dir), `.${basename(dir)}.${suffix}.tmp`);
  let count = 0;
  let bytes = 0;
  const folders = new Set<string>();
  try {
    makeFolder(temp);
    for (const [path, data] of files) {
      const file = resolve(temp, path);
      if (!file.startsWith(temp + sep)) throw new Error(`site path outside the site: ${path}`);
      const folder = dirname(file);
      if (!folders.has(folder)) makeFolder(folder);
      folders.add(folder);
      writeFileSync(file, data);
      count++;
      bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    }
  } catch (e) {
    removeQuietly(temp);
    if (isFsError(e)) throw new InputError(t(lang, 'write.failed', { file: target, detail: (e as NodeJS.ErrnoException).code ?? '' }));
    throw e;
  }
  swapIn(temp, dir, target, suffix, lang);
  return { files: count, bytes };
}

function refuseForeign(dir: string, lang: Lang): void {
  // A drive's root (a USB stick's E:\) cannot be swapped: the site goes into a folder on it.
  if (dirname(dir) === dir) throw new InputError(t(lang, 'publish.root', { dir }));
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new InputError(t(lang, 'publish.not-a-folder', { dir }));
  if (readdirSync(dir).length > 0 && !existsSync(join(dir, MARKER))) throw new InputError(t(lang, 'publish.foreign-folder', { dir, marker: MARKER }));
}

function swapIn(temp: string, dir: string, target: string, suffix: string, lang: Lang): void {
  const old = join(dirname(dir), `.${basename(dir)}.${suffix}.old`);
  const hadOld = existsSync(dir);
  try {
    if (hadOld) renameWithRetry(dir, old);
  } catch (e) {
    removeQuietly(temp);
    throw new InputError(t(lang, 'publish.locked', { dir: target, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
  try {
    renameWithRetry(temp, dir);
  } catch (e) {
    // Put the old site back before reporting: the target never ends up missing.
    if (hadOld) renameWithRetry(old, dir);
    removeQuietly(temp);
    throw new InputError(t(lang, 'publish.locked', { dir: target, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
  if (hadOld) removeQuietly(old);
}

function isFsError(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && (e as NodeJS.ErrnoException).syscall !== undefined;
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // A leftover temporary folder costs disk space only; the site itself is intact.
  }
}
