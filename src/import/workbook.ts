// An .xlsx file as plain text grids, one per sheet. exceljs is loaded here, on demand, so no
// module `check` imports pulls it in.
import { existsSync, statSync } from 'node:fs';
import type { Worksheet } from 'exceljs';
import { InputError, UsageError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';

/** One worksheet as cell texts: `rows[i][j]` is row i+1, column j+1; missing cells are ''. */
export interface SheetGrid {
  name: string;
  rows: string[][];
}

export async function readWorkbook(path: string, shown: string, lang: Lang): Promise<SheetGrid[]> {
  if (!existsSync(path)) throw new InputError(t(lang, 'import.missing', { file: shown }));
  if (!/\.xls[xm]$/i.test(path) || !statSync(path).isFile()) throw new UsageError(t(lang, 'import.not-xlsx', { file: shown }));
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    throw new InputError(t(lang, 'import.unreadable', { file: shown, detail: e instanceof Error ? e.message.split('\n')[0] ?? e.name : String(e) }));
  }
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: gridOf(sheet) }));
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

/** What a cell shows, as text: rich text runs joined, a formula's cached result, a link's text. */
export function cellText(value: unknown): string {
  return normalise(rawText(value));
}

function rawText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((run: unknown) => rawText(typeof run === 'object' && run !== null && 'text' in run ? run.text : '')).join('');
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? rawText(value.result) : '';
  if ('text' in value) return rawText(value.text);
  return '';
}

// Excel stores a carriage return typed in a cell as the escape _x000D_ beside the line feed, and
// Windows copies bring \r\n; either way a line break is one \n here.
function normalise(text: string): string {
  return text.replace(/_x000D_/g, '').replace(/\r\n?/g, '\n').trim();
}
