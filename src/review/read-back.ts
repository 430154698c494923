// A filled 合法性审查表 read back: whatever the reviewer's spreadsheet did to it (re-saved by WPS
// or LibreOffice, rows sorted or moved, columns moved, cells added beside the table), each matter
// is found by its 事项编码 and each column by its header. A matter's rows (a row continued on the
// next page is two rows) give one opinion and one conclusion.
import type { SheetGrid } from '../import/grid.js';
import type { ReviewConclusion } from '../types.js';
import { CONCLUSIONS, DATA_SHEET, HEADERS } from './columns.js';

export interface FilledReview {
  matter: string;
  conclusion: ReviewConclusion;
  opinion: string;
}

/** Something in the workbook that cannot be taken as the reviewer meant it: row and what it says. */
export interface ReadProblem {
  key: 'review.read.bad-conclusion' | 'review.read.conflict';
  sheet: string;
  row: number;
  matter: string;
  value: string;
}

export interface ReadBack {
  sheet: string;
  /** Matters with a conclusion, in the order first met. */
  reviewed: FilledReview[];
  /** Matters listed without a conclusion. */
  blank: string[];
  /** Content hash of each matter when the pack was written (from the hidden sheet), if it survived. */
  hashes: Map<string, string>;
  /** The list version the pack was written for. */
  version?: string;
  problems: ReadProblem[];
}

const ID = /^[A-Z]{1,6}-[0-9]{3,5}$/;
// Spaces of any kind, as people type them into a cell.
const squeeze = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** The review table of a workbook: the first sheet whose header row names 事项编码 and 审查结论. */
export function readFilledReview(grids: readonly SheetGrid[]): ReadBack | undefined {
  for (const grid of grids) {
    if (grid.name === DATA_SHEET) continue;
    const found = headerRow(grid);
    if (found) return readTable(grid, found.row, found.columns, dataOf(grids));
  }
  return undefined;
}

interface Columns {
  id: number;
  conclusion: number;
  opinion: number;
}

function headerRow(grid: SheetGrid): { row: number; columns: Columns } | undefined {
  const limit = Math.min(grid.rows.length, 30);
  for (let r = 0; r < limit; r++) {
    const cells = (grid.rows[r] ?? []).map(squeeze);
    const id = cells.indexOf(HEADERS.id);
    const conclusion = cells.indexOf(HEADERS.conclusion);
    if (id >= 0 && conclusion >= 0) return { row: r, columns: { id, conclusion, opinion: cells.indexOf(HEADERS.opinion) } };
  }
  return undefined;
}

function readTable(grid: SheetGrid, header: number, columns: Columns, data: { hashes: Map<string, string>; version?: string }): ReadBack {
  const order: string[] = [];
  const conclusions = new Map<string, { value: ReviewConclusion; row: number }>();
  const opinions = new Map<string, string[]>();
  const problems: ReadProblem[] = [];
  for (let r = header + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    const matter = squeeze(cells[columns.id] ?? '');
    // A repeated header row, a note under the table, a blank line: not a matter.
    if (!ID.test(matter)) continue;
    if (!order.includes(matter)) order.push(matter);
    const opinion = columns.opinion >= 0 ? (cells[columns.opinion] ?? '').trim() : '';
    if (opinion !== '') {
      const seen = opinions.get(matter) ?? [];
      if (!seen.includes(opinion)) seen.push(opinion);
      opinions.set(matter, seen);
    }
    const raw = cells[columns.conclusion] ?? '';
    const value = squeeze(raw);
    if (value === '') continue;
    if (!(CONCLUSIONS as readonly string[]).includes(value)) {
      problems.push({ key: 'review.read.bad-conclusion', sheet: grid.name, row: r + 1, matter, value: raw.trim() });
      continue;
    }
    const earlier = conclusions.get(matter);
    if (earlier && earlier.value !== value) problems.push({ key: 'review.read.conflict', sheet: grid.name, row: r + 1, matter, value: `${earlier.value}、${value}` });
    else conclusions.set(matter, { value: value as ReviewConclusion, row: r + 1 });
  }
  const reviewed = order.flatMap((matter) => {
    const c = conclusions.get(matter);
    return c ? [{ matter, conclusion: c.value, opinion: (opinions.get(matter) ?? []).join('\n') }] : [];
  });
  return {
    sheet: grid.name,
    reviewed,
    blank: order.filter((m) => !conclusions.has(m)),
    hashes: data.hashes,
    ...(data.version !== undefined ? { version: data.version } : {}),
    problems,
  };
}

function dataOf(grids: readonly SheetGrid[]): { hashes: Map<string, string>; version?: string } {
  const hashes = new Map<string, string>();
  const grid = grids.find((g) => g.name === DATA_SHEET);
  let version: string | undefined;
  for (const cells of grid?.rows.slice(1) ?? []) {
    const id = squeeze(cells[0] ?? '');
    const hash = squeeze(cells[1] ?? '');
    if (ID.test(id) && /^sha256:[0-9a-f]{64}$/.test(hash)) hashes.set(id, hash);
    if (version === undefined && (cells[2] ?? '').trim() !== '') version = (cells[2] ?? '').trim();
  }
  return { hashes, ...(version !== undefined ? { version } : {}) };
}
