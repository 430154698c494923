import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { registerMessages, t } from '../i18n/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { findList, refuseListOutput } from '../load/list.js';
import { diffFormatters, type DiffFormatName } from '../diff/format/index.js';
import { findingLines } from '../diff/format/findings.js';
import { diagnosticLines } from '../report/stylish.js';
import { diffMessages } from '../diff/messages.js';
import { checkNewVersion } from '../diff/new-version.js';
import { runDiff } from '../diff/run.js';
import { errorCount } from '../check/run.js';
import { convertToPdf, isPdfPath } from '../print/pdf.js';
import { formatters } from '../report/index.js';
import { reportOptions } from './check.js';
import type { CommandContext } from './context.js';

registerMessages(diffMessages);

export interface DiffCommandOptions {
  from?: string;
  to?: string;
  old?: string;
  format?: string;
  output?: string;
  requireApproval?: boolean;
}

const FORMATS = [...Object.keys(diffFormatters), 'xlsx'];

export async function diffCommand(listArg: string | undefined, opts: DiffCommandOptions, ctx: CommandContext): Promise<number> {
  const { lang } = ctx;
  const format = opts.format ?? (opts.output && /\.(xlsx|pdf)$/i.test(opts.output) ? 'xlsx' : 'text');
  if (!FORMATS.includes(format)) throw new UsageError(t(lang, 'diff.usage.format', { format, allowed: FORMATS.join(', ') }));
  if (format === 'xlsx' && !opts.output) throw new UsageError(t(lang, 'diff.usage.xlsx-output'));
  if (format === 'xlsx' && opts.output && !/\.(xlsx|pdf)$/i.test(opts.output)) throw new UsageError(t(lang, 'diff.usage.output-kind', { file: opts.output }));

  if (opts.output !== undefined) refuseListOutput(resolve(ctx.cwd, opts.output), opts.output, findList(listArg, ctx.cwd, lang), lang);
  const result = runDiff({ listArg, from: opts.from, to: opts.to, old: opts.old, lang, cwd: ctx.cwd });
  if (result.loadDiagnostics.length > 0) {
    ctx.err([...diagnosticLines(result.loadDiagnostics, lang, ctx.color), t(lang, 'diff.load-failed', { count: new Set(result.loadDiagnostics.map((d) => d.file)).size })].join('\n') + '\n');
    return 2;
  }
  if (result.recordDiagnostics.length > 0) ctx.err(diagnosticLines(result.recordDiagnostics, lang, ctx.color).join('\n') + '\n');
  const approval = opts.requireApproval === true;
  const output = opts.output === undefined ? undefined : resolve(ctx.cwd, opts.output);

  if (format === 'xlsx' && output) {
    // A filing document only for a new version that passes check, as export issues only a clean list.
    const checked = checkNewVersion({ listArg, ...(opts.to !== undefined ? { to: opts.to } : {}), lang, cwd: ctx.cwd, onDate: ctx.today });
    const errors = errorCount(checked.diagnostics);
    if (errors > 0) {
      ctx.err(formatters.stylish(checked.diagnostics.filter((d) => d.severity === 'error'), reportOptions(checked, ctx.today, ctx)));
      ctx.err(t(lang, 'diff.refused', { errors }) + '\n');
      return 1;
    }
    const [{ comparisonWorkbook }, { workbookBytes }] = await Promise.all([import('../diff/workbook.js'), import('../export/index.js')]);
    const { workbook, props } = comparisonWorkbook(result);
    const bytes = await workbookBytes(workbook, props);
    if (isPdfPath(output)) await convertToPdf(bytes, output, lang, ctx.env);
    else writeFileAtomic(output, bytes, lang);
    ctx.err(t(lang, 'diff.written', { file: opts.output ?? '', count: result.changes.length }) + '\n');
    if (approval) ctx.out(findingLines(result.approval.findings, lang, ctx.color).join('\n') + '\n');
  } else {
    const name = format as DiffFormatName;
    const text = diffFormatters[name](result, { lang, color: ctx.color && !opts.output && name === 'text', approval });
    if (output) writeFileAtomic(output, text, lang);
    else ctx.out(text);
  }
  if (!approval) return 0;
  const errors = result.approval.findings.filter((f) => f.severity === 'error').length + result.recordDiagnostics.filter((d) => d.severity === 'error').length;
  return errors > 0 ? 1 : 0;
}
