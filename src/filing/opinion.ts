// 合法性审查意见: the 区司法局's opinion on the adjustment — the record's review part above the
// table, and per matter the latest conclusion of reviews/*.yaml (flagged when the matter changed
// after it was reviewed).
import ExcelJS from 'exceljs';
import type { LatestReview, ReviewLookup } from '../check/reviews.js';
import { kindLabel } from '../diff/labels.js';
import { chineseDate } from '../diff/workbook-rows.js';
import { t } from '../i18n/index.js';
import { writeSheet, type TableRow } from '../print/index.js';
import { matterHash } from '../review/hash.js';
import type { Adjustment, ListManifest, Matter } from '../types.js';
import { recordDate, type FilingDocument } from './application.js';

const ZH = 'zh';
const m = (key: string, params?: Record<string, string | number>): string => t(ZH, key, params);

/** Whether anything of a legal review is on record for the adjustment. */
export function hasLegalReview(record: Adjustment, reviews: ReviewLookup): boolean {
  return record.legal_review !== undefined || record.items.some((i) => reviews.has(i.matter));
}

export function reviewOpinion(record: Adjustment, manifest: ListManifest, matters: ReadonlyMap<string, Matter>, removedNames: ReadonlyMap<string, string>, reviews: ReviewLookup): FilingDocument {
  const workbook = new ExcelJS.Workbook();
  const title = m('filing.op.title', { title: manifest.title });
  const review = record.legal_review;
  const lines = review
    ? [m('filing.op.record', { id: record.id, applicant: record.applicant, unit: review.unit, date: chineseDate(review.date) }), ...(review.opinion ? [m('filing.op.opinion', { opinion: review.opinion.trim() })] : [])]
    : [m('filing.op.record-none', { id: record.id, applicant: record.applicant })];
  const rows = record.items.map((item, i): TableRow => {
    const matter = matters.get(item.matter);
    const entry = reviews.get(item.matter);
    const name = (matter?.name ?? removedNames.get(item.matter) ?? '').trim();
    return { cells: [String(i + 1), item.matter, name, kindLabel(ZH, item.action), ...entryCells(entry, matter, review !== undefined)] };
  });
  writeSheet(workbook, {
    name: m('filing.doc.opinion'),
    orientation: 'landscape',
    title: { title, lines },
    columns: [
      { header: m('filing.op.col.seq'), min: 2, max: 2.5, align: 'center', numeric: true },
      { header: m('filing.op.col.id'), min: 3, max: 5, align: 'center', continued: 'repeat' },
      { header: m('filing.op.col.name'), min: 10, max: 16, continued: 'mark' },
      { header: m('filing.op.col.kind'), min: 2, max: 4, align: 'center' },
      { header: m('filing.op.col.conclusion'), min: 4, max: 10, align: 'center' },
      { header: m('filing.op.col.opinion'), min: 20, max: 36 },
      { header: m('filing.op.col.reviewer'), min: 4, max: 8, align: 'center' },
      { header: m('filing.op.col.date'), min: 5, max: 6, align: 'center' },
    ],
    rows,
  });
  const company = review?.unit ?? record.items.map((i) => reviews.get(i.matter)?.entry.reviewer).find((r) => r !== undefined);
  return { workbook, props: { date: review?.date ?? recordDate(record), title, subject: m('filing.doc.opinion'), ...(company ? { company } : {}), keywords: `合法性审查 ${record.id}` } };
}

function entryCells(entry: LatestReview | undefined, matter: Matter | undefined, recordReviewed: boolean): string[] {
  if (!entry) return ['—', recordReviewed ? m('filing.op.no-entry') : m('filing.op.not-recorded'), '—', '—'];
  const changed = matter !== undefined && matterHash(matter) !== entry.entry.hash;
  return [entry.entry.conclusion + (changed ? m('filing.op.changed') : ''), entry.entry.opinion?.trim() || '—', entry.entry.reviewer, chineseDate(entry.entry.date)];
}
