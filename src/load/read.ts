import { statSync } from 'node:fs';
import { readInput } from '../io/read-input.js';
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

/** A file's bytes through the input gate, or the problem that kept them from being read. With
 *  `transient`, a small file comes back as a view of one buffer that the next call reuses (hash
 *  or decode it first): a list of 10,000 matters then allocates no buffer per file. */
export function readFileBytes(path: string, transient = false): Buffer | SyntaxProblem {
  const read = readInput(path, MAX_FILE_BYTES, transient);
  if (read.ok) return read.bytes;
  return read.reason === 'too-large' ? { code: 'file/too-large', line: 1, column: 1, params: { size: read.size, max: MAX_FILE_BYTES } }
    : read.reason === 'special' ? { code: 'file/unreadable', message: 'file/unreadable.special', line: 1, column: 1, params: { kind: read.kind } }
    : { code: 'file/unreadable', line: 1, column: 1, params: { detail: read.code } };
}

/** A file where a folder of a list belongs (matters/, adjustments/): its problem, positioned at
 *  the file itself; undefined when the folder is a folder or absent. */
export function folderProblem(path: string, file: string): ReadFile | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat || stat.isDirectory()) return undefined;
  return { path, file, problems: [{ code: 'file/unreadable', message: 'file/unreadable.not-a-folder', line: 1, column: 1, params: { folder: file } }] };
}

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
