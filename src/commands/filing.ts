import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { isApproved } from '../adjust/status.js';
import { checkList, errorCount } from '../check/run.js';
import { diffMessages } from '../diff/messages.js';
import { runDiff, type DiffResult } from '../diff/run.js';
import { InputError, UsageError } from '../errors.js';
import { missingBefore, versionBefore } from '../filing/before.js';
import { PackageFolder } from '../filing/folder.js';
import { INDEX_FILE, MANIFEST_FILE, indexText, manifestJson, type PackageFile } from '../filing/manifest.js';
import { filingMessages } from '../filing/messages.js';
import { hasLegalReview } from '../filing/opinion.js';
import { registerMessages, t } from '../i18n/index.js';
import { displayPath, fileStem } from '../load/list.js';
import { convertToPdf, findSoffice } from '../print/pdf.js';
import { formatters } from '../report/index.js';
import { diagnosticLines } from '../report/stylish.js';
import type { Matter } from '../types.js';
import { reportOptions } from './check.js';
import type { CommandContext } from './context.js';

registerMessages(filingMessages);
registerMessages(diffMessages);

export interface FilingCommandOptions {
  /** Folder to write the package into; default 备案材料-<id>. */
  output?: string;
  /** The version before the adjustment: a git ref … */
  from?: string;
  /** … or a folder. Without either, the record's `before` parts. */
  old?: string;
  /** false with --no-pdf. */
  pdf?: boolean;
}

const zh = (key: string, params?: Record<string, string | number>): string => t('zh', key, params);

