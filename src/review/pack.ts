// The legality-review pack for the 区司法局 (合法性审查表): per matter its duties beside the full
// text of every article it cites (version in force), the findings of `check` for it, and empty
// columns 审查意见 / 审查结论 (a drop-down of 合法 / 需修改 / 不合法). Laid out by the print engine
// like every printed sheet; a hidden sheet keeps what was reviewed (each matter's content hash).
import { compareIds, districtText, numbered, sortMatters } from '../export/cells.js';
import type { DocumentProperties, StreamingWorkbook } from '../export/index.js';
import { buildStreamed } from '../export/stream.js';
import { sampleRows } from '../export/list-sheet.js';
import { t } from '../i18n/index.js';
import { chineseDate } from '../diff/workbook-rows.js';
import { writeSheet, type Column, type Run, type TableRow } from '../print/index.js';
import type { Diagnostic, ListManifest, Matter } from '../types.js';
import { CONCLUSIONS, DATA_SHEET, HEADERS, REVIEW_SHEET } from './columns.js';
import { matterHash } from './hash.js';

export interface ReviewPackInput {
  manifest: ListManifest;
  matters: readonly Matter[];
  /** Diagnostics of `check`, by matter id. */
  findings: ReadonlyMap<string, readonly Diagnostic[]>;
  /** Article texts of a citation, from the versions in force on `onDate`. */
  articleTexts: (citation: string) => string[];
  onDate: string;
  /** The reviewing unit (区司法局). */
  reviewer: string;
}

export interface ReviewPack {
  bytes: Buffer;
  pages: number;
  matters: number;
}

const COLUMNS: readonly Column[] = [
  { header: HEADERS.seq, min: 2, max: 2.5, align: 'center', numeric: true },
  { header: HEADERS.id, min: 3, max: 5, align: 'center', continued: 'repeat' },
  { header: HEADERS.name, min: 4, max: 7, align: 'center', continued: 'mark' },
  { header: HEADERS.duties, min: 12, max: 26 },
  { header: HEADERS.basis, min: 16, max: 40 },
  { header: HEADERS.findings, min: 6, max: 12 },
  // Room to write in: the reviewer fills these by hand or in the spreadsheet.
  { header: HEADERS.opinion, min: 8, max: 8 },
  // A drop-down on every body row (continuation rows too — a reviewer may write on either).
  { header: HEADERS.conclusion, min: 4, max: 4, align: 'center', choices: CONCLUSIONS },
];

// The pack is a Chinese document whatever the interface language.
const ZH = 'zh';

function dutiesCell(m: Matter): Run[] {
  return [
    { text: '区级部门职责：', mark: 'strong' },
    { text: `\n${districtText(m.district)}\n` },
    { text: '街道职责：', mark: 'strong' },
    { text: `\n${numbered(m.street.duties)}` },
  ];
}

function basisCell(m: Matter, articleTexts: (citation: string) => string[]): Run[] {
  const runs: Run[] = [];
  m.basis.forEach((citation, i) => {
    const texts = articleTexts(citation);
    runs.push({ text: `${i > 0 ? '\n' : ''}${citation.trim()}`, mark: 'strong' });
    runs.push({ text: `\n${texts.length > 0 ? texts.join('\n') : t(ZH, 'review.pack.no-text')}` });
  });
  return runs;
}

function findingsCell(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return t(ZH, 'review.pack.no-findings');
  // The reviewer reads what is wrong; the rule ids are for the office's own check runs.
  return diagnostics.map((d) => `${t(ZH, `severity.${d.severity}`)}：${d.message}`).join('\n');
}

function row(m: Matter, seq: number, input: ReviewPackInput): TableRow {
  return { cells: [String(seq), m.id, m.name.trim(), dutiesCell(m), basisCell(m, input.articleTexts), findingsCell(input.findings.get(m.id) ?? []), '', ''] };
}

/** The pack's reproducible bytes, written by the streaming writer (flat memory for big lists). */
export async function reviewPack(input: ReviewPackInput): Promise<ReviewPack> {
  const { manifest } = input;
  const sorted = sortMatters(input.matters, manifest.types);
  const title = t(ZH, 'review.pack.title', { title: manifest.title });
  const props: DocumentProperties = { date: manifest.effective, title, subject: REVIEW_SHEET, company: input.reviewer, keywords: `合法性审查 ${manifest.version}` };
  let pages = 0;
  const bytes = await buildStreamed(props, (workbook) => {
    const report = writeSheet(workbook, {
      name: REVIEW_SHEET,
      orientation: 'landscape',
      title: {
        annex: '附件',
        title,
        lines: [
          t(ZH, 'review.pack.version', { version: manifest.version, date: chineseDate(input.onDate) }),
          t(ZH, 'review.pack.reviewer', { unit: input.reviewer }),
        ],
      },
      columns: COLUMNS,
      rows: rows(sorted, input),
      sample: sampleRows(sorted, (m, i) => row(m, i + 1, input)),
    });
    pages = report.pages;
    writeDataSheet(workbook, manifest, sorted);
  });
  return { bytes, pages, matters: sorted.length };
}

function* rows(sorted: readonly Matter[], input: ReviewPackInput): Generator<TableRow> {
  for (let i = 0; i < sorted.length; i++) yield row(sorted[i] as Matter, i + 1, input);
}

// Hidden: what was sent for review, so --record knows what the conclusions speak for.
function writeDataSheet(workbook: StreamingWorkbook, manifest: ListManifest, sorted: readonly Matter[]): void {
  const data = workbook.addWorksheet(DATA_SHEET, { state: 'hidden' });
  data.addRow([HEADERS.id, t(ZH, 'review.data.hash'), t(ZH, 'review.data.version')]).commit();
  const byId = [...sorted].sort((a, b) => compareIds(a.id, b.id));
  byId.forEach((m, i) => data.addRow([m.id, matterHash(m), i === 0 ? manifest.version : '']).commit());
  data.commit();
}
