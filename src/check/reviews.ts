// Review records (reviews/<date>.yaml) as check reads them: each file against its schema, each
// entry against the list, and per matter the review that speaks for it now — the latest one.
// The lookup is a plain input of the rules (rule context `reviews`), like the registry: a cache of
// results per file must take it into its key.
import type { RuleFinding } from '../rules/index.js';
import type { ReviewEntry, ReviewRecord } from '../types.js';

/** The latest review of one matter, with the file that holds it (as displayed). */
export interface LatestReview {
  entry: ReviewEntry;
  file: string;
}

/** Matter id → its latest review. */
export type ReviewLookup = ReadonlyMap<string, LatestReview>;

export const NO_REVIEWS: ReviewLookup = new Map();

/** Findings about one review file: its name is its date, its matters are in the list. */
export function checkReviewRecord(record: ReviewRecord, fileId: string, matterIds: ReadonlySet<string>): RuleFinding[] {
  const out: RuleFinding[] = [];
  if (record.date !== fileId) out.push({ path: ['date'], rule: 'review/date-filename', message: 'review/date-filename', params: { date: record.date, file: fileId } });
  record.entries.forEach((entry, i) => {
    if (!matterIds.has(entry.matter)) out.push({ path: ['entries', i, 'matter'], rule: 'review/unknown-matter', message: 'review/unknown-matter', params: { matter: entry.matter }, severity: 'warning' });
  });
  return out;
}

/** Per matter the latest entry: by the entry's date, a later file (and a later entry) winning ties. */
export function latestReviews(records: readonly { file: string; record: ReviewRecord }[]): ReviewLookup {
  const latest = new Map<string, LatestReview>();
  for (const { file, record } of records) {
    for (const entry of record.entries) {
      const seen = latest.get(entry.matter);
      if (!seen || seen.entry.date <= entry.date) latest.set(entry.matter, { entry, file });
    }
  }
  return latest;
}
