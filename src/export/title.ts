// The block above a table: 附件 label, the title merged across the table, and lines under it.
import type { Worksheet } from 'exceljs';
import { FONTS, font, type FontRole } from './fonts.js';
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

/** Height in points of the rows writeTitleBlock writes. */
export function titleBlockHeight(block: TitleBlock): number {
  return titleRows(block).reduce((sum, r) => sum + r.height, 0);
}

interface TitleRow {
  text: string;
  role: FontRole;
  merged: boolean;
  height: number;
}

function titleRows(block: TitleBlock): TitleRow[] {
  const total = [block.widths.reduce((a, b) => a + b, 0)];
  const row = (text: string, role: FontRole, merged: boolean, extra = 0): TitleRow => ({ text, role, merged, height: rowHeightFor([text], total, role.size) + extra });
  return [
    ...(block.annex !== undefined ? [row(block.annex, FONTS.annex, false)] : []),
    // The title gets air below it, as in printed documents.
    row(block.title, FONTS.title, true, 10),
    ...block.lines.map((l) => row(l, FONTS.subtitle, true)),
  ];
}

/** Writes the title block from row 1 and returns the next free row number. Commits rows. */
export function writeTitleBlock(sheet: Worksheet, block: TitleBlock): number {
  const rows = titleRows(block);
  rows.forEach((t, i) => {
    const r = i + 1;
    if (t.merged) sheet.mergeCells(r, 1, r, block.widths.length);
    const row = sheet.getRow(r);
    const cell = row.getCell(1);
    cell.value = t.text;
    cell.font = font(t.role);
    cell.alignment = t.merged ? { horizontal: 'center', vertical: 'middle', wrapText: true } : { horizontal: 'left', vertical: 'middle' };
    row.height = t.height;
    row.commit();
  });
  return rows.length + 1;
}
