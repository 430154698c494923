// A CSV list (Excel's 另存为 CSV, or a web page's export) as one grid. Excel and WPS on Chinese
// Windows save CSV in GB18030 (GBK); that is detected as it is for matter files, and read.
import { parse } from 'csv-parse/sync';
import { InputError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { decodeText } from '../load/decode.js';
import { normaliseCell, type SheetGrid } from './grid.js';
import { MAX_IMPORT_ROWS } from './limits.js';

const DELIMITERS = [',', '\t', ';', '，'] as const;

export function readCsv(bytes: Uint8Array, shown: string, lang: Lang): SheetGrid[] {
  const decoded = decodeText(bytes);
  if (!decoded) throw new InputError(t(lang, 'import.csv-encoding', { file: shown }));
  const text = decoded.text;
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      to: MAX_IMPORT_ROWS + 1,
    }) as string[][];
  } catch (e) {
    throw new InputError(t(lang, 'import.unreadable', { file: shown, detail: e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e) }));
  }
  if (records.length > MAX_IMPORT_ROWS) throw new InputError(t(lang, 'import.too-many-rows', { file: shown, max: MAX_IMPORT_ROWS }));
  return [{ name: 'CSV', rows: records.map((r) => r.map(normaliseCell)) }];
}

/** The separator the first line uses most (outside quotes). */
function delimiterOf(text: string): string {
  const first = (text.split('\n').find((l) => l.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = first.split(d).length - 1;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}
