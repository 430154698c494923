// `dutylist consult --collect DIR`: the workbooks that came back → consultations/<date>.yaml and
// the 意见汇总表. Files that are not this list's consultation workbooks are named and skipped; a
// unit with no workbook is recorded (and reported) as not having replied.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkList } from '../check/run.js';
import { consultationRecord, recordText, type Reply } from '../consult/record.js';
import { readReturned } from '../consult/read.js';
import { summaryWorkbook } from '../consult/summary.js';
import { consultedUnits } from '../consult/units.js';
import { InputError, UsageError } from '../errors.js';
import { sortMatters } from '../export/cells.js';
import { t } from '../i18n/index.js';
import { MAX_SOURCE_BYTES } from '../import/limits.js';
import { readXlsx } from '../import/xlsx.js';
import { inputDetail, readInput } from '../io/read-input.js';
import { writeFileAtomic } from '../io/atomic.js';
import { asRecord } from '../load/data.js';
import { displayPath } from '../load/list.js';
import { readYamlFile } from '../load/read.js';
import { convertToPdf, isPdfPath } from '../print/pdf.js';
import type { Consultation } from '../types.js';
import type { CommandContext } from './context.js';

export async function collectCommand(listArg: string | undefined, dirArg: string, output: string | undefined, ctx: CommandContext): Promise<number> {
  const summaryFile = output ?? `意见汇总表-${ctx.today}.xlsx`;
  if (!/\.(xlsx|pdf)$/i.test(summaryFile)) throw new UsageError(t(ctx.lang, 'consult.collect.not-xlsx', { file: summaryFile }));
  const dir = resolve(ctx.cwd, dirArg);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(t(ctx.lang, 'consult.collect.no-dir', { dir: dirArg }));
  const checked = checkList(listArg, { lang: ctx.lang, onDate: ctx.today, cwd: ctx.cwd });
  const { manifest, units } = checked;
  if (!manifest || !units) throw new InputError(t(ctx.lang, 'consult.no-manifest'));
  const matters = sortMatters(checked.matters.map((m) => m.matter), manifest.types);
  const consulted = consultedUnits(matters, units);
  const asked = new Map(consulted.map((c) => [c.unit, new Set(c.matters.map((m) => m.id))] as const));

  const replies = new Map<string, Reply>();
  let deadline: string | undefined;
  for (const name of otherSpreadsheets(dir)) ctx.err(`${t(ctx.lang, 'consult.collect.save-as-xlsx', { file: displayPath(join(dir, name), ctx.cwd) })}\n`);
  for (const name of workbookFiles(dir)) {
    const path = join(dir, name);
    const file = displayPath(path, ctx.cwd);
    const note = (key: string, params: Record<string, string | number> = {}): void => ctx.err(`${t(ctx.lang, `consult.collect.${key}`, { file, ...params })}\n`);
    // Through the input gate: a FIFO or a device named *.xlsx is named and skipped, never read.
    const bytes = readInput(path, MAX_SOURCE_BYTES);
    if (!bytes.ok) {
      note('unreadable', { detail: inputDetail(bytes, MAX_SOURCE_BYTES, ctx.lang) });
      continue;
    }
    let grids;
    try {
      grids = await readXlsx(bytes.bytes, file, ctx.lang);
    } catch (e) {
      // Our own refusals are worded for the user; a zip library's message is not.
      note('unreadable', { detail: e instanceof InputError ? e.message : t(ctx.lang, 'consult.collect.not-a-workbook') });
      continue;
    }
    const read = readReturned(grids);
    if (!read.ok) {
      note(read.key, read.params);
      continue;
    }
    const { workbook } = read;
    if (workbook.list !== undefined && workbook.list !== manifest.title) {
      note('other-list', { list: workbook.list });
      continue;
    }
    const ids = asked.get(workbook.unit);
    if (!ids) {
      note('unknown-unit', { unit: workbook.unit });
      continue;
    }
    if (workbook.version !== undefined && workbook.version !== manifest.version) note('other-version', { version: workbook.version, current: manifest.version });
    for (const o of workbook.opinions) if (!ids.has(o.matter)) note('unknown-matter', { row: o.row, id: o.matter });
    deadline ??= workbook.deadline;
    const earlier = replies.get(workbook.unit);
    if (earlier) note('twice', { unit: workbook.unit, first: earlier.files.join('、') });
    replies.set(workbook.unit, { files: [...(earlier?.files ?? []), name], opinions: [...(earlier?.opinions ?? []), ...workbook.opinions] });
  }

  // Each unit's opinions in the list's order of matters (people sort their copy as they like).
  const rank = new Map(matters.map((m, i) => [m.id, i]));
  for (const reply of replies.values()) reply.opinions.sort((a, b) => (rank.get(a.matter) ?? rank.size) - (rank.get(b.matter) ?? rank.size) || a.row - b.row);
  const recordPath = join(checked.location.consultationsDir, `${ctx.today}.yaml`);
  const previous = existsSync(recordPath) ? (asRecord(readYamlFile(recordPath, recordPath).data) as Consultation | undefined) : undefined;
  const { record, kept } = consultationRecord({
    version: manifest.version, date: ctx.today, ...(deadline ? { deadline } : {}),
    units: consulted.map((c) => c.unit), replies, ...(previous ? { previous } : {}),
  });
  writeFileAtomic(recordPath, recordText(record, checked.location.consultationsDir), ctx.lang);

  const bytes = await summaryWorkbook({ manifest, record, matters: new Map(matters.map((m) => [m.id, m])) });
  const summaryPath = resolve(ctx.cwd, summaryFile);
  if (isPdfPath(summaryFile)) await convertToPdf(bytes, summaryPath, ctx.lang, ctx.env);
  else writeFileAtomic(summaryPath, bytes, ctx.lang);

  for (const u of record.units) {
    const count = u.opinions?.length ?? 0;
    const opinions = !u.replied ? t(ctx.lang, 'consult.collect.missing') : t(ctx.lang, count > 0 ? 'consult.collect.opinions' : 'consult.collect.no-opinion', { count, file: u.file ?? '' });
    ctx.out(`${t(ctx.lang, 'consult.collect.unit', { unit: u.unit, opinions })}\n`);
  }
  const missing = record.units.filter((u) => !u.replied).map((u) => u.unit);
  const opinions = record.units.reduce((n, u) => n + (u.opinions?.length ?? 0), 0);
  if (kept > 0) ctx.err(`${t(ctx.lang, 'consult.collect.kept', { count: kept, record: displayPath(recordPath, ctx.cwd) })}\n`);
  ctx.err(`${t(ctx.lang, 'consult.collect.written', { replied: record.units.length - missing.length, units: record.units.length, opinions, record: displayPath(recordPath, ctx.cwd), summary: summaryFile })}\n`);
  if (missing.length > 0) ctx.err(`${t(ctx.lang, 'consult.collect.missing-units', { count: missing.length, units: missing.join('、') })}\n`);
  return 0;
}

/** Spreadsheets in another format (old Excel, WPS, LibreOffice): named, so the office asks for an .xlsx. */
function otherSpreadsheets(dir: string): string[] {
  return readdirSync(dir).filter((n) => /\.(xls|et|ods|xlsm)$/i.test(n)).sort();
}

/** The .xlsx names of the folder, sorted; the lock and backup files office programs leave beside
 *  an open workbook are not replies. Whatever kind of entry a name is (a link to a reply, a FIFO,
 *  a folder), the input gate reads it or says what it is: none is skipped without a word. */
function workbookFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.xlsx$/i.test(name) && !/^(~\$|\.~lock|\.)/.test(name))
    .sort();
}

