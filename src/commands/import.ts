import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkList, errorCount } from '../check/run.js';
import { InputError, UsageError } from '../errors.js';
import { registerMessages, t, type Lang } from '../i18n/index.js';
import { adjustmentIds, idPrefix, matterFileIds } from '../import/ids.js';
import { importTarget, type ImportTarget } from '../import/list-context.js';
import { rowMatter, type RowNote } from '../import/matter.js';
import { importMessages } from '../import/messages.js';
import { schemaModeline } from '../import/modeline.js';
import { columnFates, demoteIdColumn, describeColumns, pickTable } from '../import/pick.js';
import { assignIds, newTypes } from '../import/plan.js';
import { matterYaml } from '../import/render.js';
import { partName, writeReport, type ColumnFate, type ImportSummary, type ReportRow } from '../import/report.js';
import { sheetRows, type SheetRow } from '../import/rows.js';
import { readSource } from '../import/source.js';
import { recoverImport, StagedWrites } from '../import/stage.js';
import { STREET_SUPPORTS, type Field } from '../import/synonyms.js';
import { newUnits, unitsBlock, withTypes, withUnits, type NewUnit } from '../import/vocabulary.js';
import { readInputOrFail } from '../io/read-input.js';
import { asRecord } from '../load/data.js';
import { displayPath, findList, refuseListOutput, type ListLocation } from '../load/list.js';
import { readYamlFile } from '../load/read.js';
import { MAX_FILE_BYTES } from '../load/yaml.js';
import { formatters } from '../report/index.js';
import { reportOptions } from './check.js';
import type { CommandContext } from './context.js';

registerMessages(importMessages);

export interface ImportCommandOptions {
  /** Sheet to read; default the first whose rows hold the list header. */
  sheet?: string;
  /** Overwrite matter files that already exist. */
  force?: boolean;
  /** Change nothing in the list; print the files that would be written. */
  dryRun?: boolean;
  /** Unrecognised columns (by header) to leave out instead of keeping their text in the note. */
  ignoreColumn?: string[];
  /** Add units the registry lacks to units.yaml. */
  addUnits?: boolean;
  /** Write the import report to this .md or .xlsx file. */
  report?: string;
}

const PARTS_FILLED: readonly Field[] = ['type', 'name', 'district', 'street', 'basis', 'primary', 'supporting', 'note'];

export async function importCommand(file: string, listArg: string | undefined, opts: ImportCommandOptions, ctx: CommandContext): Promise<number> {
  const { lang } = ctx;
  if (opts.report !== undefined && !/\.(md|xlsx)$/i.test(opts.report)) throw new UsageError(t(lang, 'import.report.bad-ext', { file: opts.report }));
  const location = findList(listArg, ctx.cwd, lang);
  if (opts.report !== undefined) refuseListOutput(resolve(ctx.cwd, opts.report), opts.report, location, lang, [resolve(ctx.cwd, file)]);
  if (!opts.dryRun && recoverImport(location.dir)) ctx.err(`${t(lang, 'import.recovered')}\n`);
  // Each phase returns only what the next needs, so the workbook, then the generated files,
  // can be collected before the list is checked (a 20,000-row import stays within memory).
  const table = await readTable(file, opts, ctx);
  const written = await writeMatters(table, file, location, opts, ctx);
  if (written === undefined) return 0;
  ctx.err(t(lang, 'import.written', { file, count: written, dir: displayPath(location.mattersDir, ctx.cwd) }) + '\n');
  return reportCheck(location.dir, ctx);
}

interface Table {
  rows: SheetRow[];
  sheet: string;
  headerRow: number;
  twoRows: boolean;
  fates: ColumnFate[];
  /** How the file was read (sheet, header row, each column): printed once the rows are in, so
   *  a refusal stays one line. */
  reading: string[];
  /** The street column's header, when it says the streets cooperate (镇街配合职责). */
  streetSupports?: string;
}

async function readTable(file: string, opts: ImportCommandOptions, ctx: CommandContext): Promise<Table> {
  const { lang } = ctx;
  const grids = await readSource(resolve(ctx.cwd, file), file, lang);
  const { grid, header, others } = pickTable(grids, opts.sheet, file, lang);
  const demoted = demoteIdColumn(grid, header);
  if (header.parts.name === undefined) {
    throw new InputError(t(lang, 'import.no-name-column', { file, sheet: grid.name, row: header.row + 1, cells: describeColumns(header, lang) }));
  }
  const { fates, kept } = columnFates(grid, header, opts.ignoreColumn ?? [], demoted, lang);
  const twoRows = header.dataStart === header.row + 2;
  const reading = [
    t(lang, 'import.source', { file, sheet: grid.name, row: header.row + 1, two: twoRows ? t(lang, 'import.source-two-rows') : '' }),
    ...columnLines(fates, lang),
    ...others.map((sheet) => t(lang, 'import.other-sheet', { sheet })),
  ];
  const rows = sheetRows(grid.rows, header, kept);
  if (rows.length === 0) throw new InputError(t(lang, 'import.no-rows', { file, sheet: grid.name, row: header.row + 1 }));
  const street = header.parts.street === undefined ? undefined : header.columns[header.parts.street]?.header;
  return { rows, sheet: grid.name, headerRow: header.row + 1, twoRows, fates, reading, ...(street && STREET_SUPPORTS.test(street) ? { streetSupports: street } : {}) };
}

/** Builds every matter file and writes them (with list.yaml and units.yaml) in one step; the
 *  number written, or undefined for a dry run. */
