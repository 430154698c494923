// The one gate every file the tool reads passes: matters, list.yaml, units.yaml, adjustments, law
// texts, workbooks to import, `law add` input, the working tree diff compares. Only regular files
// are read (a FIFO named *.yaml would block for ever, a link to /dev/zero never end), opened
// without blocking and read to at most the cap + 1 bytes, so no input costs more than its cap.
import { InputError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** What a path is when it is not a regular file. */
export type SpecialKind = 'directory' | 'fifo' | 'device' | 'socket' | 'broken-link' | 'other';

export type InputRead =
  | { ok: true; bytes: Buffer }
  /** Not there (or a dangling link), or the system refused: `code` is the errno name. */
  | { ok: false; reason: 'error'; code: string }
  | { ok: false; reason: 'special'; kind: SpecialKind }
  /** Larger than the cap; `size` is what was seen (at least cap + 1). */
  | { ok: false; reason: 'too-large'; size: number };

/** O_NONBLOCK where there is one: opening a FIFO otherwise waits for the other end. Regular
 *  files ignore it. */
export const NONBLOCK = process.platform === 'win32' ? 0 : constants.O_NONBLOCK ?? 0;
const OPEN_FLAGS = constants.O_RDONLY | NONBLOCK;
const CHUNK = 64 * 1024;
const scratch = Buffer.allocUnsafe(CHUNK);

/** The bytes of a regular file of at most `cap` bytes, or why not. Never throws, never blocks.
 *  With `transient`, a file smaller than one chunk is read into a buffer the next transient
 *  read reuses: the caller hashes or decodes the bytes before reading another file. */
export function readInput(path: string, cap: number, transient = false): InputRead {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    // A socket cannot be opened at all (ENXIO): say what it is rather than the errno.
    const stat = statQuietly(path, statSync);
    if (stat && !stat.isFile()) return { ok: false, reason: 'special', kind: specialKind(stat) };
    // A link whose target is gone reads as "no such file": say it is a link.
    if (!stat && statQuietly(path, lstatSync)?.isSymbolicLink()) return { ok: false, reason: 'special', kind: 'broken-link' };
    return { ok: false, reason: 'error', code: errorCode(e) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'special', kind: specialKind(stat) };
    if (stat.size > cap) return { ok: false, reason: 'too-large', size: stat.size };
    // The size may change under us (a file being written): read until the end, never past cap + 1.
    const buffer = transient && stat.size < CHUNK ? scratch : Buffer.allocUnsafe(Math.min(cap + 1, Math.max(stat.size + 1, CHUNK)));
    let length = 0;
    let chunk = buffer;
    for (;;) {
      if (length === chunk.length) {
        if (chunk.length > cap) break;
        const bigger = Buffer.allocUnsafe(Math.min(cap + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const n = readSync(fd, chunk, length, chunk.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > cap) return { ok: false, reason: 'too-large', size: length };
    return { ok: true, bytes: chunk.subarray(0, length) };
  } catch (e) {
    return { ok: false, reason: 'error', code: errorCode(e) };
  } finally {
    closeSync(fd);
  }
}

/** The same, as text (UTF-8, a BOM removed), for callers with their own decoding checks done. */
export function readInputText(path: string, cap: number): { ok: true; text: string } | Exclude<InputRead, { ok: true }> {
  const read = readInput(path, cap);
  if (!read.ok) return read;
  return { ok: true, text: read.bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

export function specialKind(stat: Stats): SpecialKind {
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return 'other';
}

function statQuietly(path: string, stat: typeof statSync | typeof lstatSync): Stats | undefined {
  try {
    return stat(path);
  } catch {
    return undefined;
  }
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

/** Bytes a law text may have: the longest statute (the Civil Code) is about a third of a MB. */
export const MAX_LAW_BYTES = 8 * 1024 * 1024;

/** readInput for a command's own input: the bytes, or one line (InputError, exit 2). */
export function readInputOrFail(path: string, shown: string, cap: number, lang: Lang): Buffer {
  const read = readInput(path, cap);
  if (read.ok) return read.bytes;
  throw new InputError(inputProblem(read, shown, cap, lang));
}

/** The same in a few words, for a message that names the file itself: 命名管道, 12345678 字节, ENOENT. */
export function inputDetail(read: Exclude<InputRead, { ok: true }>, cap: number, lang: Lang): string {
  if (read.reason === 'special') return t(lang, `file.kind.${read.kind}`);
  if (read.reason === 'too-large') return t(lang, 'input.too-large.detail', { size: read.size, max: cap });
  return read.code;
}

/** What is wrong with an input that could not be read, as one line of the user's language. */
export function inputProblem(read: Exclude<InputRead, { ok: true }>, shown: string, cap: number, lang: Lang): string {
  if (read.reason === 'special') return t(lang, 'input.special', { file: shown, kind: t(lang, `file.kind.${read.kind}`) });
  if (read.reason === 'too-large') return t(lang, 'input.too-large', { file: shown, size: read.size, max: cap });
  return t(lang, 'input.unreadable', { file: shown, detail: read.code });
}
