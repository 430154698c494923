import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkList, type CheckedList } from '../check/run.js';
import { InputError, UsageError } from '../errors.js';
import { MAX_SOURCE_BYTES } from '../import/limits.js';
import { importMessages } from '../import/messages.js';
import { readInputOrFail } from '../io/read-input.js';
import { schemaModeline } from '../import/modeline.js';
import { registerMessages, t } from '../i18n/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { displayPath } from '../load/list.js';
import { readYamlFile } from '../load/read.js';
import { convertToPdf, isPdfPath } from '../print/pdf.js';
import { matterHash } from '../review/hash.js';
import { reviewMessages } from '../review/messages.js';
import { mergeRecord, recordText } from '../review/record.js';
import { validateShape } from '../schema/validate.js';
import type { Diagnostic, ReviewEntry, ReviewRecord } from '../types.js';
import type { UnitIndex } from '../units.js';
import { parseDate } from './check.js';
import type { CommandContext } from './context.js';

registerMessages(reviewMessages);
registerMessages(importMessages);

export interface ReviewCommandOptions {
  /** The pack to write (.xlsx, or .pdf through LibreOffice). */
  output?: string;
  /** A filled pack to read back into reviews/<date>.yaml. */
  record?: string;
  /** Who reviewed (default: the reviewing unit, 区司法局). */
  reviewer?: string;
  /** Date of the review (default today): the record's file name. */
  date?: string;
  /** Articles as in force on this date (default today). */
  on?: string;
}

export async function reviewCommand(listArg: string | undefined, opts: ReviewCommandOptions, ctx: CommandContext): Promise<number> {
  if (opts.output !== undefined && opts.record !== undefined) throw new UsageError(t(ctx.lang, 'review.usage.both'));
  if (opts.output === undefined && opts.record === undefined) throw new UsageError(t(ctx.lang, 'review.usage.none'));
  if (opts.output !== undefined) return writePack(listArg, opts.output, opts, ctx);
  return recordReview(listArg, opts.record ?? '', opts, ctx);
}

/** The reviewing unit: the registry's 司法 reviewer, else its first reviewing unit. */
export function reviewingUnit(units: UnitIndex | undefined): string {
  const reviewers = [...(units?.byName.values() ?? [])].filter((u) => u.kind === 'reviewer').map((u) => u.name);
  return reviewers.find((n) => n.includes('司法')) ?? reviewers[0] ?? '区司法局';
}

/** Diagnostics of each valid matter's file, by matter id. */
function findingsByMatter(checked: CheckedList): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of checked.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  return new Map(checked.matters.map((m) => [m.matter.id, byFile.get(m.file) ?? []]));
}

async function writePack(listArg: string | undefined, output: string, opts: ReviewCommandOptions, ctx: CommandContext): Promise<number> {
  if (!/\.(xlsx|pdf)$/i.test(output)) throw new UsageError(t(ctx.lang, 'review.usage.not-xlsx', { file: output }));
  const onDate = parseDate(opts.on, ctx) ?? ctx.today;
  const checked = checkList(listArg, { lang: ctx.lang, onDate, cwd: ctx.cwd });
  const { manifest } = checked;
  if (!manifest) throw new InputError(t(ctx.lang, 'review.no-manifest'));
  const valid = new Set(checked.matters.map((m) => m.file));
  // A matter file that did not pass the schema has diagnostics and no place in checked.matters.
  const mattersShown = `${displayPath(checked.location.mattersDir, ctx.cwd)}/`;
  const leftOut = [...new Set(checked.diagnostics.filter((d) => d.file.startsWith(mattersShown) && !valid.has(d.file)).map((d) => d.file))];
  if (leftOut.length > 0) ctx.err(t(ctx.lang, 'review.left-out', { count: leftOut.length, files: leftOut.join('、') }) + '\n');

  const [{ reviewPack }, { citedArticleTexts }] = await Promise.all([import('../review/pack.js'), import('../export/article-text.js')]);
  const cache = new Map<string, string[]>();
  const pack = await reviewPack({
    manifest,
    matters: checked.matters.map((m) => m.matter),
    findings: findingsByMatter(checked),
    articleTexts: (c) => cache.get(c) ?? cache.set(c, citedArticleTexts(checked.registry, c, onDate)).get(c) ?? [],
    onDate,
    reviewer: reviewingUnit(checked.units),
  });
  const { bytes } = pack;
  const target = resolve(ctx.cwd, output);
  if (isPdfPath(output)) await convertToPdf(bytes, target, ctx.lang, ctx.env);
  else writeFileAtomic(target, bytes, ctx.lang);
  ctx.err(t(ctx.lang, 'review.written', { file: output, matters: pack.matters, pages: pack.pages }) + '\n');
  return 0;
}

