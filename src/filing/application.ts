// 调整申请表: the written application as the city office receives it, rendered from the record
// (adjustments/<id>.yaml): a two-column form, item and content, laid out by the print engine.
import ExcelJS, { type Workbook } from 'exceljs';
import { chineseDate } from '../diff/workbook-rows.js';
import { kindLabel, partLabel } from '../diff/labels.js';
import type { DocumentProperties } from '../export/index.js';
import { t } from '../i18n/index.js';
import { writeSheet, type TableRow } from '../print/index.js';
import type { Adjustment, ListManifest, Matter } from '../types.js';

const ZH = 'zh';
const m = (key: string, params?: Record<string, string | number>): string => t(ZH, key, params);

export interface FilingDocument {
  workbook: Workbook;
  props: DocumentProperties;
}

/** The date a filed document carries: the filing's, else the decision's, else the application's. */
export function recordDate(record: Adjustment): string {
  return record.filing?.date ?? record.decision?.date ?? record.date;
}

export function applicationForm(record: Adjustment, manifest: ListManifest, matters: ReadonlyMap<string, Matter>, removedNames: ReadonlyMap<string, string>): FilingDocument {
  const workbook = new ExcelJS.Workbook();
  const title = m('filing.app.title', { title: manifest.title });
  const none = m('filing.app.none');
  const items = record.items.map((item, i) => {
    const name = matters.get(item.matter)?.name ?? removedNames.get(item.matter) ?? '';
    const parts = item.action === 'modify' && item.parts ? item.parts.map((p) => partLabel(ZH, p)).join('、') : none;
    return m('filing.app.item', { seq: i + 1, id: item.matter, name: name.trim(), kind: kindLabel(ZH, item.action), parts }) + (item.note ? m('filing.app.item-note', { note: item.note.trim() }) : '');
  });
  const review = record.legal_review;
  const decision = record.decision;
  const office = record.filing?.office ?? manifest.filing_office;
  const rows: [string, string][] = [
    [m('filing.app.id'), record.id],
    [m('filing.app.applicant'), record.applicant],
    [m('filing.app.contact'), record.contact ?? none],
    [m('filing.app.date'), chineseDate(record.date)],
    [m('filing.app.reason'), record.reason.trim()],
    [m('filing.app.basis'), (record.basis ?? []).join('\n') || none],
    [m('filing.app.items'), items.join('\n')],
    [m('filing.app.review'), review ? [m('filing.app.review-line', { unit: review.unit, date: chineseDate(review.date) }), ...(review.opinion ? [review.opinion.trim()] : [])].join('\n') : none],
    [m('filing.app.decision'), decision ? [m('filing.app.decision-line', { result: m(`filing.app.${decision.result}`), date: chineseDate(decision.date) }), ...(decision.minutes ? [decision.minutes] : [])].join('\n') : none],
    [m('filing.app.filing'), record.filing ? m('filing.app.filing-line', { office, date: chineseDate(record.filing.date), number: record.filing.number }) : m('filing.app.not-filed', { office })],
    [m('filing.app.note'), record.note?.trim() || none],
  ];
  writeSheet(workbook, {
    name: m('filing.doc.application'),
    orientation: 'portrait',
    title: { title, lines: [m('filing.app.version', { version: manifest.version, effective: chineseDate(manifest.effective) })] },
    columns: [
      { header: m('filing.app.col.item'), min: 6, max: 6, align: 'center', continued: 'repeat' },
      { header: m('filing.app.col.content'), min: 24, max: 36 },
    ],
    rows: rows.map(([label, text]): TableRow => ({ cells: [label, text] })),
  });
  return { workbook, props: { date: recordDate(record), title, subject: m('filing.doc.application'), company: record.applicant, keywords: `调整申请 ${record.id}` } };
}
