// Bytes of one version's file → validated Matter or Adjustment, or positioned diagnostics.
import { DiagnosticSink } from '../check/diagnostics.js';
import { validated } from '../check/run.js';
import type { Lang } from '../i18n/index.js';
import { fileStem } from '../load/list.js';
import { readYamlBytes } from '../load/read.js';
import type { SourceFile } from '../load/source.js';
import type { SchemaName } from '../schema/validate.js';
import type { VersionFile } from './version.js';

/** A file that parsed and fits its schema, with its source for locating findings. */
export interface Parsed<T> {
  file: VersionFile;
  source: SourceFile;
  data: T;
}

export function parseFile<T>(file: VersionFile, schema: SchemaName, sink: DiagnosticSink, lang: Lang): Parsed<T> | undefined {
  const read = readYamlBytes(file.bytes ?? new Uint8Array(), file.display, file.display);
  const data = validated<T>(read, schema, sink, lang);
  return data !== undefined && read.source ? { file, source: read.source, data } : undefined;
}

const ID_LINE = /^id:[ \t]*(["']?)([^"'#\s]+)\1[ \t]*(?:#.*)?$/m;

/** The matter id of an unchanged file, without parsing it: the `id:` line if present, else the file name. */
export function quickId(file: VersionFile): string {
  const stem = fileStem(file.name);
  if (!file.bytes) return stem;
  const m = ID_LINE.exec(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('utf8'));
  return m?.[2] ?? stem;
}

export { DiagnosticSink };
