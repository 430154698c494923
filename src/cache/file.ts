// Entries of the cache folder: one file each, written to a fresh temp name opened exclusively
// (never through a planted link) and renamed into place; read without following links, only
// when this user owns it, and only when its header names the expected key and its checksum
// matches the body. Anything else is a miss: the caller computes the answer afresh.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { CacheFolder } from './folder.js';

const MAGIC = 'dutylist-cache 1';
/** One entry: far above a 100,000-matter list's check results. */
export const MAX_ENTRY_BYTES = 128 * 1024 * 1024;
/** The whole folder: the oldest entries go first beyond this. */
const MAX_FOLDER_BYTES = 512 * 1024 * 1024;
const MAX_FOLDER_ENTRIES = 64;

/** A short stable name part for anything (a folder path, a key). */
export function digest(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex');
}

/** Entry names are `kind-<hex>.json`; keys are hex digests (no spaces: the header is split on them). */
const ENTRY = /^[a-z]+-[0-9a-f]{16,}\.json$/;

/** The body stored under `name` for `key`, or undefined (missing, foreign, damaged, stale). */
export function readEntry(folder: CacheFolder, name: string, key: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(join(folder.dir, name), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_ENTRY_BYTES) return undefined;
    if (typeof process.getuid === 'function' && process.platform !== 'win32' && stat.uid !== process.getuid()) return undefined;
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    const newline = bytes.indexOf(10);
    if (newline < 0) return undefined;
    const header = bytes.toString('latin1', 0, newline);
    const checksum = header.slice(header.lastIndexOf(' ') + 1);
    if (header !== `${MAGIC} ${key} ${checksum}`) return undefined;
    const body = bytes.subarray(newline + 1);
    if (createHash('sha256').update(body).digest('hex') !== checksum) return undefined;
    return body.toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

/** Stores `body` under `name` for `key`; never throws (an unwritable folder only costs speed). */
export function writeEntry(folder: CacheFolder, name: string, key: string, body: string | Iterable<string>): void {
  const temp = join(folder.dir, `.${name}.${randomBytes(8).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    // The body goes out in pieces (a 100,000-matter list's results are never one string); the
    // checksum, known at the end, goes into the header's fixed-width slot.
    const header = Buffer.from(`${MAGIC} ${key} ${'0'.repeat(64)}\n`, 'latin1');
    writeAll(fd, header);
    const hash = createHash('sha256');
    let size = 0;
    let pending: string[] = [];
    let pendingLength = 0;
    const flush = (): void => {
      const data = Buffer.from(pending.join(''), 'utf8');
      pending = [];
      pendingLength = 0;
      size += data.length;
      if (size > MAX_ENTRY_BYTES) throw new Error('entry too large');
      hash.update(data);
      writeAll(fd as number, data);
    };
    for (const piece of typeof body === 'string' ? [body] : body) {
      pending.push(piece);
      if ((pendingLength += piece.length) >= 1 << 18) flush();
    }
    flush();
    writeAll(fd, Buffer.from(hash.digest('hex'), 'latin1'), header.length - 65);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, join(folder.dir, name));
  } catch {
    if (fd !== undefined) closeQuietly(fd);
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing was created
    }
    return;
  }
  prune(folder);
}

/** All of `data`, at `position` (default: where the file is). */
function writeAll(fd: number, data: Buffer, position?: number): void {
  for (let at = 0; at < data.length; ) at += writeSync(fd, data, at, data.length - at, position === undefined ? null : position + at);
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

// Bounded: the newest entries are kept up to a count and a total size; stale temp files of an
// interrupted run (older than an hour) go too.
function prune(folder: CacheFolder): void {
  try {
    const now = Date.now();
    const entries = readdirSync(folder.dir).flatMap((name) => {
      try {
        const stat = statSync(join(folder.dir, name));
        return stat.isFile() ? [{ name, size: stat.size, time: stat.mtimeMs }] : [];
      } catch {
        return [];
      }
    });
    let total = 0;
    let count = 0;
    for (const e of entries.sort((a, b) => b.time - a.time)) {
      const temp = e.name.startsWith('.') && e.name.endsWith('.tmp');
      if (!temp && !ENTRY.test(e.name)) continue;
      if (temp ? now - e.time > 3600_000 : (total += e.size) > MAX_FOLDER_BYTES || ++count > MAX_FOLDER_ENTRIES) {
        rmSync(join(folder.dir, e.name), { force: true });
      }
    }
  } catch {
    // pruning is housekeeping
  }
}
