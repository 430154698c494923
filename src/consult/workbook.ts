// The consultation workbook sent to one unit: a cover sheet (说明: the list, its version, the
// deadline, how to reply), the matters that name the unit with its own duties highlighted and
// columns to fill in (事项), and a hidden sheet saying which unit and round it belongs to, so the
// returned file is recognised whatever it was renamed to. Every sheet through src/print.
import { matterCells, numbered } from '../export/cells.js';
import { chineseDate } from '../diff/workbook-rows.js';
import { ISSUED_HEADERS } from '../export/list-sheet.js';
import { buildStreamed } from '../export/stream.js';
import type { DocumentProperties } from '../export/zip.js';
import { writeSheet, type CellText, type Column, type Run, type SheetSpec, type TableRow } from '../print/index.js';
import type { ListManifest, Matter } from '../types.js';
import { resolveUnit, type UnitIndex } from '../units.js';
import { PART_LABELS } from './parts.js';
import type { ConsultedUnitMatters } from './units.js';

export const COVER_SHEET = '说明';
export const MATTERS_SHEET = '事项';
/** The hidden sheet: key in column A, value in column B. */
export const MARKER_SHEET = 'dutylist';
export const MARKER_KIND = '征求意见';

/** Headers of the 事项 sheet that collecting reads back (by name, wherever they end up). */
export const HEADERS = { id: ISSUED_HEADERS.id, part: '涉及部分', opinion: '意见', suggestion: '建议修改内容', contact: '联系人' } as const;

/** The cover's row labels that collecting reads back when the hidden sheet is gone. */
export const COVER_LABELS = { unit: '征求意见单位', version: '清单版本', deadline: '反馈截止日期' } as const;

// The list's columns as narrow as they read, so the duties keep most of the page; the columns to
// fill in get room for a short opinion (longer ones wrap, the row grows).
const COLUMNS: readonly Column[] = [
  { header: ISSUED_HEADERS.seq, min: 2, max: 2, align: 'center', numeric: true },
  { header: HEADERS.id, min: 4.5, max: 4.5, align: 'center', continued: 'repeat' },
  { header: ISSUED_HEADERS.name, min: 4, max: 5, align: 'center', continued: 'mark' },
  { header: ISSUED_HEADERS.district, min: 10, max: 26 },
  { header: ISSUED_HEADERS.street, min: 10, max: 26 },
  { header: ISSUED_HEADERS.basis, min: 5, max: 7 },
  { header: ISSUED_HEADERS.primary, min: 3, max: 5, align: 'center', continued: 'keep' },
  { header: ISSUED_HEADERS.supporting, min: 3, max: 5, align: 'center', continued: 'keep' },
  { header: HEADERS.part, min: 3, max: 3, align: 'center', choices: Object.values(PART_LABELS) },
  { header: HEADERS.opinion, min: 5, max: 5 },
  { header: HEADERS.suggestion, min: 5, max: 5 },
  { header: HEADERS.contact, min: 3, max: 3 },
];

export interface ConsultInput {
  manifest: ListManifest;
  units: UnitIndex;
  entry: ConsultedUnitMatters;
  /** YYYY-MM-DD. */
  deadline: string;
  /** Who the workbooks go back to (the list's first issuer, 区委编办). */
  office: string;
}

export async function consultWorkbook(input: ConsultInput): Promise<Buffer> {
  const { manifest, entry } = input;
  const props: DocumentProperties = {
    date: manifest.effective,
    title: `${manifest.title}征求意见表`,
    subject: `${entry.unit}　${manifest.version}`,
    company: input.office,
    keywords: `征求意见 ${manifest.domain} ${manifest.version}`,
  };
  return buildStreamed(props, (workbook) => {
    writeSheet(workbook, coverSpec(input));
    writeSheet(workbook, mattersSpec(input));
    const marker = workbook.addWorksheet(MARKER_SHEET, { state: 'hidden' });
    for (const [key, value] of markerRows(input)) marker.addRow([key, value]).commit();
    marker.commit();
  });
}

/** The hidden sheet's rows. */
function markerRows(input: ConsultInput): [string, string][] {
  return [
    ['kind', MARKER_KIND],
    ['unit', input.entry.unit],
    ['list', input.manifest.title],
    ['version', input.manifest.version],
    ['deadline', input.deadline],
  ];
}

