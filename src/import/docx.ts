// A Word/WPS document's tables as grids. word/document.xml is streamed through a SAX parser
// (saxes, the one under exceljs) within the zip budget: cells spanning columns (w:gridSpan) and
// rows (w:vMerge) repeat their text in every cell they cover, paragraphs inside a cell become
// lines, and a table Word continues on the next page with its header repeated is read as one.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { normaliseCell, type SheetGrid } from './grid.js';
import { MAX_IMPORT_ROWS } from './limits.js';
import { foldHeader } from './synonyms.js';
import { InflateBudget, measureZip, openZip, streamEntry } from './zip.js';

interface RawCell {
  text: string;
  span: number;
  /** 'restart' opens a vertical merge, 'continue' goes on with the cell above. */
  vMerge?: 'restart' | 'continue';
}

interface RawTable {
  rows: { before: number; cells: RawCell[] }[];
  /** Short paragraphs between the previous table and this one (a section heading, say). */
  headings: string[];
}

// 一、文化市场 / （一）演出: a heading that names the type of the rows that follow.
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]).{1,28}$/;

export async function readDocx(bytes: Uint8Array, shown: string, lang: Lang): Promise<SheetGrid[]> {
  const budget = new InflateBudget();
  const zip = await openZip(bytes, budget);
  await measureZip(zip, budget);
  const tables = await documentTables(zip, shown, lang);
  return joinContinued(tables).map((rows, i) => ({ name: t(lang, 'import.docx.table', { n: i + 1 }), rows }));
}

async function documentTables(zip: Awaited<ReturnType<typeof openZip>>, shown: string, lang: Lang): Promise<RawTable[]> {
  const parser = new SaxesParser();
  const tables: RawTable[] = [];
  let headings: string[] = [];
  let depth = 0;
  let table: RawTable | undefined;
  let row: { before: number; cells: RawCell[] } | undefined;
  let cell: RawCell | undefined;
  let paragraph: string[] | undefined;
  let cellParagraphs: string[] = [];
  let inText = false;
  let rowCount = 0;

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const val = tag.attributes['w:val'];
    switch (tag.name) {
      case 'w:tbl':
        depth++;
        if (depth === 1) table = { rows: [], headings };
        break;
      case 'w:tr':
        if (depth === 1) {
          row = { before: 0, cells: [] };
          if (++rowCount > MAX_IMPORT_ROWS) throw new InputError(t(lang, 'import.too-many-rows', { file: shown, max: MAX_IMPORT_ROWS }));
        }
        break;
      case 'w:gridBefore':
        if (depth === 1 && row && !cell) row.before = Math.max(0, Number(val) || 0);
        break;
      case 'w:tc':
        if (depth === 1) {
          cell = { text: '', span: 1 };
          cellParagraphs = [];
        }
        break;
      case 'w:gridSpan':
        if (depth === 1 && cell) cell.span = Math.min(64, Math.max(1, Number(val) || 1));
        break;
      case 'w:vMerge':
        if (depth === 1 && cell) cell.vMerge = val === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:p':
        paragraph = [];
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        paragraph?.push(' ');
        break;
      case 'w:br':
      case 'w:cr':
        paragraph?.push('\n');
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText) paragraph?.push(text);
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:p': {
        const text = (paragraph ?? []).join('');
        paragraph = undefined;
        if (depth > 0 && cell) cellParagraphs.push(text);
        else if (depth === 0 && text.trim() !== '') headings = [...headings, text.trim()].slice(-3);
        break;
      }
      case 'w:tc':
        if (depth === 1 && cell && row) {
          cell.text = normaliseCell(cellParagraphs.join('\n'));
          row.cells.push(cell);
          cell = undefined;
        }
        break;
      case 'w:tr':
        if (depth === 1 && row && table) table.rows.push(row);
        row = undefined;
        break;
      case 'w:tbl':
        if (depth === 1 && table) {
          tables.push(table);
          headings = [];
          table = undefined;
        }
        depth--;
        break;
    }
  });
  await streamEntry(zip, 'word/document.xml', new InflateBudget(), (chunk) => void parser.write(chunk));
  parser.close();
  return tables;
}

/** Cells laid out on the table grid: spans and vertical merges filled in. */
function gridOf(table: RawTable): string[][] {
  const out: string[][] = [];
  for (const { before, cells } of table.rows) {
    const line: string[] = Array.from({ length: before }, () => '');
    for (const c of cells) {
      const column = line.length;
      const text = c.vMerge === 'continue' ? (out[out.length - 1]?.[column] ?? '') : c.text;
      for (let k = 0; k < c.span; k++) line.push(text);
    }
    out.push(line);
  }
  return out;
}

// Word documents often hold a list as several tables: one per page or per section, the header
// repeated or not. Tables as wide as the one before, whose first row repeats its header or is
// data, carry on that table; a section heading between them becomes a row of its own.
function joinContinued(tables: readonly RawTable[]): string[][][] {
  const grids: string[][][] = [];
  let current: string[][] | undefined;
  let header: string[] | undefined;
  for (const table of tables) {
    const rows = gridOf(table);
    const width = Math.max(0, ...rows.map((r) => r.length));
    const first = rows[0] ?? [];
    const continues = current !== undefined && header !== undefined && width === header.length && (sameRow(first, header) || !looksLikeHeader(first));
    const sections = table.headings.filter((h) => SECTION_HEADING.test(h)).map((h) => [h]);
    if (continues && current) current.push(...sections, ...rows);
    else {
      current = [...sections, ...rows];
      header = first;
      grids.push(current);
    }
  }
  return grids;
}

function sameRow(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => foldHeader(c) === foldHeader(b[i] ?? ''));
}

function looksLikeHeader(cells: readonly string[]): boolean {
  return cells.every((c) => c.length <= 30 && !/[。；]/.test(c));
}
