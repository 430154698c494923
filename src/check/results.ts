// Per-matter check results kept between runs, so that re-checking a list where a few matters
// changed costs a read and a hash per file. A matter's findings depend on its file's name and
// bytes and on the list-level inputs (listInputs in run.ts: tool, schemas, list.yaml, units,
// the law registry's content, the check date, the language); the citation date adjustments
// give a matter is stored with its result and compared on reading. Cross-file rules are not
// cached: they run on the ids and names kept here.
import { createHash, hash } from 'node:crypto';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readEntry, writeEntry } from '../cache/file.js';
import type { CacheFolder } from '../cache/folder.js';
import type { Diagnostic } from '../types.js';
import { VERSION } from '../version.js';

const FORMAT = 3;

/** What one matter file contributed to a check: all that the cross-file rules, the adjustments
 *  and the report need once the file itself is dropped. */
export interface FileResult {
  /** The matter's id, when that part fits the schema. */
  id?: string;
  /** Its name as written, when that part fits the schema. */
  name?: string;
  /** Its citation strings (basis, quotes, delegation), for the adjustments that name them. */
  citations?: string[];
  /** The whole file fits the schema. */
  valid: boolean;
  /** Rules ran on it (it parsed, and is a map of parts). */
  checked: boolean;
  /** The date its citations were checked as written on (when rules ran). */
  citedOn?: string;
  /** Findings about the file alone, in the order they were made, without `file`. */
  findings: Omit<Diagnostic, 'file'>[];
}

/** A list-level input by name: its text, bytes or key. */
export type ListInput = [name: string, value: string | Uint8Array];

/** The running program's identity: its version and the code file this module is part of (the
 *  single-file build, or the module in dist/), so an upgrade or rebuild starts afresh. */
function toolIdentity(): string {
  try {
    const stat = statSync(fileURLToPath(import.meta.url));
    return `${VERSION}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return VERSION;
  }
}

/** The cached results of one list for one set of list-level inputs. */
export class ResultsCache {
  private readonly fresh = new Map<string, FileResult>();
  private changed = false;

  private constructor(
    private readonly folder: CacheFolder,
    private readonly slot: string,
    private readonly key: string,
    /** JSON of each file's key → JSON of its result, parsed when asked for. */
    private readonly stored: Map<string, string>,
  ) {}

  /** Opens the results stored under these inputs (none yet is an empty cache). Not tied to the
   *  list's folder: results hold no path, so a clone or a temporary checkout of the same version
   *  (diff --to) finds them too. */
  static open(folder: CacheFolder, inputs: ListInput[]): ResultsCache {
    const hash = createHash('sha256').update(`dutylist-check-${FORMAT}\0${toolIdentity()}\0`);
    for (const [name, value] of inputs) hash.update(`${name}\0${typeof value === 'string' ? value.length : value.byteLength}\0`).update(value).update('\0');
    const key = hash.digest('hex');
    const slot = `check-${key.slice(0, 24)}.json`;
    // One line per file: its key and its result, each as JSON (neither holds a raw tab or newline).
    const stored = new Map<string, string>();
    const body = readEntry(folder, slot, key);
    if (body !== undefined) {
      for (let at = 0; at < body.length; ) {
        const end = body.indexOf('\n', at);
        const line = body.slice(at, end < 0 ? body.length : end);
        const tab = line.indexOf('\t');
        if (tab > 0) stored.set(line.slice(0, tab), line.slice(tab + 1));
        at = end < 0 ? body.length : end + 1;
      }
    }
    return new ResultsCache(folder, slot, key, stored);
  }

  /** The key of a matter file: its name and its bytes. */
  static fileKey(name: string, bytes: Uint8Array): string {
    // One call per file (crypto.hash), the name beside the digest: the cheapest honest key.
    return `${name}\0${hash('sha1', bytes, 'base64')}`;
  }

  /** The stored result for a file key, or undefined; a malformed entry is a miss. */
  get(fileKey: string): FileResult | undefined {
    const text = this.stored.get(JSON.stringify(fileKey));
    if (text === undefined) return undefined;
    let entry: unknown;
    try {
      entry = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!isFileResult(entry)) return undefined;
    this.fresh.set(fileKey, entry);
    return entry;
  }

  /** Records a result computed afresh. */
  set(fileKey: string, result: FileResult): void {
    this.fresh.set(fileKey, result);
    this.changed = true;
  }

  /** Writes the results of this run when they differ from what was stored (only this run's
   *  files: removed matters drop out). Never throws. */
  save(): void {
    if (!this.changed && this.fresh.size === this.stored.size) return;
    const fresh = this.fresh;
    function* lines(): Generator<string> {
      for (const [fileKey, result] of fresh) yield `${JSON.stringify(fileKey)}\t${JSON.stringify(result)}\n`;
    }
    writeEntry(this.folder, this.slot, this.key, lines());
  }
}

// The checksum already proves the entry is what this program wrote; the shape check keeps a
// different program's entry under a colliding key from ever being read as findings.
function isFileResult(x: unknown): x is FileResult {
  if (!x || typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.valid === 'boolean' && typeof r.checked === 'boolean' && Array.isArray(r.findings) &&
    (r.id === undefined || typeof r.id === 'string') && (r.name === undefined || typeof r.name === 'string') &&
    (r.citedOn === undefined || typeof r.citedOn === 'string') &&
    (r.citations === undefined || (Array.isArray(r.citations) && r.citations.every((c) => typeof c === 'string'))) &&
    r.findings.every((f) => f && typeof f === 'object' && typeof (f as Diagnostic).line === 'number' && typeof (f as Diagnostic).message === 'string' && typeof (f as Diagnostic).rule === 'string' && Array.isArray((f as Diagnostic).path))
  );
}