function coverSpec(input: ConsultInput): SheetSpec {
  const { manifest, entry } = input;
  const rows: [string, string][] = [
    ['清单', manifest.title],
    [COVER_LABELS.version, manifest.version],
    [COVER_LABELS.unit, entry.unit],
    ['涉及本单位的事项', `${entry.matters.length} 项，见「${MATTERS_SHEET}」表；本单位的职责以红色粗体标出。`],
    [COVER_LABELS.deadline, chineseDate(input.deadline)],
    ['填写方法', `在「${MATTERS_SHEET}」表对应事项的“${HEADERS.part}”“${HEADERS.opinion}”“${HEADERS.suggestion}”“${HEADERS.contact}”列填写；没有意见的事项不填。可以调整行的顺序、增加列，但请不要改动“${HEADERS.id}”列。`],
    ['反馈方式', `填好后保存（文件名可以改），于${chineseDate(input.deadline)}前发回${input.office}。全部事项都没有意见的，也请发回本表。`],
  ];
  return {
    name: COVER_SHEET,
    orientation: 'portrait',
    title: { title: `${manifest.title}征求意见表`, lines: [`${COVER_LABELS.unit}：${entry.unit}`] },
    columns: [
      { header: '项目', min: 7, max: 7, align: 'center' },
      { header: '内容', min: 34, max: 34 },
    ],
    rows: rows.map(([label, text]) => ({ cells: [label, text], keepTogether: true })),
    onePage: true,
  };
}

export function mattersSpec(input: ConsultInput): SheetSpec {
  const { manifest, entry } = input;
  const rows: TableRow[] = entry.matters.map((m, i) => ({ cells: matterRow(m, i + 1, input) }));
  return {
    name: MATTERS_SHEET,
    orientation: 'landscape',
    title: { annex: '附件', title: `${manifest.title}征求意见表`, lines: [`${COVER_LABELS.unit}：${entry.unit}　　${COVER_LABELS.version}：${manifest.version}　　${COVER_LABELS.deadline}：${chineseDate(input.deadline)}`] },
    columns: COLUMNS,
    rows,
  };
}

/** One matter's cells, the unit's own duties and name highlighted. */
function matterRow(matter: Matter, seq: number, input: ConsultInput): CellText[] {
  const [name, district, street, basis] = matterCells(matter);
  const { units, entry } = input;
  const own = (n: string): boolean => {
    const full = resolveUnit(units, n) ?? n;
    return full === entry.unit || (entry.kind === 'street' && full === units.collective);
  };
  const districtCell = entry.kind === 'district' ? ownDistrictDuties(matter, own) : (district ?? '');
  const streetCell: CellText = entry.kind === 'street' && matter.street.duties.length > 0 ? [{ text: street ?? '', mark: 'highlight' }] : (street ?? '');
  return [
    String(seq), matter.id, name ?? '', districtCell, streetCell, basis ?? '',
    unitRuns(matter.responsibility.primary, own), unitRuns(matter.responsibility.supporting, own),
    '', '', '', '',
  ];
}

/** 区级部门职责 with the unit's own block highlighted (the whole cell when it is the only unit). */
function ownDistrictDuties(matter: Matter, own: (n: string) => boolean): CellText {
  const only = matter.district.length === 1 ? matter.district[0] : undefined;
  if (only) return own(only.unit) ? [{ text: numbered(only.duties), mark: 'highlight' }] : numbered(only.duties);
  const runs: Run[] = [];
  matter.district.forEach((d, i) => {
    const text = `${i > 0 ? '\n' : ''}${d.unit}：\n${numbered(d.duties)}`;
    runs.push(own(d.unit) ? { text, mark: 'highlight' } : { text });
  });
  return runs;
}

/** Units joined with 、, the unit itself highlighted. */
function unitRuns(names: readonly string[], own: (n: string) => boolean): CellText {
  if (!names.some(own)) return names.join('、');
  return names.map((n, i): Run => (own(n) ? { text: `${i > 0 ? '、' : ''}${n}`, mark: 'highlight' } : { text: `${i > 0 ? '、' : ''}${n}` }));
}
