// check: load → parse → schema → rules → sorted diagnostics. Pure apart from reading files.
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { registerMessages, t } from '../i18n/index.js';
import { lawMessages, loadRegistry, registryNotices, type LawRegistry } from '../laws/index.js';
import { displayPath, fileStem, findList, registryPath, yamlFiles, type ListLocation } from '../load/list.js';
import { folderProblem, readYamlFile, type ReadFile } from '../load/read.js';
import { rules } from '../rules/index.js';
import { failedParts, validateShape, WHOLE_DOCUMENT, type SchemaName } from '../schema/validate.js';
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
  if (unitsFile.problems.some((p) => p.code === 'file/unreadable' && p.params.detail === 'ENOENT')) throw new InputError(t(lang, 'units.missing', { file: show(unitsPath) }));
  const unitRegistry = validated<UnitRegistry>(unitsFile, 'units', sink, lang);
  const units = unitRegistry ? indexUnits(unitRegistry) : undefined;

  const lawsDir = registryPath(location.dir, manifest?.laws, 'laws');
  const registry = loadRegistry(lawsDir, { lang });
  for (const e of registry.errors) sink.external(show(resolve(lawsDir, e.file)), e.code === 'unreadable' ? 'file/unreadable' : `law/${e.code}`, e.message.split(' / ')[lang === 'zh' ? 0 : 1] ?? e.message);
  for (const n of registryNotices(registry)) sink.external(show(resolve(lawsDir, n.file)), n.key, t(lang, n.key, n.params), 'warning', t(lang, `${n.key}.hint`, n.params));

  const files = yamlFiles(location.mattersDir).map((p) => readYamlFile(p, show(p)));
  const notFolders = [location.mattersDir, location.adjustmentsDir].flatMap((dir) => folderProblem(dir, show(dir)) ?? []);
  for (const file of notFolders) for (const p of file.problems) sink.syntax(file, p);
  if (files.length === 0 && notFolders.length === 0) {
    sink.finding(manifestFile, 'list/empty', 'error', { path: [], params: { dir: show(location.mattersDir) } });
  }
  const read = files.map((file) => ({ file, ...validatedParts<Matter>(file, 'matter', sink, lang) }));
  const matters = read.flatMap(({ file, data, valid }) => (data && valid ? [{ file: file.file, matter: data }] : []));
  // Rules also run on the parts of a file that passed the schema, so one run shows everything.
  const checkable = read.flatMap(({ file, data, failed }) => (data && !failed.has(WHOLE_DOCUMENT) ? [{ matter: data, source: file, failed }] : []));

  const adjustments = readAdjustments(location.adjustmentsDir, show, sink, lang);
  if (units) {
    // A matter with a schema error elsewhere is still in the list: an adjustment naming it is right.
    const known = new Set(checkable.filter((c) => !c.failed.has('id')).map((c) => c.matter.id));
    for (const { file, adjustment } of adjustments) {
      for (const f of checkAdjustment(adjustment, fileStem(file.path), units, known)) sink.finding(file, f.rule ?? 'adjustment', f.severity ?? 'error', f);
    }
  }

  if (manifest && units) {
    const citedOn = citationDates(manifest.effective, adjustments.map((a) => a.adjustment));
    const withPart = (part: string): typeof checkable => checkable.filter((c) => !c.failed.has(part));
    const ctxBase = { manifest, units, registry, onDate: options.onDate, ids: groupBy(withPart('id'), (m) => m.matter.id), names: groupBy(withPart('name'), (m) => m.matter.name.trim()) };
    for (const { matter, source, failed } of checkable) {
      const fileId = fileStem(source.path);
      const ctx = { ...ctxBase, fileId, citedOn: citedOn(failed.has('id') ? fileId : matter.id) };
      for (const rule of rules) {
        if (rule.reads.some((part) => failed.has(part))) continue;
        for (const finding of rule.check(matter, ctx)) sink.finding(source, rule.id, rule.severity, finding);
      }
    }
  }

  return {
    location,
    ...(manifest ? { manifest } : {}),
    ...(units ? { units } : {}),
    registry,
    matters,
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
  const { data, valid } = validatedParts<T>(file, schema, sink, lang);
  return valid ? data : undefined;
}

/** A parsed file's data, whether it fits its schema, and which of its parts do not (diagnostics
 *  for each problem go to the sink). */
function validatedParts<T>(file: ReadFile, schema: SchemaName, sink: DiagnosticSink, lang: Lang): { data?: T; valid: boolean; failed: Set<string> } {
  for (const p of file.problems) sink.syntax(file, p);
  if (file.problems.length > 0) return { valid: false, failed: new Set([WHOLE_DOCUMENT]) };
  const findings = validateShape(schema, file.data, lang);
  for (const f of findings) sink.schema(file, f);
  return { data: file.data as T, valid: findings.length === 0, failed: failedParts(findings) };
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
