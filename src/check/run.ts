// check: load → parse → schema → rules → sorted diagnostics, one matter file at a time, with
// per-file results cached (results.ts). Pure apart from reading files and the cache.
import { join, resolve, sep } from 'node:path';
import { activeCacheFolder, openCacheFolder, type CacheFolder } from '../cache/folder.js';
import { InputError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { registerMessages, t } from '../i18n/index.js';
import { lawMessages, loadRegistry, registryNotices, type LawRegistry } from '../laws/index.js';
import { displayPath, fileStem, findList, registryPath, yamlFileNames, yamlFiles, type ListLocation } from '../load/list.js';
import { asRecord, stringsOf } from '../load/data.js';
import { folderProblem, readFileBytes, readYamlBytes, readYamlFile, type ReadFile } from '../load/read.js';
import { rules } from '../rules/index.js';
import { textCharacters, textFindings } from '../rules/text-characters.js';
import { failedParts, schemaOf, validateShape, WHOLE_DOCUMENT, type SchemaName } from '../schema/validate.js';
import type { Adjustment, Consultation, Diagnostic, ListManifest, Matter, ReviewRecord, UnitRegistry } from '../types.js';
import { indexUnits, type UnitIndex } from '../units.js';
import { checkAdjustment } from './adjustments.js';
import { checkConsultation } from './consultations.js';
import { checkReviewRecord, latestReviews, type ReviewLookup } from './reviews.js';
import { DiagnosticSink, MAX_FINDINGS_PER_FILE, sortDiagnostics } from './diagnostics.js';
import { ResultsCache, type FileResult } from './results.js';
import { isApproved } from '../adjust/status.js';

registerMessages(lawMessages);

export interface CheckOptions {
  lang: Lang;
  /** Date the citations are resolved on (YYYY-MM-DD). */
  onDate: string;
  cwd: string;
  /** Keep every valid matter's data in the result (export, diff, stats …); `check` itself
   *  needs only the findings, so it keeps none. Default true. */
  keepMatters?: boolean;
  /** Cache folder for results and the parsed registry, or false for none (default: the
   *  process's cache folder, src/cache/folder.ts). */
  cacheDir?: string | false;
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

export interface ReviewFileEntry {
  file: string;
  record: ReviewRecord;
}

export interface CheckedList {
  location: ListLocation;
  manifest?: ListManifest;
  units?: UnitIndex;
  registry: LawRegistry;
  /** Valid matters in file order (empty when the check was asked not to keep them). */
  matters: MatterEntry[];
  adjustments: AdjustmentEntry[];
  /** Review records that passed their schema (reviews/*.yaml), in file order. */
  reviews: ReviewFileEntry[];
  /** The latest review of each matter. */
  latestReviews: ReviewLookup;
  diagnostics: Diagnostic[];
  /** Matter files read (valid or not). */
  fileCount: number;
}

const fileRules = rules.filter((r) => !r.acrossFiles);
const listRules = rules.filter((r) => r.acrossFiles);

/** Reads, parses, validates and rule-checks one matter file at a time, keeping of each only its
 *  findings, id and name (and its data when asked); the cross-file rules run at the end on those,
 *  re-reading only a file they find something in, for the position. */
export function checkList(listArg: string | undefined, options: CheckOptions): CheckedList {
  const { lang, cwd } = options;
  const keepMatters = options.keepMatters ?? true;
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
  const registry = loadRegistry(lawsDir, { lang, ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }) });
  for (const e of registry.errors) sink.external(show(resolve(lawsDir, e.file)), e.code === 'unreadable' ? 'file/unreadable' : `law/${e.code}`, e.message.split(' / ')[lang === 'zh' ? 0 : 1] ?? e.message);
  for (const n of registryNotices(registry)) sink.external(show(resolve(lawsDir, n.file)), n.key, t(lang, n.key, n.params), 'warning', t(lang, `${n.key}.hint`, n.params));
  const notFolders = [location.mattersDir, location.adjustmentsDir, location.consultationsDir, location.reviewsDir].flatMap((dir) => folderProblem(dir, show(dir)) ?? []);
  for (const file of notFolders) for (const p of file.problems) sink.syntax(file, p);

  const adjustments = readAdjustments(location.adjustmentsDir, show, sink, lang);
  // Matters are scanned by the text rule; the other files the workbook prints from, here.
  for (const file of [manifestFile, unitsFile, ...adjustments.map((a) => a.file)]) {
    for (const f of textFindings(file.data)) sink.finding(file, textCharacters.id, textCharacters.severity, f);
  }
  const citedOn = manifest ? citationDates(manifest.effective, adjustments.map((a) => a.adjustment)) : undefined;
  const reviewFiles = readReviews(location.reviewsDir, show, sink, lang);
  const reviews = latestReviews(reviewFiles.map(({ file, record }) => ({ file: file.file, record })));
  const listCtx = manifest && units && citedOn ? { manifest, units, registry, onDate: options.onDate, citedOn, reviews } : undefined;
  const folder = listCtx ? cacheFolder(options.cacheDir) : undefined;
  // Everything a matter's findings depend on besides its own file: a new list-level input that
  // rules read (a folder beside matters/) is one more line here.
  const cache = folder && manifestFile.source && unitsFile.source && registry.key
    ? ResultsCache.open(folder, [
        ['schema', JSON.stringify(schemaOf('matter'))],
        ['lang', lang],
        ['on', options.onDate],
        ['list.yaml', manifestFile.source.text],
        ['units', unitsFile.source.text],
        ['laws', registry.key],
        // review/changed reads the latest review of each matter.
        ['reviews', JSON.stringify([...reviews].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))],
      ])
    : undefined;

  const names = yamlFileNames(location.mattersDir);
  const shownDir = show(location.mattersDir);
  const mattersPrefix = join(location.mattersDir, sep);
  const matters: MatterEntry[] = [];
  const results: { name: string; fileId: string; shown: string; result?: FileResult }[] = [];
  for (const name of names) {
    const path = mattersPrefix + name;
    // One path.relative for the folder, not one per file.
    const shown = shownDir === '.' ? name : `${shownDir}/${name}`;
    const fileId = fileStem(name);
    const bytes = readFileBytes(path, true);
    if (!(bytes instanceof Uint8Array)) {
      sink.syntax({ path, file: shown, problems: [bytes] }, bytes);
      results.push({ name, fileId, shown });
      continue;
    }
    const key = cache ? ResultsCache.fileKey(name, bytes) : '';
    const hit = cache?.get(key);
    // A file at the findings cap is checked afresh: a cross-file finding joins its closing count.
    if (hit && listCtx && hit.findings.length < MAX_FINDINGS_PER_FILE && (!hit.checked || hit.citedOn === listCtx.citedOn(hit.id ?? fileId))) {
      sink.adopt(shown, hit.findings);
      if (keepMatters && hit.valid) {
        const file = readYamlBytes(bytes, path, shown);
        if (file.data !== undefined) matters.push({ file: shown, matter: file.data as Matter });
      }
      results.push({ name, fileId, shown, result: hit });
      continue;
    }
    const file = readYamlBytes(bytes, path, shown);
    const start = sink.list.length;
    const result = checkMatterFile(file, fileId, sink, lang, listCtx);
    if (sink.list.length > start) result.findings = sink.list.slice(start).map(({ file: _, ...rest }) => rest);
    if (cache) cache.set(key, result);
    if (keepMatters && result.valid) matters.push({ file: shown, matter: file.data as Matter });
    results.push({ name, fileId, shown, result });
  }
  cache?.save();
  if (names.length === 0 && notFolders.length === 0) {
    sink.finding(manifestFile, 'list/empty', 'error', { path: [], params: { dir: shownDir } });
  }

  if (units) {
    // A matter with a schema error elsewhere is still in the list: an adjustment naming it is right.
    const known = new Set(results.flatMap((r) => (r.result?.id !== undefined ? [r.result.id] : [])));
    const cited = new Map(results.flatMap((r) => (r.result?.id !== undefined ? [[r.result.id, new Set(r.result.citations ?? [])] as const] : [])));
    for (const { file, adjustment } of adjustments) {
      for (const f of checkAdjustment(adjustment, fileStem(file.path), units, known, cited)) sink.finding(file, f.rule ?? 'adjustment', f.severity ?? 'error', f);
    }
    for (const { file, consultation } of readConsultations(location.consultationsDir, show, sink, lang)) {
      for (const f of checkConsultation(consultation, fileStem(file.path), units, known)) sink.finding(file, f.rule ?? 'consultation', f.severity ?? 'error', f);
    }
  }

  const known = new Set(results.flatMap((r) => (r.result?.id !== undefined ? [r.result.id] : [])));
  for (const { file, record } of reviewFiles) {
    for (const f of checkReviewRecord(record, fileStem(file.path), known)) sink.finding(file, f.rule ?? 'review', f.severity ?? 'error', f);
  }

  if (listCtx) {
    const ctx = { ...listCtx, ids: groupBy(results, (r) => r.id), names: groupBy(results, (r) => r.name?.trim()), fileId: '', citedOn: '' };
    for (const { name, fileId, shown, result } of results) {
      if (!result?.checked) continue;
      // A matter of the parts these rules read, from what the file left behind.
      const parts: Partial<Matter> = {};
      if (result.id !== undefined) parts.id = result.id;
      if (result.name !== undefined) parts.name = result.name;
      ctx.fileId = fileId;
      ctx.citedOn = result.citedOn ?? listCtx.citedOn(result.id ?? fileId);
      let file: ReadFile | undefined;
      for (const rule of listRules) {
        if (rule.reads.some((part) => parts[part] === undefined)) continue;
        const findings = rule.check(parts as Matter, ctx);
        if (findings.length === 0) continue;
        file ??= readYamlFile(join(location.mattersDir, name), shown);
        for (const finding of findings) sink.finding(file, rule.id, rule.severity, finding);
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
    reviews: reviewFiles.map(({ file, record }) => ({ file: file.file, record })),
    latestReviews: reviews,
    diagnostics: sortDiagnostics(pointToDrafts(sink.list, adjustments.map((a) => a.adjustment), lang)),
    fileCount: names.length,
  };
}

interface ListContext {
  manifest: ListManifest;
  units: UnitIndex;
  registry: LawRegistry;
  onDate: string;
  citedOn: (id: string) => string;
  reviews: ReviewLookup;
}

/** Schema and single-file rules of one matter file; its findings go to the sink. */
function checkMatterFile(file: ReadFile, fileId: string, sink: DiagnosticSink, lang: Lang, list: ListContext | undefined): FileResult {
  const { data, valid, failed } = validatedParts<Matter>(file, 'matter', sink, lang);
  if (!data || failed.has(WHOLE_DOCUMENT)) return { valid: false, checked: false, findings: [] };
  const id = failed.has('id') ? undefined : own(data.id);
  const name = failed.has('name') ? undefined : own(data.name);
  // Adjustments check the citations they name against the matter's own (copied out of the text).
  const citations = citationStrings(data).map(own);
  const parts = { ...(id === undefined ? {} : { id }), ...(name === undefined ? {} : { name }), ...(citations.length > 0 ? { citations } : {}) };
  if (!list) return { ...parts, valid, checked: false, findings: [] };
  const citedOn = list.citedOn(id ?? fileId);
  // Cross-file maps are empty here: those rules run later (listRules).
  const ctx = { ...list, fileId, citedOn, ids: NO_MATTERS, names: NO_MATTERS };
  for (const rule of fileRules) {
    if (failed.size > 0 && rule.reads.some((part) => failed.has(part))) continue;
    for (const finding of rule.check(data, ctx)) sink.finding(file, rule.id, rule.severity, finding);
  }
  return { ...parts, valid, checked: true, citedOn, findings: [] };
}

const NO_MATTERS = new Map<string, string[]>();

/** A copy of a string the parser cut out of a file's text: V8 keeps the whole text alive behind
 *  such a slice, which for 100,000 kept names is most of the memory a run needs. */
function own(text: string): string {
  return (` ${text}`).slice(1);
}

function cacheFolder(option: string | false | undefined): CacheFolder | undefined {
  if (option === false) return undefined;
  if (option === undefined) return activeCacheFolder();
  const check = openCacheFolder(option);
  return check.ok ? check.folder : undefined;
}

function readConsultations(dir: string, show: (p: string) => string, sink: DiagnosticSink, lang: Lang): { file: ReadFile; consultation: Consultation }[] {
  return yamlFiles(dir).flatMap((path) => {
    const file = readYamlFile(path, show(path));
    const consultation = validated<Consultation>(file, 'consultation', sink, lang);
    return consultation ? [{ file, consultation }] : [];
  });
}

/** A citation a revision moved or removed, in a matter a draft adjustment already covers: the
 *  hint names the draft (to approve, then fmt --fix) instead of asking for a record. */
function pointToDrafts(diagnostics: Diagnostic[], adjustments: Adjustment[], lang: Lang): Diagnostic[] {
  const drafts = new Map<string, string>();
  for (const a of adjustments) {
    if (a.status !== 'draft') continue;
    for (const item of a.items) if ((item.citations ?? []).length > 0 && !drafts.has(item.matter)) drafts.set(item.matter, a.id);
  }
  if (drafts.size === 0) return diagnostics;
  return diagnostics.map((d) => {
    const draft = d.rule === 'citation/renumbered' || d.rule === 'citation/article-removed' ? drafts.get(fileStem(d.file)) : undefined;
    return draft ? { ...d, hint: t(lang, 'citation/drafted.hint', { id: draft }) } : d;
  });
}

/** Every citation string of a matter that may have passed the schema only in parts. */
function citationStrings(matter: Matter): string[] {
  const quotes = Array.isArray(matter.quotes) ? matter.quotes.map((q) => asRecord(q)?.citation) : [];
  return [...stringsOf(matter.basis), ...stringsOf(quotes), ...stringsOf([asRecord(matter.delegation)?.document])];
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
    if (!isApproved(a) || !a.decision) continue;
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

/** Key (id, name) → file ids carrying it, over the files whose part fits the schema. */
function groupBy(results: { fileId: string; result?: FileResult }[], key: (r: FileResult) => string | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { fileId, result } of results) {
    const k = result?.checked ? key(result) : undefined;
    if (k === undefined) continue;
    const ids = map.get(k);
    if (ids) ids.push(fileId);
    else map.set(k, [fileId]);
  }
  return map;
}

export function errorCount(diagnostics: Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === 'error').length;
}

function readReviews(dir: string, show: (p: string) => string, sink: DiagnosticSink, lang: Lang): { file: ReadFile; record: ReviewRecord }[] {
  return yamlFiles(dir).flatMap((path) => {
    const file = readYamlFile(path, show(path));
    const record = validated<ReviewRecord>(file, 'review', sink, lang);
    return record ? [{ file, record }] : [];
  });
}
