import { basename, resolve } from 'node:path';
import { checkList, errorCount } from '../check/run.js';
import { InputError, UsageError } from '../errors.js';
import { messages } from '../export/messages.js';
import { registerMessages, t } from '../i18n/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { refuseListOutput } from '../load/list.js';
import { convertToPdf, isPdfPath } from '../print/pdf.js';
import { formatters } from '../report/index.js';
import { parseDate, reportOptions } from './check.js';
import type { CommandContext } from './context.js';

registerMessages(messages);

export interface ExportCommandOptions {
  /** Workbook (.xlsx) or PDF (.pdf, through LibreOffice) to write; default `<list title>.xlsx` in the working directory. */
  output?: string;
  /** The cited articles' texts, on a sheet of their own (依据条文). */
  withText?: boolean;
  /** Date citations are resolved on (YYYY-MM-DD); default today. */
  on?: string;
}

export async function exportCommand(listArg: string | undefined, opts: ExportCommandOptions, ctx: CommandContext): Promise<number> {
  if (opts.output !== undefined && !/\.(xlsx|pdf)$/i.test(opts.output)) throw new UsageError(t(ctx.lang, 'export.not-xlsx', { file: opts.output }));
  const onDate = parseDate(opts.on, ctx) ?? ctx.today;
  const checked = checkList(listArg, { lang: ctx.lang, onDate, cwd: ctx.cwd });
  const errors = errorCount(checked.diagnostics);
  if (checked.diagnostics.length > 0 || errors > 0) {
    ctx.err(formatters.stylish(checked.diagnostics, reportOptions(checked, onDate, ctx)));
  }
  if (errors > 0) {
    ctx.err(t(ctx.lang, 'export.refused', { errors }) + '\n');
    return 1;
  }
  const { manifest } = checked;
  if (!manifest) throw new InputError(t(ctx.lang, 'export.no-manifest'));

  // Named as the office names the document: its title (characters Windows forbids in names dropped).
  const output = opts.output ?? `${manifest.title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim() || basename(checked.location.dir)}.xlsx`;
  // exceljs is heavy; only this command loads it.
  const [{ buildListWorkbook }, { citedArticleTexts }, { progressBar }] = await Promise.all([
    import('../export/build.js'), import('../export/article-text.js'), import('../export/progress.js'),
  ]);
  const cache = new Map<string, string[]>();
  const articleTexts = opts.withText
    ? (citation: string): string[] => cache.get(citation) ?? cache.set(citation, citedArticleTexts(checked.registry, citation, onDate)).get(citation) ?? []
    : undefined;
  const progress = progressBar(checked.matters.length, t(ctx.lang, 'export.progress'), ctx.progress === true, ctx.status ?? ctx.err);
  const workbook = await buildListWorkbook({
    manifest,
    ...(checked.units ? { units: checked.units } : {}),
    matters: checked.matters.map((m) => m.matter),
    ...(articleTexts ? { articleTexts } : {}),
    onMatter: (i) => progress.update(i + 1),
  });
  progress.end();
  const target = resolve(ctx.cwd, output);
  refuseListOutput(target, output, checked.location, ctx.lang);
  if (isPdfPath(output)) await convertToPdf(workbook.bytes, target, ctx.lang, ctx.env);
  else writeFileAtomic(target, workbook.bytes, ctx.lang);
  if (workbook.overPage.length > 0) {
    ctx.err(t(ctx.lang, 'export.over-page', { count: workbook.overPage.length, ids: workbook.overPage.join('、') }) + '\n');
  }
  ctx.err(t(ctx.lang, 'export.written', { file: output, matters: checked.matters.length, pages: workbook.pages, sheets: workbook.sheets.map((n) => `「${n}」`).join('') }) + '\n');
  return 0;
}
