// 意见汇总表: every opinion of a consultation round, unit by unit, with 采纳情况 and 理由 to fill in
// (or as the record already answers them); a unit that replied without opinions says 无意见, one
// that did not reply says 未反馈. Laid out by src/print like every printed sheet.
import { chineseDate } from '../diff/workbook-rows.js';
import { buildStreamed } from '../export/stream.js';
import { writeSheet, type Column, type SheetSpec, type TableRow } from '../print/index.js';
import type { Consultation, ListManifest, Matter, Opinion } from '../types.js';
import { PART_LABELS } from './parts.js';

export const SUMMARY_SHEET = '意见汇总表';

const ADOPTION: Record<NonNullable<Opinion['adoption']>, string> = { adopted: '采纳', partly: '部分采纳', declined: '不采纳' };

const COLUMNS: readonly Column[] = [
  { header: '序号', min: 2, max: 2, align: 'center', numeric: true },
  { header: '单位', min: 7, max: 8, align: 'center', continued: 'repeat', mergeEqual: true },
  { header: '事项编码', min: 4.5, max: 4.5, align: 'center', continued: 'repeat' },
  { header: '事项名称', min: 5, max: 8, align: 'center', continued: 'mark' },
  { header: '涉及部分', min: 4, max: 6, align: 'center' },
  { header: '意见', min: 9, max: 26 },
  { header: '建议修改内容', min: 9, max: 26 },
  { header: '联系人', min: 7, max: 10, continued: 'keep' },
  { header: '采纳情况', min: 4, max: 4, align: 'center', choices: Object.values(ADOPTION) },
  { header: '理由', min: 6, max: 6 },
];

export interface SummaryInput {
  manifest: ListManifest;
  record: Consultation;
  matters: ReadonlyMap<string, Matter>;
}

export function summarySpec(input: SummaryInput): SheetSpec {
  const { manifest, record } = input;
  const rows: TableRow[] = [];
  let seq = 0;
  for (const u of record.units) {
    const opinions = u.opinions ?? [];
    if (opinions.length === 0) {
      rows.push({ cells: [String(++seq), u.unit, '', '', '', u.replied ? '无意见' : '未反馈', '', '', '', ''] });
      continue;
    }
    for (const o of opinions) {
      rows.push({
        cells: [
          String(++seq), u.unit, o.matter, input.matters.get(o.matter)?.name ?? '', o.part ? PART_LABELS[o.part] : '',
          o.opinion ?? '', o.suggestion ?? '', o.contact ?? '', o.adoption ? ADOPTION[o.adoption] : '', o.reason ?? '',
        ],
      });
    }
  }
  const replied = record.units.filter((u) => u.replied).length;
  const deadline = record.deadline ? `　　反馈截止：${chineseDate(record.deadline)}` : '';
  return {
    name: SUMMARY_SHEET,
    orientation: 'landscape',
    title: { title: `${manifest.title}征求意见汇总表`, lines: [`清单版本：${record.list_version}　　征求意见单位 ${record.units.length} 个，已反馈 ${replied} 个${deadline}　　汇总日期：${chineseDate(record.date)}`] },
    columns: COLUMNS,
    rows,
  };
}

export async function summaryWorkbook(input: SummaryInput): Promise<Buffer> {
  const { manifest, record } = input;
  return buildStreamed({
    date: record.date,
    title: `${manifest.title}征求意见汇总表`,
    subject: `${manifest.title}（${record.list_version}）征求意见汇总`,
    company: manifest.issuers[0] ?? '',
    keywords: `征求意见 ${manifest.domain} ${record.list_version}`,
  }, (workbook) => {
    writeSheet(workbook, summarySpec(input));
  });
}
