import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { reviewCommand, type ReviewCommandOptions } from '../../src/commands/review.js';
import { fakeContext } from '../context.js';

export const LIST = 'lists/huangpi-culture-tourism';
export const TODAY = '2025-06-01';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dutylist-review-'));
}

export async function runReview(cwd: string, opts: ReviewCommandOptions, list = LIST): Promise<{ code: number; err: string }> {
  const c = fakeContext(cwd, { today: TODAY });
  const code = await reviewCommand(list, opts, c.ctx);
  return { code, err: c.stderr() };
}

/** What a reviewer writes, by matter id. */
export type Filling = Record<string, { conclusion?: string; opinion?: string }>;

/**
 * Fills a pack as a reviewer's spreadsheet would leave it: conclusions and opinions typed in,
 * a note row inserted above the table (every row moves down), two matters' rows swapped, a
 * remark in a cell beside the table.
 */
export async function fillPack(pack: string, target: string, filling: Filling): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pack);
  const sheet = wb.getWorksheet('合法性审查') as ExcelJS.Worksheet;
  let header = 0;
  sheet.eachRow((row, n) => {
    if (header === 0 && row.values && (row.values as unknown[]).includes('审查结论')) header = n;
  });
  const col = (name: string): number => (sheet.getRow(header).values as unknown[]).indexOf(name);
  const [id, opinion, conclusion] = [col('事项编码'), col('审查意见'), col('审查结论')];
  const seen = new Set<string>();
  for (let r = header + 1; r <= sheet.rowCount; r++) {
    const matter = String(sheet.getCell(r, id).value ?? '');
    const fill = filling[matter];
    if (!fill || seen.has(matter)) continue;
    seen.add(matter);
    if (fill.conclusion !== undefined) sheet.getCell(r, conclusion).value = fill.conclusion;
    if (fill.opinion !== undefined) sheet.getCell(r, opinion).value = fill.opinion;
  }
  // Two rows swapped (values only), a remark beside the table, a note above it.
  const a = header + 1;
  const b = header + 3;
  const va = sheet.getRow(a).values;
  const vb = sheet.getRow(b).values;
  sheet.getRow(a).values = vb;
  sheet.getRow(b).values = va;
  sheet.getCell(a, 12).value = '已核对';
  sheet.spliceRows(1, 0, ['审查说明：本表经区司法局行政执法监督科审查。']);
  await wb.xlsx.writeFile(target);
}

/** Opens a workbook in LibreOffice and saves it again as .xlsx (what a reviewer's office suite does). */
export function resaveWithLibreOffice(xlsx: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dutylist-resave-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), xlsx], { stdio: 'ignore', timeout: 120_000 });
  const out = join(dir, 'out', readdirSync(join(dir, 'out'))[0] ?? '');
  const target = join(dirname(xlsx), `resaved-${basename(xlsx)}`);
  renameSync(out, target);
  return target;
}
