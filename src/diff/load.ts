// Bytes of one version's file → validated Matter or Adjustment, or positioned diagnostics.
import { DiagnosticSink } from '../check/diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { decodeSource } from '../load/decode.js';
import type { ReadFile } from '../load/read.js';
import { SourceFile } from '../load/source.js';
import { parseYaml } from '../load/yaml.js';
import { validateShape, type SchemaName } from '../schema/validate.js';
import type { VersionFile } from './version.js';

/** A file that parsed and fits its schema, with its source for locating findings. */
export interface Parsed<T> {
  file: VersionFile;
  source: SourceFile;
  data: T;
}

export function parseFile<T>(file: VersionFile, schema: SchemaName, sink: DiagnosticSink, lang: Lang): Parsed<T> | undefined {
  const read = readFile(file);
  for (const p of read.problems) sink.syntax(read, p);
  if (read.problems.length > 0 || !read.source) return undefined;
  const findings = validateShape(schema, read.data, lang);
  for (const f of findings) sink.schema(read, f);
  return findings.length === 0 ? { file, source: read.source, data: read.data as T } : undefined;
}

function readFile(file: VersionFile): ReadFile {
  const base = { path: file.display, file: file.display };
  const decoded = decodeSource(file.bytes ?? new Uint8Array());
  if (!decoded.ok) return { ...base, problems: [{ code: `encoding/${decoded.reason}`, line: decoded.line, column: decoded.column, params: {} }] };
  const source = new SourceFile(file.display, decoded.text);
  const parsed = parseYaml(source);
  return parsed.ok ? { ...base, source, data: parsed.data, problems: [] } : { ...base, source, problems: parsed.problems };
}

const ID_LINE = /^id:[ \t]*(["']?)([^"'#\s]+)\1[ \t]*(?:#.*)?$/m;

/** The matter id of an unchanged file, without parsing it: the `id:` line if present, else the file name. */
export function quickId(file: VersionFile): string {
  const stem = file.name.replace(/\.ya?ml$/i, '');
  if (!file.bytes) return stem;
  const m = ID_LINE.exec(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('utf8'));
  return m?.[2] ?? stem;
}

export { DiagnosticSink };
