// What the package holds, twice: manifest.json for machines (file, sha256, bytes, list version,
// 文号) and 备案材料清单.txt for the clerk who opens the folder. Both list files in the package's
// order; neither lists itself, the text file is listed in the manifest.
import { createHash } from 'node:crypto';
import { chineseDate } from '../diff/workbook-rows.js';
import { t } from '../i18n/index.js';
import type { Adjustment, ListManifest } from '../types.js';

export const MANIFEST_FILE = 'manifest.json';
export const INDEX_FILE = '备案材料清单.txt';

export interface PackageFile {
  file: string;
  /** What the document is, in Chinese (调整申请表, 调整对照表（PDF）…). */
  title: string;
  bytes: Uint8Array;
}

const ZH = 'zh';
const m = (key: string, params?: Record<string, string | number>): string => t(ZH, key, params);

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function manifestJson(record: Adjustment, manifest: ListManifest, files: readonly PackageFile[]): string {
  const data = {
    adjustment: record.id,
    applicant: record.applicant,
    list: { title: manifest.title, version: manifest.version, effective: manifest.effective },
    filing: { office: record.filing?.office ?? manifest.filing_office, number: record.filing?.number ?? null, date: record.filing?.date ?? null },
    decision: record.decision ? { result: record.decision.result, date: record.decision.date, ...(record.decision.minutes ? { minutes: record.decision.minutes } : {}) } : null,
    files: files.map((f) => ({ file: f.file, title: f.title, sha256: sha256(f.bytes), bytes: f.bytes.length })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The text file, CRLF line ends: it is opened in Windows Notepad as often as anywhere. */
export function indexText(record: Adjustment, manifest: ListManifest, files: readonly PackageFile[]): string {
  const lines = [
    ...m('filing.index.title', { title: manifest.title }).split('\n'),
    '',
    m('filing.index.adjustment', { id: record.id, applicant: record.applicant, date: chineseDate(record.date) }),
    m('filing.index.version', { version: manifest.version, effective: chineseDate(manifest.effective) }),
    m('filing.index.office', { office: record.filing?.office ?? manifest.filing_office }),
    record.filing ? m('filing.index.number', { number: record.filing.number }) : m('filing.index.number-none'),
    '',
    m('filing.index.files', { count: files.length }),
    '',
    ...files.flatMap((f, i) => [`${i + 1}. ${f.file}`, `   ${f.title}`, `   SHA-256：${sha256(f.bytes)}`, '']),
  ];
  // A byte-order mark so Notepad on older Windows reads UTF-8.
  return `\uFEFF${lines.join('\r\n')}`;
}
