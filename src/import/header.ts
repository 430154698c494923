// Finding the header of an office's list: every early row (and every pair of rows, for a
// two-level header such as 职责边界划分 over 县级部门 | 乡镇（街道）) is scored by how many of its cells
// name a matter part, and the best row wins — so a layout never seen before still imports when its
// headers are close to the ones in synonyms.ts.
import { distance } from 'fastest-levenshtein';
import { foldHeader, REQUIRED, SYNONYMS, type Field, type Spellings } from './synonyms.js';

/** How a header cell was recognised. */
export type MatchKind = 'name' | 'cue' | 'near';

export interface PartMatch {
  part: Field;
  score: number;
  how: MatchKind;
}

/** One column of the header row: its text and the part it fills, if any. */
export interface HeaderColumn {
  index: number;
  /** The header as written (a two-level header as 上级／下级). */
  header: string;
  /** The text of each header row in this column. */
  labels: string[];
  match?: PartMatch;
}

export interface Header {
  /** Index of the (first) header row in the grid, 0-based. */
  row: number;
  /** Index of the first data row: one further when the header spans two rows. */
  dataStart: number;
  columns: HeaderColumn[];
  /** Column index of each part found. */
  parts: Partial<Record<Field, number>>;
  score: number;
}

/** Rows searched for a header: titles, issuing notes and an empty line or two come first. */
const SEARCH_ROWS = 60;
/** A header cell is a short label; longer text is data. */
const MAX_HEADER_LENGTH = 30;
/** A header names at least this many required parts, so a title or a note line is never one. */
export const MIN_REQUIRED = 3;
const MIN_SCORE = 2.4;
const CUE_SCORE = 0.8;
const NEAR_SIMILARITY = 0.7;
const NEAR_WEIGHT = 0.75;
const OPTIONAL_WEIGHT = 0.5;

const NAMES: { part: Field; folded: string; weight: number }[] = (Object.entries(SYNONYMS) as [Field, Spellings][]).flatMap(([part, s]) =>
  s.names.map((n) => (typeof n === 'string' ? { part, folded: foldHeader(n), weight: 1 } : { part, folded: foldHeader(n[0]), weight: n[1] })),
);
const EXACT = new Map<string, PartMatch[]>();
for (const { part, folded, weight } of NAMES) EXACT.set(folded, [...(EXACT.get(folded) ?? []), { part, score: weight, how: 'name' }]);

/**
 * The parts a header text may name, best score per part. `context` is the parent header over a
 * child one (职责边界划分 over 县级部门): it may supply a cue's later word groups ("a duty"), never
 * the first, which says whose column it is, and it is not searched for `unless` words.
 */
export function matchHeader(text: string, context = ''): PartMatch[] {
  const folded = foldHeader(text);
  if (folded === '' || folded.length > MAX_HEADER_LENGTH) return [];
  const around = foldHeader(context);
  const best = new Map<Field, PartMatch>();
  const offer = (m: PartMatch): void => {
    if ((best.get(m.part)?.score ?? 0) < m.score) best.set(m.part, m);
  };
  const has = (words: readonly string[], where: string): boolean => words.some((w) => where.includes(w));
  for (const m of EXACT.get(folded) ?? []) offer(m);
  for (const [part, spellings] of Object.entries(SYNONYMS) as [Field, Spellings][]) {
    const fits = spellings.cues.some((cue) =>
      cue.all.every((words, i) => has(words, folded) || (i > 0 && has(words, around))) && !has(cue.unless ?? [], folded));
    if (fits) offer({ part, score: CUE_SCORE, how: 'cue' });
  }
  if (best.size === 0 && folded.length >= 2) {
    for (const { part, folded: name, weight } of NAMES) {
      const similarity = 1 - distance(folded, name) / Math.max(folded.length, name.length);
      if (similarity >= NEAR_SIMILARITY) offer({ part, score: similarity * NEAR_WEIGHT * weight, how: 'near' });
    }
  }
  return [...best.values()];
}

interface Assignment {
  matches: Map<number, PartMatch>;
  score: number;
  required: number;
}

/** Each part to one column and each column to one part, best scores first; a required part
 *  left without a column takes one an optional part holds (权力类型 is the type when no 事项类型). */
function assign(candidates: readonly PartMatch[][]): Assignment {
  const rank = (p: Field): number => (REQUIRED.includes(p) ? 0 : 1);
  const all = candidates.flatMap((ms, column) => ms.map((m) => ({ column, m })));
  all.sort((a, b) => b.m.score - a.m.score || rank(a.m.part) - rank(b.m.part) || a.column - b.column);
  const matches = new Map<number, PartMatch>();
  const taken = new Set<Field>();
  for (const { column, m } of all) {
    if (matches.has(column) || taken.has(m.part)) continue;
    matches.set(column, m);
    taken.add(m.part);
  }
  for (const part of REQUIRED) {
    if (taken.has(part)) continue;
    const spare = all.find(({ column, m }) => m.part === part && rank(matches.get(column)?.part ?? part) === 1);
    if (!spare) continue;
    const freed = matches.get(spare.column)?.part;
    if (freed) taken.delete(freed);
    matches.set(spare.column, spare.m);
    taken.add(part);
  }
  let score = 0;
  let required = 0;
  for (const m of matches.values()) {
    const isRequired = REQUIRED.includes(m.part);
    score += isRequired ? m.score : m.score * OPTIONAL_WEIGHT;
    if (isRequired) required++;
  }
  return { matches, score, required };
}

