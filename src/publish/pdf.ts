// The PDF of the issued workbook, offered beside it where LibreOffice is installed: made by the
// one converter every printed output uses (src/print/pdf.ts). Without LibreOffice, or when it
// fails, the site offers the workbook alone and the command says so in one line. LibreOffice
// stamps the time into the PDF, so this one file of the site differs from run to run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { convertToPdf, findSoffice } from '../print/pdf.js';

export type WorkbookPdf = { pdf: Uint8Array } | { skipped: 'no-office' } | { skipped: 'failed'; detail: string };

export async function workbookPdf(xlsx: Uint8Array, lang: Lang, env: NodeJS.ProcessEnv = process.env): Promise<WorkbookPdf> {
  if (!findSoffice(env)) return { skipped: 'no-office' };
  const dir = mkdtempSync(join(tmpdir(), 'dutylist-site-pdf-'));
  try {
    const target = join(dir, 'list.pdf');
    await convertToPdf(xlsx, target, lang, env);
    return { pdf: readFileSync(target) };
  } catch (e) {
    if (e instanceof InputError) return { skipped: 'failed', detail: e.message };
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
