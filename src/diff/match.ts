// Pairs two versions by matter id. Files whose blob id appears on both sides are the same bytes,
// hence the same matter unchanged wherever it now lives; only the rest are parsed and compared.
import type { Lang } from '../i18n/index.js';
import type { Diagnostic, Matter } from '../types.js';
import { compareMatters, wholeMatter } from './compare.js';
import { DiagnosticSink, parseFile, quickId, type Parsed } from './load.js';
import type { MatterChange } from './types.js';
import type { Version, VersionFile } from './version.js';

export interface MatchResult {
  changes: MatterChange[];
  /** The parsed files of every changed matter, by id. */
  sides: Map<string, { before?: Parsed<Matter>; after?: Parsed<Matter> }>;
  /** Ids of every matter in the newer version. */
  afterIds: Set<string>;
  /** Files of either version that could not be read, parsed or validated. */
  diagnostics: Diagnostic[];
}

export function matchVersions(from: Version, to: Version, lang: Lang): MatchResult {
  const common = commonOids(from.matters, to.matters);
  const before = splitUnchanged(from.matters, new Map(common));
  const after = splitUnchanged(to.matters, new Map(common));
  from.load(before.changed);
  to.load(after.changed);

  const sink = new DiagnosticSink(lang);
  const parse = (files: VersionFile[]): Map<string, Parsed<Matter>> => {
    const byId = new Map<string, Parsed<Matter>>();
    for (const file of files) {
      const parsed = parseFile<Matter>(file, 'matter', sink, lang);
      if (parsed && !byId.has(parsed.data.id)) byId.set(parsed.data.id, parsed);
    }
    return byId;
  };
  const oldById = parse(before.changed);
  const newById = parse(after.changed);
  const unchangedOld = new Set(before.unchanged.map(quickId));
  const unchangedNew = new Set(after.unchanged.map(quickId));

  const changes: MatterChange[] = [];
  const sides = new Map<string, { before?: Parsed<Matter>; after?: Parsed<Matter> }>();
  for (const id of [...new Set([...oldById.keys(), ...newById.keys()])].sort(byCodePoint)) {
    const b = oldById.get(id);
    const a = newById.get(id);
    let change: MatterChange | undefined;
    if (b && a) {
      const parts = compareMatters(b.data, a.data);
      if (parts.length > 0) change = { id, name: a.data.name, kind: 'modify', parts };
    } else if (b && !unchangedNew.has(id)) {
      change = { id, name: b.data.name, kind: 'remove', parts: wholeMatter(b.data, 'before') };
    } else if (a && !unchangedOld.has(id)) {
      change = { id, name: a.data.name, kind: 'add', parts: wholeMatter(a.data, 'after') };
    }
    if (!change) continue;
    changes.push(change);
    sides.set(id, { ...(b ? { before: b } : {}), ...(a ? { after: a } : {}) });
  }
  return { changes, sides, afterIds: new Set([...unchangedNew, ...newById.keys()]), diagnostics: sink.list };
}

function commonOids(a: VersionFile[], b: VersionFile[]): Map<string, number> {
  const count = (files: VersionFile[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const f of files) m.set(f.oid, (m.get(f.oid) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const common = new Map<string, number>();
  for (const [oid, n] of count(b)) {
    const k = Math.min(n, ca.get(oid) ?? 0);
    if (k > 0) common.set(oid, k);
  }
  return common;
}

function splitUnchanged(files: VersionFile[], budget: Map<string, number>): { changed: VersionFile[]; unchanged: VersionFile[] } {
  const changed: VersionFile[] = [];
  const unchanged: VersionFile[] = [];
  for (const f of files) {
    const n = budget.get(f.oid) ?? 0;
    if (n > 0) {
      budget.set(f.oid, n - 1);
      unchanged.push(f);
    } else changed.push(f);
  }
  return { changed, unchanged };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
