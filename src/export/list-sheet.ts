// Sheet 「清单」: the issued table, one matter per row under a repeated header; a matter that does
// not fit the rest of a page continues on the next in a row marked （续）.
import type { ListManifest, Matter } from '../types.js';
import { writeSheet, type Column, type SheetReport, type SheetSpec, type TableRow, type WorkbookLike } from '../print/index.js';
import { matterCells } from './cells.js';

export const LIST_SHEET = '清单';

/** The headers of the issued table, as every printed sheet that shows a matter's parts names them. */
export const ISSUED_HEADERS = {
  seq: '序号',
  type: '事项类型',
  name: '事项名称',
  district: '区级部门职责',
  street: '街道职责',
  basis: '法律法规及文件依据',
  primary: '主体责任',
  supporting: '配合责任',
  note: '备注',
  id: '事项编码',
} as const;

const H = ISSUED_HEADERS;

/** The issued columns (DOMAIN.md §2) and 事项编码; widths in em of the body font. */
export const LIST_COLUMNS: readonly Column[] = [
  { header: H.seq, min: 2, max: 2.5, align: 'center', numeric: true },
  // Four characters: every type of the vocabulary on one line.
  { header: H.type, min: 4, max: 4, align: 'center', continued: 'repeat', mergeEqual: true },
  { header: H.name, min: 4, max: 8, align: 'center', continued: 'mark' },
  { header: H.district, min: 10, max: 30 },
  { header: H.street, min: 8, max: 30 },
  { header: H.basis, min: 6, max: 14 },
  { header: H.primary, min: 3, max: 7, align: 'center', continued: 'keep' },
  { header: H.supporting, min: 3, max: 8, align: 'center', continued: 'keep' },
  { header: H.note, min: 2, max: 8 },
  { header: H.id, min: 3, max: 5, align: 'center', continued: 'repeat' },
];

/** Lines under the title: the subtitle, then the issuing units, date and version. */
export function titleLines(manifest: ListManifest): string[] {
  const [y, m, d] = manifest.effective.split('-').map(Number);
  const issued = `联合印发：${manifest.issuers.join('、')}　　施行日期：${y}年${m}月${d}日　　版本：${manifest.version}`;
  return [...(manifest.subtitle ? [manifest.subtitle] : []), issued];
}

function listRow(matter: Matter, seq: number): TableRow {
  return { cells: [String(seq), matter.type, ...matterCells(matter)] };
}

function* listRows(sorted: readonly Matter[]): Generator<TableRow> {
  for (let i = 0; i < sorted.length; i++) yield listRow(sorted[i] as Matter, i + 1);
}

// Widths come from every matter of a list the size of the shipped one, from an even spread of a
// big one: the same input gives the same sample, so the same widths.
const SAMPLE = 120;

export function sampleRows<T>(items: readonly T[], row: (item: T, index: number) => TableRow): TableRow[] {
  const step = Math.max(1, items.length / SAMPLE);
  const out: TableRow[] = [];
  for (let i = 0; i < items.length; i += step) out.push(row(items[Math.floor(i)] as T, Math.floor(i)));
  return out;
}

/** Adds the 清单 sheet. */
export function writeListSheet(workbook: WorkbookLike, manifest: ListManifest, sorted: readonly Matter[], onRow?: (index: number) => void): SheetReport {
  const spec: SheetSpec = {
    name: LIST_SHEET,
    orientation: 'landscape',
    title: { annex: '附件', title: manifest.title, lines: titleLines(manifest) },
    columns: LIST_COLUMNS,
    rows: listRows(sorted),
    sample: sampleRows(sorted, (m, i) => listRow(m, i + 1)),
  };
  return writeSheet(workbook, spec, onRow);
}
