import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { DataPath } from '../types.js';
import { decodeSource } from './decode.js';
import { SourceFile } from './source.js';
import { MAX_FILE_BYTES, parseYaml, type SyntaxProblem } from './yaml.js';

/** A YAML file read from disk: its source (when decodable), its data (when parseable), or why not. */
export interface ReadFile {
  path: string;
  file: string;
  source?: SourceFile;
  data?: unknown;
  problems: SyntaxProblem[];
}

export function readYamlFile(path: string, file: string): ReadFile {
  const bytes = readFileBytes(path);
  return bytes instanceof Uint8Array ? readYamlBytes(bytes, path, file) : { path, file, problems: [bytes] };
}

/** A file's bytes, or the problem that kept them from being read: at most the size limit and
 *  one byte more are read. With `transient`, the bytes are a view of one buffer that the next
 *  call reuses (hash or decode them first): a list of 10,000 matters then allocates nothing
 *  per file, and no stat either. */
export function readFileBytes(path: string, transient = false): Buffer | SyntaxProblem {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    let buffer = shared;
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > MAX_FILE_BYTES) break;
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 4, MAX_FILE_BYTES + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_FILE_BYTES) return { code: 'file/too-large', line: 1, column: 1, params: { size: fstatSync(fd).size, max: MAX_FILE_BYTES } };
    return transient || buffer !== shared ? buffer.subarray(0, length) : Buffer.from(buffer.subarray(0, length));
  } catch (e) {
    return { code: 'file/unreadable', line: 1, column: 1, params: { detail: (e as NodeJS.ErrnoException).code ?? String(e) } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const shared = Buffer.allocUnsafe(64 * 1024);

/** The same for bytes already in hand (a git blob of another version). */
export function readYamlBytes(bytes: Uint8Array, path: string, file: string): ReadFile {
  if (bytes.length > MAX_FILE_BYTES) {
    return { path, file, problems: [{ code: 'file/too-large', line: 1, column: 1, params: { size: bytes.length, max: MAX_FILE_BYTES } }] };
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    return { path, file, problems: [{ code: `encoding/${decoded.reason}`, line: decoded.line, column: decoded.column, params: {} }] };
  }
  const source = new SourceFile(file, decoded.text);
  const parsed = parseYaml(source);
  return parsed.ok ? { path, file, source, data: parsed.data, problems: [] } : { path, file, source, problems: parsed.problems };
}

export type { DataPath };