async function recordReview(listArg: string | undefined, file: string, opts: ReviewCommandOptions, ctx: CommandContext): Promise<number> {
  const { lang } = ctx;
  if (!/\.xlsx$/i.test(file)) throw new UsageError(t(lang, 'review.record.not-xlsx', { file }));
  const date = parseDate(opts.date, ctx) ?? ctx.today;
  const path = resolve(ctx.cwd, file);
  if (!existsSync(path)) throw new InputError(t(lang, 'review.record.missing', { file }));
  const checked = checkList(listArg, { lang, onDate: ctx.today, cwd: ctx.cwd });

  const [{ readXlsx }, { readFilledReview }] = await Promise.all([import('../import/xlsx.js'), import('../review/read-back.js')]);
  let grids;
  try {
    grids = await readXlsx(readInputOrFail(path, file, MAX_SOURCE_BYTES, lang), file, lang);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(t(lang, 'review.record.unreadable', { file, detail: e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e) }));
  }
  const filled = readFilledReview(grids);
  if (!filled) throw new InputError(t(lang, 'review.record.no-table', { file }));
  if (filled.problems.length > 0) {
    for (const p of filled.problems) ctx.err(t(lang, p.key, { file, sheet: p.sheet, row: p.row, matter: p.matter, value: p.value }) + '\n');
    ctx.err(t(lang, 'review.record.refused', { count: filled.problems.length }) + '\n');
    return 1;
  }
  if (filled.reviewed.length === 0) {
    ctx.err(t(lang, 'review.record.nothing', { file }) + '\n');
    return 1;
  }

  const current = new Map(checked.matters.map((m) => [m.matter.id, matterHash(m.matter)]));
  const unknown = filled.reviewed.filter((r) => !current.has(r.matter)).map((r) => r.matter);
  if (unknown.length > 0) ctx.err(t(lang, 'review.record.unknown', { ids: unknown.join('、') }) + '\n');
  if (filled.hashes.size === 0) ctx.err(t(lang, 'review.record.no-hashes', { file }) + '\n');
  const unit = reviewingUnit(checked.units);
  const reviewer = opts.reviewer?.trim() || unit;
  const entries: ReviewEntry[] = filled.reviewed.filter((r) => current.has(r.matter)).map((r) => ({
    matter: r.matter,
    hash: filled.hashes.get(r.matter) ?? current.get(r.matter) ?? '',
    conclusion: r.conclusion,
    ...(r.opinion !== '' ? { opinion: r.opinion } : {}),
    reviewer,
    date,
  }));
  const changed = entries.filter((e) => e.hash !== current.get(e.matter)).map((e) => e.matter);
  if (changed.length > 0) ctx.err(t(lang, 'review.record.changed', { ids: changed.join('、') }) + '\n');
  if (entries.length === 0) {
    ctx.err(t(lang, 'review.record.nothing', { file }) + '\n');
    return 1;
  }

  const target = join(checked.location.reviewsDir, `${date}.yaml`);
  const shown = displayPath(target, ctx.cwd);
  const existing = existsSync(target) ? readExisting(target, shown, lang) : undefined;
  const version = filled.version ?? checked.manifest?.version;
  const record = mergeRecord(existing, { date, unit, ...(version !== undefined ? { list_version: version } : {}), entries });
  const text = recordText(record, schemaModeline(checked.location.reviewsDir, 'review'));
  // The record must be one check accepts: proved here before it is written.
  const invalid = validateShape('review', record, lang);
  if (invalid.length > 0) throw new InputError(invalid.map((f) => f.message).join(' '));
  writeFileAtomic(target, text, lang);
  const count = (c: string): number => entries.filter((e) => e.conclusion === c).length;
  ctx.err(t(lang, 'review.record.written', {
    file: shown, count: entries.length, lawful: count('合法'), revise: count('需修改'), unlawful: count('不合法'),
    blank: filled.blank.length > 0 ? t(lang, 'review.record.blank', { count: filled.blank.length }) : '',
  }) + '\n');
  return 0;
}

function readExisting(path: string, shown: string, lang: CommandContext['lang']): ReviewRecord {
  const file = readYamlFile(path, shown);
  if (file.problems.length > 0 || validateShape('review', file.data, lang).length > 0) throw new InputError(t(lang, 'review.record.existing', { file: shown }));
  return file.data as ReviewRecord;
}
