import { checkList, type CheckedList } from '../check/run.js';
import { isCalendarDate } from '../dates.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { closeSync, constants, fstatSync, openSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { NONBLOCK } from '../io/read-input.js';
import { refuseListOutput } from '../load/list.js';
import { formatters, markdownSummary, type FormatName, type ReportOptions } from '../report/index.js';
import { summaryOf } from '../report/summary.js';
import type { CommandContext } from './context.js';

export interface CheckCommandOptions {
  format: string;
  on?: string;
  maxWarnings?: string;
  output?: string;
}

export async function checkCommand(listArg: string | undefined, opts: CheckCommandOptions, ctx: CommandContext): Promise<number> {
  const format = opts.format as FormatName;
  // Own keys only: toString, constructor or __proto__ is no format.
  if (!Object.hasOwn(formatters, format)) {
    throw new UsageError(t(ctx.lang, 'usage.format', { format: opts.format, allowed: Object.keys(formatters).join(', ') }));
  }
  const onDate = parseDate(opts.on, ctx) ?? ctx.today;
  const maxWarnings = parseCount(opts.maxWarnings, ctx);
  const result = checkList(listArg, { lang: ctx.lang, onDate, cwd: ctx.cwd, keepMatters: false });
  const report = { ...reportOptions(result, onDate, ctx, ctx.color && !opts.output && format === 'stylish'), ...(maxWarnings === undefined ? {} : { maxWarnings }) };
  const text = formatters[format](result.diagnostics, report);
  if (opts.output) {
    refuseListOutput(resolve(ctx.cwd, opts.output), opts.output, result.location, ctx.lang);
    writeFileAtomic(resolve(ctx.cwd, opts.output), text, ctx.lang);
  }
  else ctx.out(text);
  if (format === 'github') githubSummary(result.diagnostics, report, ctx);
  const summary = summaryOf(result.diagnostics, report);
  // The machine formats carry no summary line: say on stderr why warnings alone fail the run.
  if (summary.failed && summary.errors === 0 && format !== 'stylish' && format !== 'github') {
    ctx.err(t(ctx.lang, 'check.too-many-warnings', { warnings: summary.warnings, max: maxWarnings ?? 0 }) + '\n');
  }
  return summary.failed ? 1 : 0;
}

/** How a checked list is reported: counts, dates and the user's language and colour. */
export function reportOptions(checked: CheckedList, onDate: string, ctx: CommandContext, color = ctx.color): ReportOptions {
  return {
    lang: ctx.lang,
    color,
    fileCount: checked.fileCount,
    onDate,
    ...(checked.manifest ? { effective: checked.manifest.effective } : {}),
    cwd: ctx.cwd,
  };
}

// Annotations go to stdout; the job summary page gets a table, and the log a closing line.
function githubSummary(diagnostics: Parameters<typeof markdownSummary>[0], report: ReportOptions, ctx: CommandContext): void {
  const summaryFile = (ctx.env ?? process.env).GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    try {
      appendSummary(summaryFile, markdownSummary(diagnostics, report) + '\n');
    } catch {
      ctx.err(t(ctx.lang, 'check.summary-unwritable', { file: summaryFile }) + '\n');
    }
  }
  ctx.err(summaryOf(diagnostics, report).text + '\n');
}

/** Appends to the summary file, which must be a regular file: a FIFO or device there would
 *  block the job or swallow the text (opened without blocking, then looked at). */
function appendSummary(path: string, text: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | NONBLOCK, 0o644);
  try {
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

export function parseDate(value: string | undefined, ctx: CommandContext): string | undefined {
  if (value === undefined) return undefined;
  if (!isCalendarDate(value)) throw new UsageError(t(ctx.lang, 'usage.date', { value }));
  return value;
}

function parseCount(value: string | undefined, ctx: CommandContext): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(t(ctx.lang, 'usage.count', { value }));
  return Number(value);
}
