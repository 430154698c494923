// An .xlsx workbook as plain text grids, one per sheet. The zip is measured first (inflated size,
// rows per sheet) so exceljs never holds a bomb or a million rows; exceljs is loaded here, on
// demand, so no module `check` imports pulls it in.
import type { Worksheet } from 'exceljs';
import { InputError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { cellText, type SheetGrid } from './grid.js';
import { MAX_IMPORT_ROWS } from './limits.js';
import { InflateBudget, measureZip, openZip } from './zip.js';

export async function readXlsx(bytes: Uint8Array, shown: string, lang: Lang): Promise<SheetGrid[]> {
  const budget = new InflateBudget();
  const zip = await openZip(bytes, budget);
  const tooMany = (): InputError => new InputError(t(lang, 'import.too-many-rows', { file: shown, max: MAX_IMPORT_ROWS }));
  await measureZip(zip, budget, (name) => (/^xl\/worksheets\/[^/]+\.xml$/.test(name) ? rowCounter(tooMany) : undefined));
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type (an ArrayBuffer); a Node Buffer is what it reads.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: gridOf(sheet) }));
}

/** Counts <row> elements as a sheet streams by (a tag may straddle two chunks), and stops the
 *  inflating as soon as the sheet has more rows than one import takes. */
function rowCounter(tooMany: () => Error): (text: string) => void {
  let tail = '';
  let count = 0;
  return (text) => {
    const s = tail + text;
    count += s.match(/<row[\s>]/g)?.length ?? 0;
    if (count > MAX_IMPORT_ROWS) throw tooMany();
    // Keep a partial "<row" for the next chunk, never a whole one (it was counted).
    const cut = s.lastIndexOf('<');
    tail = cut >= 0 && s.length - cut < 5 ? s.slice(cut) : '';
  };
}

function gridOf(sheet: Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows[number - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}
