// Reading a consultation workbook that came back. People rename the file, save it again in WPS or
// LibreOffice, sort the rows, insert columns and rows: the unit comes from the hidden sheet (or
// the cover's 征求意见单位 row when the hidden sheet is gone), each opinion's matter from the
// 事项编码 column found by its header, never from the file name or a position.
import type { SheetGrid } from '../import/grid.js';
import { partOf, type OpinionPart } from './parts.js';
import { COVER_LABELS, HEADERS, MARKER_KIND, MARKER_SHEET } from './workbook.js';

/** One opinion as written in a row. */
export interface ReadOpinion {
  matter: string;
  /** Spreadsheet row (1-based) it was read from. */
  row: number;
  part?: OpinionPart;
  opinion?: string;
  suggestion?: string;
  contact?: string;
}

export interface ReturnedWorkbook {
  unit: string;
  list?: string;
  version?: string;
  deadline?: string;
  opinions: ReadOpinion[];
}

export type ReadResult =
  | { ok: true; workbook: ReturnedWorkbook }
  | { ok: false; key: 'not-ours' | 'no-header'; params: Record<string, string> };

const ID = /^[A-Z]{1,6}-\d{3,5}$/;
/** What people write for "no opinion": not an opinion. */
const NONE = /^(无|无意见|没有意见|无修改意见|同意|无异议|\/|-|—)[。.]?$/;
const HEADER_ROWS = 20;

export function readReturned(grids: readonly SheetGrid[]): ReadResult {
  const about = markerOf(grids) ?? coverOf(grids);
  if (!about?.unit) return { ok: false, key: 'not-ours', params: { label: COVER_LABELS.unit } };
  const table = findTable(grids);
  if (!table) return { ok: false, key: 'no-header', params: { header: HEADERS.opinion } };
  return { ok: true, workbook: { ...about, unit: about.unit, opinions: opinionsOf(table) } };
}

type About = Partial<Omit<ReturnedWorkbook, 'opinions'>>;

/** The hidden sheet: key in column A, value in column B, of the kind 征求意见. */
function markerOf(grids: readonly SheetGrid[]): About | undefined {
  const sheet = grids.find((g) => g.name.trim().toLowerCase() === MARKER_SHEET);
  if (!sheet) return undefined;
  const values = new Map(sheet.rows.map((r) => [(r[0] ?? '').trim(), (r[1] ?? '').trim()] as const));
  if (values.get('kind') !== MARKER_KIND) return undefined;
  return clean({ unit: values.get('unit'), list: values.get('list'), version: values.get('version'), deadline: values.get('deadline') });
}

/** The cover's rows: a label cell, then its value in the next non-empty cell. */
function coverOf(grids: readonly SheetGrid[]): About | undefined {
  const value = (label: string): string | undefined => {
    for (const g of grids) {
      for (const row of g.rows) {
        const cells = row.map((c) => c.trim());
        const i = cells.findIndex((c) => squash(c) === label);
        if (i < 0) continue;
        const found = cells.slice(i + 1).find((c) => c !== '');
        if (found) return found;
      }
    }
    return undefined;
  };
  const unit = value(COVER_LABELS.unit);
  return unit ? clean({ unit, list: value('清单'), version: value(COVER_LABELS.version), deadline: isoDate(value(COVER_LABELS.deadline)) }) : undefined;
}

interface Table {
  grid: SheetGrid;
  headerRow: number;
  columns: { id: number; part: number; opinion: number; suggestion: number; contact: number };
}

/** The sheet and row whose header has 事项编码 and 意见 (headers may be broken over lines). */
function findTable(grids: readonly SheetGrid[]): Table | undefined {
  for (const grid of grids) {
    for (let r = 0; r < Math.min(grid.rows.length, HEADER_ROWS); r++) {
      const cells = (grid.rows[r] ?? []).map(squash);
      const at = (header: string): number => cells.indexOf(header);
      const id = at(HEADERS.id);
      const opinion = at(HEADERS.opinion);
      if (id < 0 || opinion < 0) continue;
      return { grid, headerRow: r, columns: { id, opinion, part: at(HEADERS.part), suggestion: at(HEADERS.suggestion), contact: at(HEADERS.contact) } };
    }
  }
  return undefined;
}

/** Rows with something written in 意见 or 建议修改内容. A row inserted without an id belongs to
 *  the matter above it (people add a line under the matter they mean). */
function opinionsOf(table: Table): ReadOpinion[] {
  const { grid, headerRow, columns } = table;
  const out: ReadOpinion[] = [];
  const seen = new Set<string>();
  let above: string | undefined;
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const cell = (c: number): string => (c < 0 ? '' : (row[c] ?? '').trim());
    const id = squash(cell(columns.id)); // a narrow column may have broken the id over two lines
    if (ID.test(id)) above = id;
    const matter = ID.test(id) ? id : above;
    const opinion = cell(columns.opinion);
    const suggestion = cell(columns.suggestion);
    if (!matter || (opinion === '' || NONE.test(opinion)) && suggestion === '') continue;
    const key = [matter, opinion, suggestion].join('\0');
    if (seen.has(key)) continue; // a （续） row repeating what the row above says
    seen.add(key);
    const part = partOf(cell(columns.part));
    const contact = cell(columns.contact);
    out.push({
      matter, row: r + 1,
      ...(part ? { part } : {}),
      ...(opinion !== '' && !NONE.test(opinion) ? { opinion } : {}),
      ...(suggestion ? { suggestion } : {}),
      ...(contact ? { contact } : {}),
    });
  }
  return out;
}

/** Header and label text without the line breaks and spaces the layout put in. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** 2026年12月15日 (or 2026-12-15, 2026/12/15) → 2026-12-15. */
export function isoDate(text: string | undefined): string | undefined {
  const m = /^(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?$/.exec((text ?? '').trim());
  return m ? `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}` : undefined;
}

function clean(about: Record<string, string | undefined>): About {
  return Object.fromEntries(Object.entries(about).filter(([, v]) => v !== undefined && v !== '')) as About;
}