async function writeMatters(table: Table, file: string, location: ListLocation, opts: ImportCommandOptions, ctx: CommandContext): Promise<number | undefined> {
  const { lang } = ctx;
  const show = (p: string): string => displayPath(p, ctx.cwd);
  const target = importTarget(location, show, lang, ctx.today);
  const types = newTypes(table.rows, target.types);
  const matterIds = matterFileIds(location, show);
  const reserved = adjustmentIds(location, show);
  const planned = assignIds(table.rows, table.sheet, idPrefix(target.idPrefix, matterIds, reserved), [...matterIds, ...reserved], lang);

  const context = table.streetSupports ? { streetSupports: table.streetSupports } : {};
  const modeline = schemaModeline(location.mattersDir);
  const unknown = new Set<string>();
  const reportRows: ReportRow[] = [];
  const paths: string[] = [];
  const stage = opts.dryRun ? undefined : new StagedWrites(location.dir, lang);
  try {
    for (const { row, id } of planned) {
      const path = join(location.mattersDir, `${id}.yaml`);
      if (!opts.force && existsSync(path)) throw new UsageError(t(lang, 'import.exists', { file: show(path) }));
      const built = rowMatter(row, id, target, context);
      for (const u of built.unknownUnits) unknown.add(u);
      reportRows.push(reportRow(row, id, show(path), built.notes, built.unknownUnits, types));
      const text = matterYaml(built.matter, target.normalise, modeline);
      if (stage) stage.add(path, text);
      else ctx.out(`${t(lang, 'import.would-write', { file: show(path) })}\n${text}\n`);
      paths.push(path);
    }
    for (const line of table.reading) ctx.err(`${line}\n`);
    const units = target.units ? newUnits([...unknown], target.units) : [];
    reportVocabulary(types, units, target, opts, ctx, show);
    for (const w of vocabularyWrites(location, target, types, opts.addUnits ? units : [], lang)) stage?.add(w.path, w.text);
    if (opts.report !== undefined) {
      const summary: ImportSummary = { file, sheet: table.sheet, headerRow: table.headerRow, twoRows: table.twoRows, columns: table.fates, rows: reportRows };
      await writeReport(resolve(ctx.cwd, opts.report), summary, lang, manifestDate(location));
      ctx.err(`${t(lang, 'import.report-written', { file: opts.report })}\n`);
    }
  } catch (e) {
    stage?.abort();
    throw e;
  }
  if (!stage) {
    ctx.err(t(lang, 'import.dry-run', { file, count: paths.length }) + '\n');
    return undefined;
  }
  stage.commit();
  ctx.out(paths.map((p) => `${show(p)}\n`).join(''));
  return paths.length;
}

function columnLines(fates: readonly ColumnFate[], lang: Lang): string[] {
  return fates.map((c) => {
    if (c.fate === 'part' && c.part) {
      const how = c.how === 'cue' ? t(lang, 'import.column-cue') : c.how === 'near' ? t(lang, 'import.column-near') : '';
      return t(lang, 'import.column', { letter: c.letter, header: c.header, part: partName(lang, c.part), how });
    }
    const key = c.fate === 'dropped' ? 'import.column-dropped' : c.fate === 'id-demoted' ? 'import.column-id-demoted' : 'import.column-note';
    return t(lang, key, { letter: c.letter, header: c.header });
  });
}

function reportRow(row: SheetRow, id: string, file: string, notes: RowNote[], unknownUnits: string[], types: string[]): ReportRow {
  const extra: RowNote[] = [
    ...unknownUnits.map((unit): RowNote => ({ kind: 'unknown', key: 'import.note.unknown-unit', params: { unit } })),
    ...(types.includes(row.cells.type) ? [{ kind: 'added', key: 'import.note.new-type', params: { type: row.cells.type } } satisfies RowNote] : []),
  ];
  const filled = PARTS_FILLED.filter((p) => row.cells[p] !== '' || (p === 'note' && row.extras.length > 0));
  return { row: row.row, continued: row.continued, id, name: row.cells.name.replace(/\s*\n\s*/g, ''), file, filled, notes: [...notes, ...extra] };
}

/** list.yaml with the new types, units.yaml with the new units: staged with the matters. */
function vocabularyWrites(location: ListLocation, target: ImportTarget, types: string[], units: NewUnit[], lang: Lang): { path: string; text: string }[] {
  const writes: { path: string; text: string }[] = [];
  if (types.length > 0) writes.push({ path: location.manifest, text: withTypes(readInputOrFail(location.manifest, location.manifest, MAX_FILE_BYTES, lang).toString('utf8'), types) });
  if (units.length > 0 && existsSync(target.unitsPath)) {
    const closest = (name: string): string => t(lang, 'import.closest', { name });
    writes.push({ path: target.unitsPath, text: withUnits(readInputOrFail(target.unitsPath, target.unitsPath, MAX_FILE_BYTES, lang).toString('utf8'), units, closest) });
  }
  return writes;
}

function reportVocabulary(types: string[], units: NewUnit[], target: ImportTarget, opts: ImportCommandOptions, ctx: CommandContext, show: (p: string) => string): void {
  const { lang } = ctx;
  if (types.length > 0) ctx.err(`${t(lang, opts.dryRun ? 'import.new-types-dry' : 'import.new-types', { types: types.join('、') })}\n`);
  if (units.length === 0) return;
  const file = show(target.unitsPath);
  if (opts.addUnits && !opts.dryRun) {
    ctx.err(`${t(lang, 'import.units-added', { count: units.length, file })}\n`);
    return;
  }
  ctx.err(`${t(lang, 'import.unknown-units', { count: units.length, file })}\n${unitsBlock(units, (name) => t(lang, 'import.closest', { name }))}\n`);
}

/** The report's document date: the list's effective date, so the same import gives the same bytes. */
function manifestDate(location: ListLocation): string {
  const effective = asRecord(readYamlFile(location.manifest, location.manifest).data)?.effective;
  return typeof effective === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(effective) ? effective : '1980-01-01';
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
