// The one private folder every cache of dutylist lives in (parsed law registry, check results).
// Per user: DUTYLIST_CACHE_DIR or --cache-dir, else $XDG_CACHE_HOME/dutylist, ~/.cache/dutylist,
// %LOCALAPPDATA%\dutylist on Windows. Created 0700; a folder owned by someone else, reached
// through a link, or writable by group or others is not used (one line says so), since whoever
// can write it decides what `check` reports. Any other failure only costs speed.
import { lstatSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve, win32 } from 'node:path';
import { registerMessages, t, type Lang } from '../i18n/index.js';
import { cacheMessages } from './messages.js';

registerMessages(cacheMessages);

/** A cache folder that passed the ownership and mode checks. */
export interface CacheFolder {
  dir: string;
}

/** What the user asked for: a folder (theirs or the per-user default), or no cache. */
export interface CacheChoice {
  /** --cache-dir, DUTYLIST_CACHE_DIR, or the per-user default; none when the platform has no home. */
  dir?: string;
  /** --no-cache or DUTYLIST_NO_CACHE=1. */
  off?: boolean;
}

/** The choice from the command line and the environment (the command line wins). */
export function cacheChoice(argv: string[], env: NodeJS.ProcessEnv, cwd: string): CacheChoice {
  if (argv.includes('--no-cache')) return { off: true };
  const i = argv.findIndex((a) => a === '--cache-dir' || a.startsWith('--cache-dir='));
  const flag = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.slice('--cache-dir='.length) : argv[i + 1];
  if (!flag && env.DUTYLIST_NO_CACHE !== undefined && env.DUTYLIST_NO_CACHE !== '' && env.DUTYLIST_NO_CACHE !== '0') return { off: true };
  const named = flag || env.DUTYLIST_CACHE_DIR || undefined;
  const dir = named ? resolve(cwd, named) : defaultCacheDir(env);
  return dir ? { dir } : {};
}

/** The per-user default folder, or undefined when the platform gives no home. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    return local && win32.isAbsolute(local) ? win32.join(local, 'dutylist') : undefined;
  }
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'dutylist');
  let home: string;
  try {
    home = env.HOME || homedir();
  } catch {
    return undefined;
  }
  return home ? join(home, '.cache', 'dutylist') : undefined;
}

export type FolderCheck = { ok: true; folder: CacheFolder } | { ok: false; unsafe: boolean; detail: string };

/** Creates the folder (0700) if needed and checks that only this user can write it. */
export function openCacheFolder(dir: string): FolderCheck {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    return { ok: false, unsafe: false, detail: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  let stat;
  try {
    stat = lstatSync(dir);
  } catch (e) {
    return { ok: false, unsafe: false, detail: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  if (stat.isSymbolicLink() || !stat.isDirectory()) return { ok: false, unsafe: true, detail: 'link' };
  // Windows has no POSIX owner or mode: %LOCALAPPDATA% is the user's own by its ACL.
  if (process.platform !== 'win32' && typeof process.getuid === 'function') {
    if (stat.uid !== process.getuid()) return { ok: false, unsafe: true, detail: 'owner' };
    if ((stat.mode & 0o022) !== 0) return { ok: false, unsafe: true, detail: 'mode' };
  }
  return { ok: true, folder: { dir } };
}

// The process-wide setting: main() sets it from the command line; library callers (tests) get
// the environment's. Resolved on first use, so `--help` creates no folder.
let choice: CacheChoice | undefined;
let resolved: { folder: CacheFolder | undefined } | undefined;
let warn: (line: string) => void = () => {};
let warnLang: Lang = 'zh';

/** Sets the choice for this process and where the one-line warning about an unsafe folder goes. */
export function configureCache(next: CacheChoice, report?: { lang: Lang; err: (line: string) => void }): void {
  choice = next;
  resolved = undefined;
  if (report) {
    warn = report.err;
    warnLang = report.lang;
  }
}

/** The cache folder to use now, or undefined for none (turned off, unsafe or unusable). */
export function activeCacheFolder(): CacheFolder | undefined {
  if (resolved) return resolved.folder;
  const c = choice ?? cacheChoice([], process.env, process.cwd());
  const dir = c.off ? undefined : c.dir;
  let folder: CacheFolder | undefined;
  if (dir) {
    const check = openCacheFolder(dir);
    if (check.ok) folder = check.folder;
    else if (check.unsafe) warn('dutylist: ' + t(warnLang, 'cache.unsafe', { dir, reason: t(warnLang, `cache.unsafe.${check.detail}`) }) + '\n');
  }
  resolved = { folder };
  return folder;
}
