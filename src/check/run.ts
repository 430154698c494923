// check: load → parse → schema → rules → sorted diagnostics. Pure apart from reading files.
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { registerMessages, t } from '../i18n/index.js';
import { lawMessages, loadRegistry, type LawRegistry } from '../laws/index.js';
import { displayPath, fileStem, findList, registryPath, yamlFiles, type ListLocation } from '../load/list.js';
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
  const registry = loadRegistry(lawsDir, { lang });
  for (const e of registry.errors) sink.external(show(resolve(lawsDir, e.file)), `law/${e.code}`, e.message.split(' / ')[lang === 'zh' ? 0 : 1] ?? e.message);

  const files = yamlFiles(location.mattersDir).map((p) => readYamlFile(p, show(p)));
  if (files.length === 0) {
    sink.finding(manifestFile, 'list/empty', 'error', { path: [], params: { dir: show(location.mattersDir) } });
  }
  const read = files.map((file) => ({ file, matter: validated<Matter>(file, 'matter', sink, lang) }));
  const matters = read.flatMap(({ file, matter }) => (matter ? [{ file: file.file, matter, source: file }] : []));

  const adjustments = readAdjustments(location.adjustmentsDir, show, sink, lang);
  if (units) {
    const known = new Set(matters.map((m) => m.matter.id));
    for (const { file, adjustment } of adjustments) {
      for (const f of checkAdjustment(adjustment, fileStem(file.path), units, known)) sink.finding(file, f.rule ?? 'adjustment', f.severity ?? 'error', f);
    }
  }

  if (manifest && units) {
    const citedOn = citationDates(manifest.effective, adjustments.map((a) => a.adjustment));
    const ctxBase = { manifest, units, registry, onDate: options.onDate, ids: groupBy(matters, (m) => m.matter.id), names: groupBy(matters, (m) => m.matter.name.trim()) };
    for (const { matter, source } of matters) {
      const ctx = { ...ctxBase, fileId: fileStem(source.path), citedOn: citedOn(matter.id) };
      for (const rule of rules) {
        for (const finding of rule.check(matter, ctx)) sink.finding(source, rule.id, rule.severity, finding);
      }
    }
  }

  return {
    location,
    ...(manifest ? { manifest } : {}),
    ...(units ? { units } : {}),
    registry,
    matters: matters.map(({ file, matter }) => ({ file, matter })),
    adjustments: adjustments.map(({ file, adjustment }) => ({ file: file.file, adjustment })),
    diagnostics: sortDiagnostics(sink.list),
    fileCount: files.length,
  };
}

function readAdjustments(dir: string, show: (p: string) => string, sink: DiagnosticSink, lang: Lang): { file: ReadFile; adjustment: Adjustment }[] {
  return yamlFiles(dir).flatMap((path) => {
    const file = readYamlFile(path, show(path));
    const adjustment = validated<Adjustment>(file, 'adjustment', sink, lang);
    return adjustment ? [{ file, adjustment }] : [];
  });
}

/** Per matter, the date its citations speak for: the later of the list's effective date and
 *  the decision (or filing) date of the latest approved adjustment that touched it. */
export function citationDates(effective: string, adjustments: Adjustment[]): (id: string) => string {
  const latest = new Map<string, string>();
  for (const a of adjustments) {
    if (a.decision?.result !== 'approved') continue;
    const date = a.filing?.date ?? a.decision.date;
    for (const item of a.items) {
      if ((latest.get(item.matter) ?? '') < date) latest.set(item.matter, date);
    }
  }
  return (id) => {
    const adjusted = latest.get(id);
    return adjusted && adjusted > effective ? adjusted : effective;
  };
}

/** The file's data if it parsed and fits its schema; diagnostics otherwise. */
export function validated<T>(file: ReadFile, schema: SchemaName, sink: DiagnosticSink, lang: Lang): T | undefined {
  for (const p of file.problems) sink.syntax(file, p);
  if (file.problems.length > 0) return undefined;
  const findings = validateShape(schema, file.data, lang);
  for (const f of findings) sink.schema(file, f);
  return findings.length === 0 ? (file.data as T) : undefined;
}

function groupBy(items: { matter: Matter; source: ReadFile }[], key: (m: { matter: Matter }) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of items) {
    const k = key(item);
    const id = fileStem(item.source.path);
    const ids = map.get(k);
    if (ids) ids.push(id);
    else map.set(k, [id]);
  }
  return map;
}

export function errorCount(diagnostics: Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === 'error').length;
}
