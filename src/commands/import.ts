import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkList, errorCount } from '../check/run.js';
import { InputError, UsageError } from '../errors.js';
import { registerMessages, t, type Lang } from '../i18n/index.js';
import { findHeader, knownHeaders, type Header } from '../import/columns.js';
import { adjustmentIds, matterFileIds } from '../import/ids.js';
import { importTarget } from '../import/list-context.js';
import { rowMatter } from '../import/matter.js';
import { importMessages } from '../import/messages.js';
import { assignIds, unknownTypes } from '../import/plan.js';
import { matterYaml } from '../import/render.js';
import { sheetRows } from '../import/rows.js';
import { readWorkbook, type SheetGrid } from '../import/workbook.js';
import { writeFileAtomic } from '../io/atomic.js';
import { displayPath, findList } from '../load/list.js';
import { formatters } from '../report/index.js';
import { reportOptions } from './check.js';
import type { CommandContext } from './context.js';

registerMessages(importMessages);

export interface ImportCommandOptions {
  /** Sheet to read; default the first whose rows hold the list header. */
  sheet?: string;
  /** Overwrite matter files that already exist. */
  force?: boolean;
  /** Write nothing; print the files that would be written. */
  dryRun?: boolean;
}

export async function importCommand(file: string, listArg: string | undefined, opts: ImportCommandOptions, ctx: CommandContext): Promise<number> {
  const location = findList(listArg, ctx.cwd, ctx.lang);
  const show = (p: string): string => displayPath(p, ctx.cwd);
  const grids = await readWorkbook(resolve(ctx.cwd, file), file, ctx.lang);
  const { grid, header } = pickSheet(grids, opts.sheet, file, ctx.lang);
  if (header.columns.name === undefined) {
    throw new InputError(t(ctx.lang, 'import.no-name-column', { file, sheet: grid.name, row: header.row + 1, headers: knownHeaders() }));
  }
  const rows = sheetRows(grid.rows, header);
  if (rows.length === 0) throw new InputError(t(ctx.lang, 'import.no-rows', { file, sheet: grid.name, row: header.row + 1 }));

  const target = importTarget(location, show, ctx.lang);
  const refused = unknownTypes(rows, target.types, grid.name, ctx.lang);
  for (const line of refused) ctx.err(`${line}\n`);
  if (refused.length > 0 && !opts.dryRun) {
    ctx.err(t(ctx.lang, 'import.types-refused', { count: refused.length }) + '\n');
    return 1;
  }

  const planned = assignIds(rows, grid.name, matterFileIds(location, show), adjustmentIds(location, show), ctx.lang);
  const files = planned.map(({ row, id }) => ({
    path: join(location.mattersDir, `${id}.yaml`),
    text: matterYaml(rowMatter(row, id, target.units), target.normalise),
  }));
  const existing = opts.force ? undefined : files.find((f) => existsSync(f.path));
  if (existing) throw new UsageError(t(ctx.lang, 'import.exists', { file: show(existing.path) }));

  if (opts.dryRun) {
    for (const f of files) ctx.out(`${t(ctx.lang, 'import.would-write', { file: show(f.path) })}\n${f.text}\n`);
    ctx.err(t(ctx.lang, 'import.dry-run', { file, count: files.length }) + '\n');
    return 0;
  }
  for (const f of files) {
    writeFileAtomic(f.path, f.text, ctx.lang);
    ctx.out(`${show(f.path)}\n`);
  }
  ctx.err(t(ctx.lang, 'import.written', { file, count: files.length, dir: show(location.mattersDir) }) + '\n');
  return reportCheck(location.dir, ctx);
}

function pickSheet(grids: readonly SheetGrid[], name: string | undefined, file: string, lang: Lang): { grid: SheetGrid; header: Header } {
  const candidates = name === undefined ? grids : grids.filter((g) => g.name === name || g.name.trim() === name.trim());
  if (name !== undefined && candidates.length === 0) {
    throw new UsageError(t(lang, 'import.no-sheet', { file, sheet: name, sheets: grids.map((g) => g.name).join('、') }));
  }
  for (const grid of candidates) {
    const header = findHeader(grid.rows);
    if (header) return { grid, header };
  }
  throw new InputError(t(lang, 'import.no-header', { file, headers: knownHeaders() }));
}

/** The office fixes what the sheet could not say right with `check`; show them where. */
function reportCheck(listDir: string, ctx: CommandContext): number {
  const checked = checkList(listDir, { lang: ctx.lang, onDate: ctx.today, cwd: ctx.cwd });
  const errors = errorCount(checked.diagnostics);
  if (checked.diagnostics.length > 0) {
    ctx.err(formatters.stylish(checked.diagnostics, reportOptions(checked, ctx.today, ctx)));
  }
  ctx.err(t(ctx.lang, errors > 0 ? 'import.check-failed' : 'import.check-passed', { errors }) + '\n');
  return errors > 0 ? 1 : 0;
}