export async function filingCommand(id: string, listArg: string | undefined, opts: FilingCommandOptions, ctx: CommandContext): Promise<number> {
  const { lang } = ctx;
  if (opts.from !== undefined && opts.old !== undefined) throw new UsageError(t(lang, 'filing.both-old'));
  const checked = checkList(listArg, { lang, onDate: ctx.today, cwd: ctx.cwd });
  const { location, manifest } = checked;
  const entry = checked.adjustments.find((a) => fileStem(a.file) === id || a.adjustment.id === id);
  const recordPath = join(location.adjustmentsDir, `${id}.yaml`);
  if (!entry && !existsSync(recordPath)) {
    const known = checked.adjustments.map((a) => a.adjustment.id).join('、') || t(lang, 'filing.none');
    throw new InputError(t(lang, 'filing.not-found', { id, dir: displayPath(location.adjustmentsDir, ctx.cwd), known }));
  }
  const record = entry?.adjustment;
  if (record && !isApproved(record)) {
    const state = record.status === 'draft' ? t(lang, 'filing.state.draft') : record.decision ? t(lang, 'filing.state.rejected', { date: record.decision.date }) : t(lang, 'filing.state.pending');
    ctx.err(t(lang, 'filing.unapproved', { id, state }) + '\n');
    return 1;
  }
  const errors = errorCount(checked.diagnostics);
  if (errors > 0 || !record || !manifest) {
    ctx.err(formatters.stylish(checked.diagnostics.filter((d) => d.severity === 'error'), reportOptions(checked, ctx.today, ctx)));
    ctx.err(t(lang, 'filing.refused', { errors: Math.max(errors, 1) }) + '\n');
    return 1;
  }

  // The version before: named, or rebuilt from the record.
  let before: string | undefined;
  if (opts.from === undefined && opts.old === undefined) {
    const missing = missingBefore(record, location);
    if (missing) throw new UsageError(t(lang, 'filing.no-before', { id, matter: missing.matter }));
    before = versionBefore(record, resolve(location.dir, 'adjustments', basename(entry?.file ?? `${id}.yaml`)), location);
  }
  let diff: DiffResult;
  try {
    diff = runDiff({ listArg: location.dir, ...(opts.from !== undefined ? { from: opts.from } : {}), ...(before ?? opts.old ? { old: before ?? opts.old } : {}), lang, cwd: ctx.cwd });
  } finally {
    if (before) rmSync(before, { recursive: true, force: true });
  }
  if (diff.loadDiagnostics.length > 0) {
    ctx.err([...diagnosticLines(diff.loadDiagnostics, lang, ctx.color), t(lang, 'filing.load-failed', { count: new Set(diff.loadDiagnostics.map((d) => d.file)).size })].join('\n') + '\n');
    return 2;
  }
  const ids = new Set(record.items.map((i) => i.matter));
  const changes = diff.changes.filter((c) => ids.has(c.id));
  const unchanged = [...ids].filter((m) => !changes.some((c) => c.id === m));
  if (unchanged.length > 0) ctx.err(t(lang, 'filing.unchanged', { id, ids: unchanged.join('、') }) + '\n');
  const forRecord: DiffResult = { ...diff, changes, approval: { ...diff.approval, unapproved: new Set([...diff.approval.unapproved].filter((m) => ids.has(m))) } };
  if (!hasLegalReview(record, checked.latestReviews)) ctx.err(t(lang, 'filing.no-review', { id }) + '\n');

  const [{ applicationForm }, { reviewOpinion }, { comparisonWorkbook }, { workbookBytes }, { buildListWorkbook }] = await Promise.all([
    import('../filing/application.js'), import('../filing/opinion.js'), import('../diff/workbook.js'), import('../export/index.js'), import('../export/build.js'),
  ]);
  const matters = new Map<string, Matter>(checked.matters.map((m) => [m.matter.id, m.matter]));
  // Removed matters are named as the older version named them.
  const removedNames = new Map(changes.filter((c) => c.kind === 'remove').map((c) => [c.id, c.name]));
  const documents: { base: string; title: string; bytes: Buffer }[] = [];
  const app = applicationForm(record, manifest, matters, removedNames);
  documents.push({ base: `1-${zh('filing.doc.application')}`, title: zh('filing.doc.application'), bytes: await workbookBytes(app.workbook, app.props) });
  const comparison = comparisonWorkbook(forRecord);
  documents.push({ base: `2-${zh('filing.doc.comparison')}`, title: zh('filing.doc.comparison'), bytes: await workbookBytes(comparison.workbook, comparison.props) });
  const opinion = reviewOpinion(record, manifest, matters, removedNames, checked.latestReviews);
  documents.push({ base: `3-${zh('filing.doc.opinion')}`, title: zh('filing.doc.opinion'), bytes: await workbookBytes(opinion.workbook, opinion.props) });
  const list = await buildListWorkbook({ manifest, ...(checked.units ? { units: checked.units } : {}), matters: [...matters.values()] });
  const listTitle = zh('filing.doc.list', { version: manifest.version });
  documents.push({ base: `4-${listTitle}`, title: listTitle, bytes: list.bytes });

  // Each document, then its PDF where LibreOffice is at hand.
  const files: PackageFile[] = [];
  const office = opts.pdf !== false ? findSoffice(ctx.env ?? process.env) : undefined;
  if (opts.pdf !== false && !office) ctx.err(t(lang, 'filing.no-office') + '\n');
  const scratch = office ? mkdtempSync(join(tmpdir(), 'dutylist-filing-')) : undefined;
  try {
    for (const d of documents) {
      files.push({ file: `${d.base}.xlsx`, title: d.title, bytes: d.bytes });
      if (!scratch) continue;
      const pdf = join(scratch, `${d.base}.pdf`);
      await convertToPdf(d.bytes, pdf, lang, ctx.env);
      files.push({ file: `${d.base}.pdf`, title: zh('filing.doc.pdf', { title: d.title }), bytes: readFileSync(pdf) });
    }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }

  const output = opts.output ?? `备案材料-${id}`;
  const folder = new PackageFolder(resolve(ctx.cwd, output), output, lang);
  try {
    const index = Buffer.from(indexText(record, manifest, files), 'utf8');
    const listed = [...files, { file: INDEX_FILE, title: zh('filing.doc.index'), bytes: index }];
    for (const f of listed) folder.write(f.file, f.bytes);
    folder.write(MANIFEST_FILE, manifestJson(record, manifest, listed));
    folder.commit();
  } catch (e) {
    folder.discard();
    throw e;
  }
  ctx.err(t(lang, 'filing.written', { dir: output, count: files.length + 2, files: files.map((f) => f.file).join('、') }) + '\n');
  return 0;
}
