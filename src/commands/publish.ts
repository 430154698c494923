import { relative, resolve } from 'node:path';
import { checkList, errorCount } from '../check/run.js';
import { diffMessages } from '../diff/messages.js';
import { InputError } from '../errors.js';
import { registerMessages, t } from '../i18n/index.js';
import { asRecord } from '../load/data.js';
import { findList } from '../load/list.js';
import { readYamlFile } from '../load/read.js';
import { fileSize } from '../publish/index-page.js';
import { messages } from '../publish/messages.js';
import { siteModel } from '../publish/model.js';
import { INDEX_PAGE } from '../publish/paths.js';
import { workbookPdf } from '../publish/pdf.js';
import { siteFiles } from '../publish/site.js';
import { writeSite } from '../publish/write.js';
import { formatters } from '../report/index.js';
import { parseDate, reportOptions } from './check.js';
import type { CommandContext } from './context.js';

registerMessages(messages);
registerMessages(diffMessages);

export interface PublishCommandOptions {
  /** Folder to write the site into; default `site` in the working directory. */
  output?: string;
  /** Date whose law versions the citations link to (YYYY-MM-DD); default the list's effective date. */
  on?: string;
}

export async function publishCommand(listArg: string | undefined, opts: PublishCommandOptions, ctx: CommandContext): Promise<number> {
  const onDate = parseDate(opts.on, ctx) ?? effectiveDate(listArg, ctx) ?? ctx.today;
  const checked = checkList(listArg, { lang: ctx.lang, onDate, cwd: ctx.cwd });
  const errors = errorCount(checked.diagnostics);
  if (checked.diagnostics.length > 0) ctx.err(formatters.stylish(checked.diagnostics, reportOptions(checked, onDate, ctx)));
  if (errors > 0) {
    ctx.err(t(ctx.lang, 'publish.refused', { errors }) + '\n');
    return 1;
  }
  const { manifest, units } = checked;
  if (!manifest || !units) throw new InputError(t(ctx.lang, 'publish.no-manifest'));

  const matters = checked.matters.map((m) => m.matter);
  const model = siteModel({ manifest, units, registry: checked.registry, onDate, matters, adjustments: checked.adjustments.map((a) => a.adjustment) });
  // exceljs is heavy; only the commands that write workbooks load it.
  const { buildListWorkbook } = await import('../export/build.js');
  const workbook = await buildListWorkbook({ manifest, units, matters });
  const name = `${manifest.title}（${manifest.version}）`;
  const made = await workbookPdf(workbook.bytes, ctx.lang, ctx.env);
  const pdf = 'pdf' in made ? made.pdf : undefined;
  if ('skipped' in made) ctx.err(`${made.skipped === 'no-office' ? t(ctx.lang, 'publish.no-pdf', { office: 'LibreOffice' }) : t(ctx.lang, 'publish.pdf-failed', { detail: made.detail })}\n`);
  const output = opts.output ?? 'site';
  const written = writeSite(resolve(ctx.cwd, output), siteFiles(model, { name, xlsx: workbook.bytes, ...(pdf ? { pdf } : {}) }), ctx.lang);
  ctx.err(t(ctx.lang, 'publish.written', { dir: output, matters: model.matters.length, laws: model.laws.length, files: written.files, size: fileSize(written.bytes) }) + '\n');
  ctx.err(t(ctx.lang, 'publish.open', { index: relative(ctx.cwd, resolve(ctx.cwd, output, INDEX_PAGE)) || INDEX_PAGE }) + '\n');
  return 0;
}

// Citations link to the law versions in force when the list took effect, unless --on says otherwise;
// check validates list.yaml itself, so a missing or malformed date just falls back to today.
function effectiveDate(listArg: string | undefined, ctx: CommandContext): string | undefined {
  const location = findList(listArg, ctx.cwd, ctx.lang);
  const effective = asRecord(readYamlFile(location.manifest, location.manifest).data)?.effective;
  return typeof effective === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(effective) ? effective : undefined;
}
