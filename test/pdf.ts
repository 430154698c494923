// Printing a workbook the way a reviewer would: LibreOffice headless → PDF → poppler.
import { execFileSync, spawnSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';

export const hasSoffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdfinfo', ['-v']).error === undefined;
if (!hasSoffice) console.warn('skipping the LibreOffice print checks: soffice or pdfinfo not found (apt-get install libreoffice-calc poppler-utils fonts-wqy-microhei)');

export interface PrintedPdf {
  /** Per page: printed landscape (rotation taken into account). */
  landscape: boolean[];
  /** Per page: the text, whitespace removed (-raw keeps a wrapped cell's lines together). */
  texts: string[];
}

/** Converts `xlsx` next to itself with a private LibreOffice profile (parallel runs on one profile block). */
export function printToPdf(xlsx: string): PrintedPdf {
  const dir = dirname(xlsx);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 90_000 });
  const pdf = join(dir, basename(xlsx).replace(/\.xlsx$/i, '.pdf'));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const rotations = [...info.matchAll(/Page\s+\d+ rot:\s+(\d+)/g)].map((m) => Number(m[1]) % 180);
  const landscape = sizes.map(([w = 0, h = 0], i) => (rotations[i] === 90 ? h > w : w > h));
  const texts = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''));
  return { landscape, texts };
}
