// How much room text takes on paper, for every renderer the office may print with: Excel and WPS
// on Windows (仿宋_GB2312, 黑体), LibreOffice anywhere (on Linux the CJK fallback is WenQuanYi and
// Latin falls back to DejaVu Sans). Widths are the widest of those; heights the tallest.
import { eastAsianWidth } from 'get-east-asian-width';

// Advance widths (em) of ASCII 0x20–0x7E in DejaVu Sans, LibreOffice's fallback for Latin text in
// a cell whose Chinese font is missing: wider than the half-em Latin of the GB fonts, so lines
// measured with it fit everywhere.
const ASCII_EM = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337,
  0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531,
  1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787,
  0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5,
  0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612,
  0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
];
/** Other narrow characters (Greek, accented Latin, symbols): the widest DejaVu letters. */
const OTHER_NARROW_EM = 0.8;

const cache = new Float32Array(0x10000);

/** Width of one code point in em of its font. Ambiguous-width characters (“” … —) count as wide:
 *  in a Chinese cell every renderer draws them with the CJK font. */
export function charEm(codePoint: number): number {
  if (codePoint >= 0x20 && codePoint < 0x7f) return ASCII_EM[codePoint - 0x20] ?? 1;
  if (codePoint === 0x09) return ASCII_EM[0] ?? 0.318;
  if (codePoint >= 0x10000) return 1;
  const hit = cache[codePoint];
  if (hit) return hit;
  const width = eastAsianWidth(codePoint, { ambiguousAsWide: true }) === 2 ? 1 : OTHER_NARROW_EM;
  cache[codePoint] = width;
  return width;
}

/** Width in em of a single line of text. */
export function textEm(text: string): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    em += charEm(code);
  }
  return em;
}

// Line pitch: LibreOffice sets WenQuanYi at 1.175 em per line and draws rows up to 2.5 % shorter
// than their stored height (it rounds row edges to its own grid); Excel and WPS set the GB fonts
// at about 1.0–1.15 em. 1.22 em fits the tallest with room to spare.
const LINE_PITCH_EM = 1.22;
/** Space above and below the text of a cell (points). */
const ROW_PADDING_PT = 3;

/** Height in points of a row holding `lines` lines of text at `size` points. */
export function rowHeightPt(lines: number, size: number): number {
  return Math.ceil((Math.max(1, lines) * size * LINE_PITCH_EM + ROW_PADDING_PT) * 4) / 4;
}

/** Lines of text at `size` that fit a row of `points`. */
export function linesInPt(points: number, size: number): number {
  return Math.max(0, Math.floor((points - ROW_PADDING_PT) / (size * LINE_PITCH_EM) + 1e-9));
}

// Column widths are stored in characters of the workbook's default font (Calibri 11). Excel on a
// 96-dpi screen makes one 7 px = 5.25 pt; LibreOffice (with Carlito, the metric twin of Calibri)
// 5.55 pt. A column is planned on Excel's narrower measure, the page on LibreOffice's wider one, so
// the text fits in both and the table fits the page in both.
const EXCEL_PT_PER_UNIT = 5.25;
export const LIBREOFFICE_PT_PER_UNIT = 5.55;
/** Text margins inside a cell, left and right together (Excel's are the wider, 2–3 px a side). */
const CELL_MARGIN_PT = 4.5;
/** Renderers differ slightly in glyph placement: plan lines 2 % shorter than the room measured. */
const SAFETY = 0.98;

/** Column width (in Excel's units) whose text area holds `em` of text at `size` points. */
export function columnWidthFor(em: number, size: number): number {
  return Math.ceil(((em * size) / SAFETY + CELL_MARGIN_PT) / EXCEL_PT_PER_UNIT * 8) / 8;
}

/** Em of text at `size` that one line of a column of `width` units holds. */
export function columnCapacityEm(width: number, size: number): number {
  return ((width * EXCEL_PT_PER_UNIT - CELL_MARGIN_PT) * SAFETY) / size;
}

/** Width of a column on paper in points, as LibreOffice prints it (the wider of the two). */
export function columnWidthPt(width: number): number {
  return width * LIBREOFFICE_PT_PER_UNIT;
}
