// The sheet of paper: A4, margins as the office prints annex tables, and the room left for the table.
import { LIBREOFFICE_PT_PER_UNIT } from './metrics.js';

export type Orientation = 'landscape' | 'portrait';

const CM = 72 / 2.54;
const A4 = { short: 595.28, long: 841.89 };

/** Margins in points. GB/T 9704 puts a landscape table's top edge at the binding, so the top
 *  margin carries the binding allowance; the footer holds the page number "— 1 —". */
export const MARGINS_PT = { top: 2.2 * CM, bottom: 1.5 * CM, left: 1.5 * CM, right: 1.5 * CM, header: 0.8 * CM, footer: 0.6 * CM };

/** Room for the table on one page, in points. */
export function printableArea(orientation: Orientation): { width: number; height: number } {
  const [w, h] = orientation === 'landscape' ? [A4.long, A4.short] : [A4.short, A4.long];
  return { width: w - MARGINS_PT.left - MARGINS_PT.right, height: h - MARGINS_PT.top - MARGINS_PT.bottom };
}

/** Total column width (Excel units) that prints one page wide at 100 % in every renderer. */
export function tableWidthUnits(orientation: Orientation): number {
  // 1.5 % short of the page: LibreOffice rounds column edges to its own grid, and below 100 % its
  // fit-to-width would shrink the whole table.
  return (printableArea(orientation).width * 0.985) / LIBREOFFICE_PT_PER_UNIT;
}

/** The fit-to-width scale a table of these widths prints at (1 when it fits). */
export function printScale(widths: readonly number[], orientation: Orientation): number {
  const tablePt = widths.reduce((sum, w) => sum + w, 0) * LIBREOFFICE_PT_PER_UNIT;
  return Math.min(1, printableArea(orientation).width / tablePt);
}

/** Margins in inches, as exceljs writes them. */
export function marginsInches(): Record<keyof typeof MARGINS_PT, number> {
  const inch = (pt: number): number => Math.round((pt / 72) * 1000) / 1000;
  return {
    top: inch(MARGINS_PT.top), bottom: inch(MARGINS_PT.bottom), left: inch(MARGINS_PT.left),
    right: inch(MARGINS_PT.right), header: inch(MARGINS_PT.header), footer: inch(MARGINS_PT.footer),
  };
}