/** The best header of a grid, and whether it is good enough to be taken for one. */
export function bestHeader(grid: readonly (readonly string[])[]): { header: Header; found: boolean } | undefined {
  let best: Header | undefined;
  let bestRequired = 0;
  for (let row = 0; row < Math.min(grid.length, SEARCH_ROWS); row++) {
    const cells = grid[row] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    const options = [single(cells, row)];
    const below = grid[row + 1];
    if (below && looksLikeHeader(cells) && looksLikeHeader(below) && !isBanner(cells)) options.push(double(cells, below, row));
    for (const { header, required } of options) {
      if (!best || header.score > best.score + 1e-9) {
        best = header;
        bestRequired = required;
      }
    }
  }
  return best && { header: best, found: bestRequired >= MIN_REQUIRED && best.score >= MIN_SCORE };
}

function single(cells: readonly string[], row: number): { header: Header; required: number } {
  const a = assign(cells.map((c) => matchHeader(c)));
  const texts = cells.map((c) => c.trim());
  return { header: toHeader(texts, texts.map((t) => [t]), a, row, row + 1), required: a.required };
}

/** Two header rows read as parent + child: the child's text in the parent's context. */
function double(top: readonly string[], below: readonly string[], row: number): { header: Header; required: number } {
  const width = Math.max(top.length, below.length);
  const parents = fillSpans(top, below, width);
  const texts: string[] = [];
  const candidates: PartMatch[][] = [];
  for (let j = 0; j < width; j++) {
    const parent = parents[j] ?? '';
    const child = (below[j] ?? '').trim();
    if (child === '' || foldHeader(child) === foldHeader(parent)) {
      texts.push(parent);
      candidates.push(matchHeader(parent));
      continue;
    }
    texts.push(parent === '' ? child : `${parent}／${child}`);
    candidates.push(matchHeader(child, parent));
  }
  const a = assign(candidates);
  const alone = Math.max(assign(top.map((c) => matchHeader(c))).score, assign(below.map((c) => matchHeader(c))).score);
  // Only two rows that each add to the other make a two-level header.
  const labels = texts.map((_, j) => [parents[j] ?? '', (below[j] ?? '').trim()]);
  const header = toHeader(texts, labels, a, row, row + 2);
  if (a.score <= alone + 1e-9) header.score = -1;
  return { header, required: a.required };
}

// A parent merged over several children is written once, in its first column (CSV, Word and
// some workbooks leave the rest blank): it covers the blank parents to its right that sit over
// children of their own.
function fillSpans(top: readonly string[], below: readonly string[], width: number): string[] {
  const out: string[] = [];
  let span = '';
  for (let j = 0; j < width; j++) {
    const own = (top[j] ?? '').trim();
    const child = (below[j] ?? '').trim();
    if (own !== '') {
      span = child !== '' && foldHeader(child) !== foldHeader(own) ? own : '';
      out.push(own);
    } else {
      out.push(child !== '' ? span : '');
      if (child === '') span = '';
    }
  }
  return out;
}

/** One text across the whole row: a title merged over the table, not a parent header. */
function isBanner(cells: readonly string[]): boolean {
  const filled = new Set(cells.map((c) => c.trim()).filter((c) => c !== ''));
  return filled.size <= 1 && cells.filter((c) => c.trim() !== '').length > 2;
}

/** A row of short labels, not of data. */
function looksLikeHeader(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => foldHeader(c).length <= MAX_HEADER_LENGTH && !/[。；;]/.test(c));
}

function toHeader(texts: readonly string[], labels: readonly string[][], a: Assignment, row: number, dataStart: number): Header {
  const columns: HeaderColumn[] = texts.map((header, index) => {
    const match = a.matches.get(index);
    const own = (labels[index] ?? []).filter((l) => l !== '');
    return match ? { index, header, labels: own, match } : { index, header, labels: own };
  });
  const parts: Partial<Record<Field, number>> = {};
  for (const [index, m] of a.matches) parts[m.part] = index;
  return { row, dataStart, columns, parts, score: a.score };
}

/** True when a data row repeats the header (Word tables repeat it on every page). */
export function repeatsHeader(cells: readonly string[], header: Header): boolean {
  let same = 0;
  for (const column of header.columns) {
    const text = foldHeader(cells[column.index] ?? '');
    if (column.match && text !== '' && column.labels.some((l) => foldHeader(l) === text)) same++;
  }
  return same >= Math.min(MIN_REQUIRED, Object.keys(header.parts).length);
}
