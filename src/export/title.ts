// The block above a table: 附件 label, the title merged across the table, and lines under it.
import type { Worksheet } from 'exceljs';
import { FONTS, font } from './fonts.js';
import { rowHeightFor } from './layout.js';

export interface TitleBlock {
  /** Top-left label, e.g. 附件 (omitted when undefined). */
  annex?: string;
  title: string;
  /** Lines under the title (subtitle, issuers and date), each merged across the table. */
  lines: string[];
  /** Column widths of the table, for merging and row heights. */
  widths: readonly number[];
}

/** Writes the title block from row 1 and returns the next free row number. Commits rows. */
export function writeTitleBlock(sheet: Worksheet, block: TitleBlock): number {
  const span = block.widths.length;
  const total = [block.widths.reduce((a, b) => a + b, 0)];
  let r = 1;
  if (block.annex !== undefined) {
    const row = sheet.getRow(r);
    row.getCell(1).value = block.annex;
    row.getCell(1).font = font(FONTS.annex);
    row.getCell(1).alignment = { horizontal: 'left', vertical: 'middle' };
    row.height = rowHeightFor([block.annex], total, FONTS.annex.size);
    row.commit();
    r++;
  }
  const rows: [string, typeof FONTS.title | typeof FONTS.subtitle][] = [[block.title, FONTS.title], ...block.lines.map((l): [string, typeof FONTS.subtitle] => [l, FONTS.subtitle])];
  for (const [text, role] of rows) {
    sheet.mergeCells(r, 1, r, span);
    const row = sheet.getRow(r);
    row.getCell(1).value = text;
    row.getCell(1).font = font(role);
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    row.height = rowHeightFor([text], total, role.size) + (role === FONTS.title ? 10 : 0);
    row.commit();
    r++;
  }
  return r;
}
