// The approval gate: every change must be covered by an approved adjustment record of the newer
// version; a change that gives the sub-districts more to do without one is 未经准入 push-down.
import { t, type Lang } from '../i18n/index.js';
import { locate } from '../load/locate.js';
import type { Adjustment, AdjustmentItem, DataPath, Diagnostic, Matter, MatterPart } from '../types.js';
import type { Parsed } from './load.js';
import { partLabel, kindLabel } from './labels.js';
import { streetWidenings } from './street.js';
import { changePath } from './where.js';
import type { MatterChange } from './types.js';
import { isApproved } from '../adjust/status.js';

/** An approved item of an adjustment record that covers (part of) a change. */
export interface Cover {
  record: Parsed<Adjustment>;
  item: AdjustmentItem;
}

export interface ApprovalInput {
  changes: MatterChange[];
  sides: Map<string, { before?: Parsed<Matter>; after?: Parsed<Matter> }>;
  /** Adjustment records of the newer version that are new or changed since the older one. */
  records: Parsed<Adjustment>[];
  isStreet: (unit: string) => boolean;
  lang: Lang;
}

export interface Approval {
  /** Approved items naming each changed matter with the matching action, by matter id. */
  covers: Map<string, Cover[]>;
  /** Ids of changes not (wholly) covered by an approved adjustment: a table with any is a draft. */
  unapproved: Set<string>;
  findings: Diagnostic[];
}

const ALL_PARTS: readonly MatterPart[] = ['type', 'name', 'district', 'street', 'basis', 'responsibility', 'note'];

export function checkApproval(input: ApprovalInput): Approval {
  const { changes, records, lang } = input;
  const items = records.flatMap((record) => record.data.items.map((item, index) => ({ record, item, index })));
  const covers = new Map<string, Cover[]>();
  const findings: Diagnostic[] = [];
  const unapproved = new Set<string>();

  for (const change of changes) {
    const naming = items.filter((x) => x.item.matter === change.id);
    const approved = naming.filter((x) => isApproved(x.record.data) && x.item.action === change.kind);
    covers.set(change.id, approved.map(({ record, item }) => ({ record, item })));
    const covered = new Set<MatterPart>(approved.flatMap((x) => (change.kind === 'modify' ? (x.item.parts ?? ALL_PARTS) : ALL_PARTS)));
    const uncovered = change.parts.map((p) => p.part).filter((p) => !covered.has(p));
    if (uncovered.length === 0) continue;
    unapproved.add(change.id);
    findings.push(uncoveredFinding(change, uncovered, naming.map((x) => x.record.data), input));
  }

  const changed = new Map(changes.map((c) => [c.id, c] as const));
  for (const { record, item, index } of items) {
    if (!isApproved(record.data)) continue;
    const change = changed.get(item.matter);
    if (change?.kind === item.action) continue;
    findings.push(at(record.file.display, locate(record.source, ['items', index, 'matter']), 'warning', 'diff/approved-unchanged', t(lang, 'diff.approved-unchanged', {
      adjustment: record.data.id, matter: item.matter, action: kindLabel(lang, item.action), actual: change ? t(lang, 'diff.actual.kind', { kind: kindLabel(lang, change.kind) }) : t(lang, 'diff.actual.none'),
    }), t(lang, 'diff.approved-unchanged.hint')));
  }
  return { covers, unapproved, findings };
}

function uncoveredFinding(change: MatterChange, uncovered: MatterPart[], namedBy: Adjustment[], input: ApprovalInput): Diagnostic {
  const { lang } = input;
  const side = input.sides.get(change.id);
  const where = side?.after ?? side?.before;
  const file = where?.file.display ?? '';
  const base = { id: change.id, name: change.name, kind: kindLabel(lang, change.kind), parts: uncovered.map((p) => partLabel(lang, p)).join('、') };
  const hint = hintFor(change, namedBy, lang);
  const widenings = change.kind === 'remove' ? [] : streetWidenings(change, input.isStreet).filter((w) => uncovered.includes(w.part));
  const first = widenings[0];
  if (first && side?.after) {
    const what = widenings.map((w) => t(lang, `diff.widen.${w.what}`, w.params)).join(lang === 'zh' ? '；' : '; ');
    const key = change.kind === 'modify' ? 'diff.push-down' : 'diff.push-down.add';
    return at(file, locate(side.after.source, first.path), 'error', 'diff/push-down', t(lang, key, { ...base, what }), hint);
  }
  const firstPart = change.parts.find((p) => p.part === uncovered[0]);
  const path: DataPath = change.kind === 'modify' && firstPart ? changePath(firstPart, side?.after?.data) : ['id'];
  const range = where ? locate(where.source, path) : undefined;
  const key = change.kind === 'modify' ? 'diff.unapproved.modify' : 'diff.unapproved';
  return at(file, range, 'error', 'diff/unapproved', t(lang, key, base), hint);
}

function hintFor(change: MatterChange, namedBy: Adjustment[], lang: Lang): string {
  const ids = (list: Adjustment[]): string => list.map((a) => a.id).join('、');
  const drafts = namedBy.filter((a) => a.status === 'draft');
  const rejected = namedBy.filter((a) => a.status !== 'draft' && a.decision?.result === 'rejected');
  const pending = namedBy.filter((a) => a.status !== 'draft' && !a.decision);
  const approvedOther = namedBy.filter(isApproved);
  if (approvedOther.length > 0) {
    const actions = approvedOther.flatMap((a) => a.items.filter((i) => i.matter === change.id));
    if (actions.every((i) => i.action === change.kind)) return t(lang, 'diff.hint.parts', { ids: ids(approvedOther) });
    return t(lang, 'diff.hint.action', { ids: ids(approvedOther), kind: kindLabel(lang, change.kind) });
  }
  if (rejected.length > 0) return t(lang, 'diff.hint.rejected', { ids: ids(rejected) });
  if (drafts.length > 0) return t(lang, 'diff.hint.draft', { ids: ids(drafts) });
  if (pending.length > 0) return t(lang, 'diff.hint.pending', { ids: ids(pending) });
  return t(lang, 'diff.hint.none', { id: change.id, action: change.kind });
}

function at(file: string, range: { line: number; column: number; endLine?: number; endColumn?: number } | undefined, severity: Diagnostic['severity'], rule: string, message: string, hint: string): Diagnostic {
  return {
    file,
    line: range?.line ?? 1,
    column: range?.column ?? 1,
    ...(range?.endLine ? { endLine: range.endLine, endColumn: range.endColumn } : {}),
    severity,
    rule,
    message,
    hint,
    path: [],
  };
}
