// The file an office hands us, as grids: .xlsx, .docx or .csv, told apart by name and checked by
// content. Old binary formats get one line saying how to re-save them; anything unreadable or
// too large is one line and exit 2, never a stack trace or a hang.
import { existsSync } from 'node:fs';
import { inputProblem, readInput } from '../io/read-input.js';
import { extname } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { readCsv } from './csv.js';
import { readDocx } from './docx.js';
import type { SheetGrid } from './grid.js';
import { MAX_IMPORT_ROWS, MAX_INFLATED_BYTES, MAX_SOURCE_BYTES } from './limits.js';
import { readXlsx } from './xlsx.js';
import { InflateLimitError } from './zip.js';

type Kind = 'xlsx' | 'docx' | 'csv';

const KINDS: Record<string, Kind> = { '.xlsx': 'xlsx', '.xlsm': 'xlsx', '.docx': 'docx', '.docm': 'docx', '.csv': 'csv', '.tsv': 'csv', '.txt': 'csv' };
/** Old binary formats, and what to save them as. */
const OLD: Record<string, string> = { '.xls': '.xlsx', '.et': '.xlsx', '.ett': '.xlsx', '.doc': '.docx', '.wps': '.docx', '.wpt': '.docx', '.rtf': '.docx' };
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readSource(path: string, shown: string, lang: Lang): Promise<SheetGrid[]> {
  if (!existsSync(path)) throw new InputError(t(lang, 'import.missing', { file: shown }));
  const ext = extname(path).toLowerCase();
  const old = OLD[ext];
  if (old) throw new UsageError(t(lang, 'import.old-format', { file: shown, save: old }));
  const kind = KINDS[ext];
  if (!kind) throw new UsageError(t(lang, 'import.unsupported', { file: shown }));
  // A FIFO or a device named *.xlsx would block or never end: only regular files are read.
  const read = readInput(path, MAX_SOURCE_BYTES);
  if (!read.ok && read.reason === 'special') throw new InputError(t(lang, 'import.not-a-file', { file: shown }));
  if (!read.ok && read.reason === 'too-large') throw new InputError(t(lang, 'import.too-large', { file: shown, size: mb(read.size), max: mb(MAX_SOURCE_BYTES) }));
  if (!read.ok) throw new InputError(inputProblem(read, shown, MAX_SOURCE_BYTES, lang));
  const bytes = read.bytes;
  if (kind !== 'csv' && startsWith(bytes, OLE)) throw new UsageError(t(lang, 'import.ole', { file: shown, save: kind === 'xlsx' ? '.xlsx' : '.docx' }));
  if (kind !== 'csv' && !startsWith(bytes, ZIP)) throw new InputError(t(lang, 'import.unreadable', { file: shown, detail: t(lang, 'import.not-zip') }));
  try {
    if (kind === 'xlsx') return await readXlsx(bytes, shown, lang);
    if (kind === 'docx') return await readDocx(bytes, shown, lang);
    return readCsv(bytes, shown, lang);
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError) throw e;
    if (e instanceof InflateLimitError) throw new InputError(t(lang, 'import.inflates', { file: shown, max: mb(MAX_INFLATED_BYTES), rows: MAX_IMPORT_ROWS }));
    const detail = e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e);
    throw new InputError(t(lang, 'import.unreadable', { file: shown, detail }));
  }
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
