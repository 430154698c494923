// `dutylist consult [LIST] -o DIR --deadline DATE`: one consultation workbook per department and
// sub-district; `dutylist consult [LIST] --collect DIR [-o 汇总表.xlsx]`: the returned workbooks
// into consultations/<date>.yaml and the 意见汇总表. Exit 0 done, 1 list has errors, 2 usage.
import { join, resolve } from 'node:path';
import { checkList, errorCount, type CheckedList } from '../check/run.js';
import { consultMessages } from '../consult/messages.js';
import { consultedUnits } from '../consult/units.js';
import { InputError, UsageError } from '../errors.js';
import { registerMessages, t } from '../i18n/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { displayPath } from '../load/list.js';
import { sortMatters } from '../export/cells.js';
import { formatters } from '../report/index.js';
import type { ListManifest } from '../types.js';
import type { UnitIndex } from '../units.js';
import { parseDate, reportOptions } from './check.js';
import type { CommandContext } from './context.js';

registerMessages(consultMessages);

export interface ConsultCommandOptions {
  /** Folder for the workbooks; with --collect, the summary table (.xlsx or .pdf). */
  output?: string;
  deadline?: string;
  /** Folder of returned workbooks. */
  collect?: string;
}

export async function consultCommand(listArg: string | undefined, opts: ConsultCommandOptions, ctx: CommandContext): Promise<number> {
  if (opts.collect !== undefined) {
    if (opts.deadline !== undefined) throw new UsageError(t(ctx.lang, 'consult.usage.collect-deadline'));
    return (await import('./consult-collect.js')).collectCommand(listArg, opts.collect, opts.output, ctx);
  }
  if (opts.output === undefined) throw new UsageError(t(ctx.lang, 'consult.usage.output'));
  const deadline = parseDate(opts.deadline, ctx);
  if (deadline === undefined) throw new UsageError(t(ctx.lang, 'consult.usage.deadline'));
  const list = checkedForConsultation(listArg, ctx);
  if (typeof list === 'number') return list;
  const { manifest, units, checked } = list;
  const entries = consultedUnits(sortMatters(checked.matters.map((m) => m.matter), manifest.types), units);
  if (entries.length === 0) {
    ctx.err(`${t(ctx.lang, 'consult.none')}\n`);
    return 1;
  }
  const { consultWorkbook } = await import('../consult/workbook.js');
  const dir = resolve(ctx.cwd, opts.output);
  const office = manifest.issuers[0] ?? '';
  for (const entry of entries) {
    const path = join(dir, workbookName(entry.unit));
    writeFileAtomic(path, await consultWorkbook({ manifest, units, entry, deadline, office }), ctx.lang);
    ctx.out(`${t(ctx.lang, 'consult.unit', { file: displayPath(path, ctx.cwd), unit: entry.unit, count: entry.matters.length })}\n`);
  }
  const kinds = t(ctx.lang, 'consult.kinds', { district: entries.filter((e) => e.kind === 'district').length, street: entries.filter((e) => e.kind === 'street').length });
  ctx.err(`${t(ctx.lang, 'consult.written', { dir: opts.output, units: entries.length, kinds, deadline })}\n`);
  ctx.err(`${t(ctx.lang, 'consult.next')}\n`);
  return 0;
}

/** The workbook's file name: what it is and whom it is for. */
export function workbookName(unit: string): string {
  return `征求意见表-${unit.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '')}.xlsx`;
}

/** The checked list, or the exit code when it has errors (reported). */
export function checkedForConsultation(listArg: string | undefined, ctx: CommandContext): { checked: CheckedList; manifest: ListManifest; units: UnitIndex } | number {
  const checked = checkList(listArg, { lang: ctx.lang, onDate: ctx.today, cwd: ctx.cwd });
  const errors = errorCount(checked.diagnostics);
  if (errors > 0) {
    ctx.err(formatters.stylish(checked.diagnostics, reportOptions(checked, ctx.today, ctx)));
    ctx.err(`${t(ctx.lang, 'consult.refused', { errors })}\n`);
    return 1;
  }
  const { manifest, units } = checked;
  if (!manifest || !units) throw new InputError(t(ctx.lang, 'consult.no-manifest'));
  return { checked, manifest, units };
}
