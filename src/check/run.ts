// check: load → parse → schema → rules → sorted diagnostics. Pure apart from reading files.
import { basename } from 'node:path';
import { InputError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { registerMessages, t } from '../i18n/index.js';
import { lawMessages, loadRegistry, type LawRegistry } from '../laws/index.js';
import { displayPath, findList, registryPath, yamlFiles, type ListLocation } from '../load/list.js';
import { readYamlFile, type ReadFile } from '../load/read.js';
import { rules } from '../rules/index.js';
import { validateShape, type SchemaName } from '../schema/validate.js';
import type { Adjustment, Diagnostic, ListManifest, Matter, UnitRegistry } from '../types.js';
import { indexUnits, type UnitIndex } from '../units.js';
import { checkAdjustment } from './adjustments.js';
import { DiagnosticSink, sortDiagnostics } from './diagnostics.js';

registerMessages(lawMessages);

export interface CheckOptions {
  lang: Lang;
  /** Date the citations are resolved on (YYYY-MM-DD). */
  onDate: string;
  cwd: string;
}

/** A matter that passed the schema, with the file it came from. */
export interface MatterEntry {
  file: string;
  matter: Matter;
}

export interface AdjustmentEntry {
  file: string;
  adjustment: Adjustment;
}

export interface CheckedList {
  location: ListLocation;
  manifest?: ListManifest;
  units?: UnitIndex;
  registry: LawRegistry;
  matters: MatterEntry[];
  adjustments: AdjustmentEntry[];
  diagnostics: Diagnostic[];
  /** Matter files read (valid or not). */
  fileCount: number;
}

export function checkList(listArg: string | undefined, options: CheckOptions): CheckedList {
  const { lang, cwd } = options;
  const location = findList(listArg, cwd, lang);
  const show = (p: string): string => displayPath(p, cwd);

  const manifestFile = readYamlFile(location.manifest, show(location.manifest));
  const preSink = new DiagnosticSink(lang);
  const manifest = validated<ListManifest>(manifestFile, 'list', preSink, lang);
  const sink = new DiagnosticSink(lang, manifest?.rules);
  sink.list.push(...preSink.list);

  const unitsPath = registryPath(location.dir, manifest?.units, 'units.yaml');
  const unitsFile = readYamlFile(unitsPath, show(unitsPath));
  if (unitsFile.problems.some((p) => p.code === 'file/unreadable')) throw new InputError(t(lang, 'units.missing', { file: show(unitsPath) }));
  const unitRegistry = validated<UnitRegistry>(unitsFile, 'units', sink, lang);
  const units = unitRegistry ? indexUnits(unitRegistry) : undefined;

  const lawsDir = registryPath(location.dir, manifest?.laws, 'laws');
  const registry = loadRegistry(lawsDir);

  const files = yamlFiles(location.mattersDir).map((p) => readYamlFile(p, show(p)));
  if (files.length === 0) {
    sink.finding(manifestFile, 'list/empty', 'error', { path: [], params: { dir: show(location.mattersDir) } });
  }
  const read = files.map((file) => ({ file, matter: validated<Matter>(file, 'matter', sink, lang) }));
  const matters = read.flatMap(({ file, matter }) => (matter ? [{ file: file.file, matter, source: file }] : []));

  if (manifest && units) {
    const ctxBase = { manifest, units, registry, onDate: options.onDate, ids: groupBy(matters, (m) => m.matter.id), names: groupBy(matters, (m) => m.matter.name.trim()) };
    for (const { matter, source } of matters) {
      const ctx = { ...ctxBase, fileId: basename(source.path).replace(/\.ya?ml$/i, '') };
      for (const rule of rules) {
        for (const finding of rule.check(matter, ctx)) sink.finding(source, rule.id, rule.severity, finding);
      }
    }
  }

  const adjustments: AdjustmentEntry[] = [];
  for (const path of yamlFiles(location.adjustmentsDir)) {
    const file = readYamlFile(path, show(path));
    const adjustment = validated<Adjustment>(file, 'adjustment', sink, lang);
    if (!adjustment) continue;
    adjustments.push({ file: file.file, adjustment });
    if (units) {
      const known = new Set(matters.map((m) => m.matter.id));
      for (const f of checkAdjustment(adjustment, basename(path).replace(/\.ya?ml$/i, ''), units, known)) sink.finding(file, f.rule ?? 'adjustment', f.severity ?? 'error', f);
    }
  }

  return {
    location,
    ...(manifest ? { manifest } : {}),
    ...(units ? { units } : {}),
    registry,
    matters: matters.map(({ file, matter }) => ({ file, matter })),
    adjustments,
    diagnostics: sortDiagnostics(sink.list),
    fileCount: files.length,
  };
}

/** The file's data if it parsed and fits its schema; diagnostics otherwise. */
function validated<T>(file: ReadFile, schema: SchemaName, sink: DiagnosticSink, lang: Lang): T | undefined {
  for (const p of file.problems) sink.syntax(file, p);
  if (file.problems.length > 0) return undefined;
  const findings = validateShape(schema, file.data, lang);
  for (const f of findings) sink.schema(file, f);
  return findings.length === 0 ? (file.data as T) : undefined;
}

function groupBy<T>(items: { matter: Matter; source: ReadFile }[], key: (m: { matter: Matter }) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of items) {
    const k = key(item);
    const id = basename(item.source.path).replace(/\.ya?ml$/i, '');
    const ids = map.get(k);
    if (ids) ids.push(id);
    else map.set(k, [id]);
  }
  return map;
}

export function errorCount(diagnostics: Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === 'error').length;
}
