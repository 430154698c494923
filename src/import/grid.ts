// The one shape every source becomes: a table of cell texts. Merged cells repeat their text in
// every cell they cover (as exceljs reports them), so each reader gives the same grid for the
// same table however the office saved it.

/** One worksheet (or Word table) as cell texts: `rows[i][j]` is row i+1, column j+1; missing cells are ''. */
export interface SheetGrid {
  name: string;
  rows: string[][];
}

/** What a workbook cell shows, as text: rich text runs joined, a formula's cached result, a link's text. */
export function cellText(value: unknown): string {
  return normaliseCell(rawText(value));
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
// Windows copies bring \r\n; either way a line break is one \n here. Non-breaking and other
// Unicode spaces pasted from web pages are plain spaces.
export function normaliseCell(text: string): string {
  return text.replace(/_x000D_/g, '').replace(/\r\n?/g, '\n').replace(/[\u00a0\u2002-\u200a\u202f]/g, ' ').trim();
}
