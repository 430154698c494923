// Printing a workbook the way a reviewer would: LibreOffice headless → PDF → poppler, and the
// figures a reader sees measured on the PDF: pages, type size on paper (a full-width character's
// advance is its size), how full each page is, lines that break against 禁则.
import { execFileSync, spawnSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';

export const hasSoffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdfinfo', ['-v']).error === undefined;
if (!hasSoffice) console.warn('skipping the LibreOffice print checks: soffice or pdfinfo not found (apt-get install libreoffice-calc poppler-utils fonts-wqy-microhei fonts-crosextra-carlito)');

export interface PdfLine {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  /** Type size estimated from full-width characters (0 when the line has none to measure). */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  /** Printed landscape (rotation taken into account). */
  landscape: boolean;
  lines: PdfLine[];
  /** The text, whitespace removed (-raw keeps a wrapped cell's lines together). */
  text: string;
}

export interface PrintedPdf {
  pdf: string;
  pages: PdfPage[];
  /** Per page, as `pages[i].landscape` (kept for older callers). */
  landscape: boolean[];
  /** Per page, as `pages[i].text`. */
  texts: string[];
}

/** Converts `xlsx` next to itself with a private LibreOffice profile (parallel runs on one profile block). */
export function printToPdf(xlsx: string): PrintedPdf {
  const dir = dirname(xlsx);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 120_000 });
  return readPdf(join(dir, basename(xlsx).replace(/\.xlsx$/i, '.pdf')));
}

const WIDE = /^[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e\u201c\u201d\u2018\u2019\u2014\u2026]+$/u;

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Pages, lines (with bounding boxes) and text of a PDF. */
export function readPdf(pdf: string): PrintedPdf {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const rotations = [...info.matchAll(/Page\s+\d+ rot:\s+(\d+)/g)].map((m) => Number(m[1]) % 180);
  const layout = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const pages: PdfPage[] = [];
  for (const [i, m] of [...layout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].entries()) {
    const width = Number(m[1]);
    const height = Number(m[2]);
    const lines: PdfLine[] = [];
    for (const l of (m[3] ?? '').matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...(l[5] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((w) => ({ x0: Number(w[1]), x1: Number(w[2]), text: decode(w[3] ?? '') }));
      const measurable = words.filter((w) => WIDE.test(w.text) && [...w.text].length >= 2);
      const sizes = measurable.map((w) => (w.x1 - w.x0) / [...w.text].length);
      lines.push({
        text: words.map((w) => w.text).join(''),
        xMin: Number(l[1]), yMin: Number(l[2]), xMax: Number(l[3]), yMax: Number(l[4]),
        size: sizes.length > 0 ? Math.min(...sizes) : 0,
      });
    }
    const text = execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const landscape = rotations[i] === 90 ? height > width : width > height;
    pages.push({ width, height, landscape, lines, text });
  }
  if (pages.length !== count) throw new Error(`pdftotext saw ${pages.length} pages, pdfinfo ${count}`);
  return { pdf, pages, landscape: pages.map((p) => p.landscape), texts: pages.map((p) => p.text) };
}

/** The page number line "— n —" in the footer. */
export function isFooter(line: PdfLine): boolean {
  return /^—\d+—$/.test(line.text.replace(/\s+/g, ''));
}

/** Smallest type size (points) of the page's measurable text, the footer left out. */
export function smallestSize(page: PdfPage): number {
  const sizes = page.lines.filter((l) => !isFooter(l) && l.size > 0).map((l) => l.size);
  return sizes.length > 0 ? Math.min(...sizes) : Infinity;
}

/** Share of the room between the top and bottom margins (points) that the text reaches down to. */
export function pageFill(page: PdfPage, margins: { top: number; bottom: number }): number {
  const bottom = Math.max(0, ...page.lines.filter((l) => !isFooter(l)).map((l) => l.yMax));
  return (bottom - margins.top) / (page.height - margins.top - margins.bottom);
}

const NO_START = new Set('，。、；：？！）》」』〕】”’');
const NO_END = new Set('（《「『〔【“‘');

/** Lines that start with closing punctuation or end with opening punctuation. */
export function kinsokuBreaks(pages: readonly PdfPage[]): string[] {
  return pages.flatMap((p) => p.lines.map((l) => l.text.trim()).filter((t) => t !== '' && (NO_START.has(t[0] ?? '') || NO_END.has(t[t.length - 1] ?? ''))));
}

const squeezeText = (s: string): string => s.replace(/\s+/g, '');

/** Whether `text` is printed: on one page, or begun at the foot of one page and finished on the next. */
export function printed(pages: readonly PdfPage[], text: string): boolean {
  const s = squeezeText(text);
  return pages.some((p, i) => {
    if (p.text.includes(s)) return true;
    const next = pages[i + 1]?.text ?? '';
    for (let cut = 1; cut < s.length; cut++) if (p.text.includes(s.slice(0, cut)) && !p.text.includes(s.slice(0, cut + 1)) && next.includes(s.slice(cut))) return true;
    return false;
  });
}
