// diff: find the list, read both versions, match by id, check approvals. Pure apart from reading
// files and git objects; formatting and writing happen in the command.
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { displayPath, findList, registryPath } from '../load/list.js';
import { readYamlFile } from '../load/read.js';
import { validateShape } from '../schema/validate.js';
import type { Adjustment, Diagnostic, ListManifest, UnitRegistry } from '../types.js';
import { indexUnits, isStreet } from '../units.js';
import { checkApproval, type Approval } from './approval.js';
import { GitRepo } from './git.js';
import { DiagnosticSink, parseFile, type Parsed } from './load.js';
import { folderListVersion, gitListVersion } from './list-version.js';
import { matchVersions } from './match.js';
import { assertSafeRef } from './ref.js';
import type { MatterChange } from './types.js';
import { folderVersion, gitVersion, type HashName, type Version } from './version.js';

export interface DiffRequest {
  listArg?: string;
  /** Older version: a git ref … */
  from?: string;
  /** … or a folder. */
  old?: string;
  /** Newer version: a git ref; the working tree when absent. */
  to?: string;
  lang: Lang;
  cwd: string;
}

/** One side as the user named it. */
export interface VersionName {
  /** The ref or folder as typed; null for the working tree. */
  ref: string | null;
  /** What to print: the ref, the folder, or 工作区. */
  label: string;
  commit?: string;
}

export interface DiffResult {
  from: VersionName;
  to: VersionName;
  changes: MatterChange[];
  approval: Approval;
  /** Files that could not be compared (bad YAML, schema errors): the diff is incomplete if any. */
  loadDiagnostics: Diagnostic[];
  /** Adjustment records that could not be read; they cover nothing. */
  recordDiagnostics: Diagnostic[];
  /** `version` of each side's list.yaml (the names the 调整对照表 prints), when it has one. */
  versions: { from?: string; to?: string };
  /** 主体责任 units of each changed matter (the older version's for a removal), for the summary sheet. */
  primaryUnits: Map<string, string[]>;
  manifest?: ListManifest;
}

export function runDiff(req: DiffRequest): DiffResult {
  const { lang, cwd } = req;
  if (req.from !== undefined && req.old !== undefined) throw new UsageError(t(lang, 'diff.usage.both-old'));
  if (req.from === undefined && req.old === undefined) throw new UsageError(t(lang, 'diff.usage.no-from'));
  if (req.from !== undefined) assertSafeRef(req.from, '--from', lang);
  if (req.to !== undefined) assertSafeRef(req.to, '--to', lang);

  const location = findList(req.listArg, cwd, lang);
  const manifest = quietly<ListManifest>(location.manifest, 'list', lang);
  const unitRegistry = quietly<UnitRegistry>(registryPath(location.dir, manifest?.units, 'units.yaml'), 'units', lang);
  const units = unitRegistry ? indexUnits(unitRegistry) : undefined;
  const streetUnit = (unit: string): boolean => (units ? isStreet(units, unit) : /街道|乡|镇/.test(unit));

  const shown = displayPath(location.dir, cwd);
  const repo = req.from !== undefined || req.to !== undefined ? GitRepo.at(location.dir, shown, lang) : undefined;
  const listPath = repo?.pathOf(location.dir, shown) ?? '';
  const gitSide = (ref: string, option: string): Version => {
    const r = repo as GitRepo;
    return gitVersion(r, r.resolveCommit(ref, option), ref, listPath, cwd);
  };
  const fromGit = req.from !== undefined ? gitSide(req.from, '--from') : undefined;
  const toGit = req.to !== undefined ? gitSide(req.to, '--to') : undefined;
  const hash: HashName = (fromGit?.commit ?? toGit?.commit ?? '').length === 64 ? 'sha256' : 'sha1';
  const from = fromGit ?? folderVersion(resolve(cwd, req.old ?? ''), req.old ?? '', cwd, hash, lang);
  const to = toGit ?? folderVersion(location.dir, t(lang, 'diff.worktree'), cwd, hash, lang);

  const fromVersion = fromGit && repo ? gitListVersion(repo, fromGit.commit ?? '', listPath) : folderListVersion(resolve(cwd, req.old ?? ''));
  const toVersion = toGit && repo ? gitListVersion(repo, toGit.commit ?? '', listPath) : folderListVersion(location.dir);

  const match = matchVersions(from, to, lang);
  const recordSink = new DiagnosticSink(lang);
  const previous = new Set(from.adjustments.map((f) => f.oid));
  const fresh = to.adjustments.filter((f) => !previous.has(f.oid));
  to.load(fresh);
  const records = fresh.flatMap((f) => parseFile<Adjustment>(f, 'adjustment', recordSink, lang) ?? []) as Parsed<Adjustment>[];
  const approval = checkApproval({ changes: match.changes, sides: match.sides, records, isStreet: streetUnit, lang });

  return {
    from: { ref: req.from ?? req.old ?? '', label: from.label, ...(from.commit ? { commit: from.commit } : {}) },
    to: { ref: req.to ?? null, label: to.label, ...(to.commit ? { commit: to.commit } : {}) },
    changes: match.changes,
    approval,
    loadDiagnostics: match.diagnostics,
    recordDiagnostics: recordSink.list,
    versions: { ...(fromVersion ? { from: fromVersion } : {}), ...(toVersion ? { to: toVersion } : {}) },
    primaryUnits: new Map([...match.sides].map(([id, side]) => [id, (side.after ?? side.before)?.data.responsibility.primary ?? []])),
    ...(manifest ? { manifest } : {}),
  };
}

/** A registry file's data when it is valid; diff works without it (check reports the problems). */
function quietly<T>(path: string, schema: 'list' | 'units', lang: Lang): T | undefined {
  const file = readYamlFile(path, path);
  if (file.problems.length > 0) return undefined;
  return validateShape(schema, file.data, lang).length === 0 ? (file.data as T) : undefined;
}
