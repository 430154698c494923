// The documented machine shape:
// { from, to, fromCommit?, toCommit?, summary: {add, remove, modify},
//   changes: [{ id, name, kind, parts: [{ part, before, after, added?, removed?, reworded? }] }],
//   approval?: { errors, warnings, findings: Diagnostic[], covered: [{ matter, adjustments }] } }
// `to` is null for the working tree. Keys and kinds are ASCII and language-independent.
import type { DiffFormatter } from './types.js';

export const json: DiffFormatter = (result, { approval }) => {
  const { from, to, changes } = result;
  const findings = result.approval.findings;
  const doc = {
    from: from.ref,
    to: to.ref,
    ...(from.commit ? { fromCommit: from.commit } : {}),
    ...(to.commit ? { toCommit: to.commit } : {}),
    summary: {
      add: changes.filter((c) => c.kind === 'add').length,
      remove: changes.filter((c) => c.kind === 'remove').length,
      modify: changes.filter((c) => c.kind === 'modify').length,
    },
    changes,
    ...(approval
      ? {
          approval: {
            errors: findings.filter((f) => f.severity === 'error').length,
            warnings: findings.filter((f) => f.severity === 'warning').length,
            findings,
            covered: changes.map((c) => ({ matter: c.id, adjustments: (result.approval.covers.get(c.id) ?? []).map((x) => x.record.data.id) })),
          },
        }
      : {}),
  };
  return JSON.stringify(doc, null, 2) + '\n';
};
