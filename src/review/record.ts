// reviews/<date>.yaml: the conclusions read back from a filled pack, merged with a record of the
// same day (a second batch replaces the first's entry for the same matter), written the same way
// every time: entries by matter id, keys in the schema's order.
import { stringify } from 'yaml';
import { compareIds } from '../export/cells.js';
import type { ReviewEntry, ReviewRecord } from '../types.js';

export function mergeRecord(existing: ReviewRecord | undefined, fresh: ReviewRecord): ReviewRecord {
  const byMatter = new Map<string, ReviewEntry>();
  for (const e of existing?.entries ?? []) byMatter.set(e.matter, e);
  for (const e of fresh.entries) byMatter.set(e.matter, e);
  const entries = [...byMatter.values()].sort((a, b) => compareIds(a.matter, b.matter));
  return { date: fresh.date, unit: fresh.unit, ...(fresh.list_version !== undefined ? { list_version: fresh.list_version } : {}), entries };
}

/** The file's text, with the editor's schema line when one is known. */
export function recordText(record: ReviewRecord, modeline: string | undefined): string {
  const ordered = {
    date: record.date,
    unit: record.unit,
    ...(record.list_version !== undefined ? { list_version: record.list_version } : {}),
    entries: record.entries.map((e) => ({
      matter: e.matter, hash: e.hash, conclusion: e.conclusion, ...(e.opinion ? { opinion: e.opinion } : {}), reviewer: e.reviewer, date: e.date,
    })),
  };
  const body = stringify(ordered, { lineWidth: 0, singleQuote: true, defaultStringType: 'PLAIN' });
  return `${modeline ? `${modeline}\n` : ''}${body}`;
}
