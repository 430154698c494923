// Cutting one cell into the list entries a matter holds: duties and units. Offices number duties
// on separate lines (1、…), on one line (1.受理责任…2.审查责任…), as （1）, ① or 一是…二是…, and
// break long lines to fit the column; spreadsheets we export break them too. So a cell is first
// cut at numbering, and a line that starts no new item continues the one before it.
import { textEm } from '../print/metrics.js';

/** One numbering style; `n` reads the number so that only 1, 2, 3 … in order split a line. */
interface Marker {
  kind: string;
  re: RegExp;
}

const CHINESE = '一二三四五六七八九十';
// A digit right after the point is a decimal ("1.5倍"), not a number.
const MARKERS: readonly Marker[] = [
  { kind: 'paren', re: /[（(]\s*(\d{1,2})\s*[)）]\s*/y },
  { kind: 'paren-cn', re: new RegExp(`[（(]\\s*([${CHINESE}]{1,3})\\s*[)）]\\s*`, 'y') },
  { kind: 'arabic', re: /(\d{1,2})\s*[.．、)）](?!\d)\s*/y },
  { kind: 'cn', re: new RegExp(`([${CHINESE}]{1,3})\\s*[、．.]\\s*`, 'y') },
  { kind: 'circled', re: /([①-⑳])\s*/y },
  { kind: 'shi', re: new RegExp(`([${CHINESE}]{1,3})是`, 'y') },
];
/** Where an inline number may start: after a sentence or clause, or a space. */
const BOUNDARY = /[。；;，,：:！？!?）)\s]/;
const SENTENCE_END = /[。；;：:！？!?]$/;

interface Found {
  kind: string;
  n: number;
  length: number;
}

function markerAt(line: string, at: number): Found | undefined {
  for (const { kind, re } of MARKERS) {
    re.lastIndex = at;
    const m = re.exec(line);
    if (m) return { kind, n: numberOf(m[1] ?? ''), length: m[0].length };
  }
  return undefined;
}

function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^[①-⑳]$/.test(text)) return text.charCodeAt(0) - 0x2460 + 1;
  const digits = [...text].map((c) => CHINESE.indexOf(c) + 1);
  if (digits.length === 1) return digits[0] ?? 0;
  // 十一 … 九十九, as far as items in a cell go.
  const [a = 0, b = 0, c = 0] = digits;
  if (digits.length === 2) return a === 10 ? 10 + b : b === 10 ? a * 10 : 0;
  return b === 10 ? a * 10 + c : 0;
}

/** True when the line opens with an item number. */
export function isNumbered(line: string): boolean {
  return markerAt(line.trimStart(), 0) !== undefined;
}

export function stripNumbering(line: string): string {
  const text = line.trim();
  const m = markerAt(text, 0);
  return m ? text.slice(m.length).trim() : text;
}

/** A piece of a cell: the text of one item, or of a line that may continue one. */
export interface Piece {
  text: string;
  /** Opened by an item number (stripped from `text`). */
  numbered: boolean;
}

/** The lines of a cell cut at item numbers, inline ones only where they count on 1, 2, 3 …. */
export function numberedPieces(lines: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  let chain: { kind: string; next: number } | undefined;
  for (const line of lines) {
    let start = 0;
    let numbered = false;
    const head = markerAt(line, 0);
    if (head) {
      chain = { kind: head.kind, next: head.n + 1 };
      start = head.length;
      numbered = true;
    }
    for (let i = start + 1; i < line.length; i++) {
      if (!BOUNDARY.test(line[i - 1] ?? '')) continue;
      const m = markerAt(line, i);
      if (!m || !(chain ? m.kind === chain.kind && m.n === chain.next : m.n === 1)) continue;
      pieces.push({ text: line.slice(start, i).trim(), numbered });
      chain = { kind: m.kind, next: m.n + 1 };
      start = i + m.length;
      numbered = true;
      i = start;
    }
    pieces.push({ text: line.slice(start).trim(), numbered });
  }
  return pieces.filter((p) => p.text !== '' || p.numbered);
}

/** Pieces joined into entries: an unnumbered line goes on with the entry above it when the cell
 *  is numbered, or when the line above stops mid-sentence (a break typed to fit the column). */
export function joinPieces(pieces: readonly Piece[]): string[] {
  const numberedCell = pieces.some((p) => p.numbered);
  const out: string[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (!p.numbered && last !== undefined && (numberedCell || !SENTENCE_END.test(last))) out[out.length - 1] = joinLine(last, p.text);
    else out.push(p.text);
  }
  return out.map((d) => d.trim()).filter((d) => d !== '');
}

/** Two pieces of one sentence: Chinese runs on without a space, Latin words and numbers keep one. */
export function joinLine(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

export function cellLines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

/** Duties of one cell. */
export function splitDuties(text: string): string[] {
  return joinPieces(numberedPieces(cellLines(text)));
}

const HEADING = /^(.{2,30}?)\s*[：:]$/;
const INLINE_HEADING = /^(.{2,30}?)\s*[：:]\s*(.+)$/;
// An unregistered heading is still taken for a unit when it reads like one (区某某局：), so a
// misspelt unit is reported by `check` rather than its duties landing under the wrong unit.
const UNIT_LIKE = /^[^，。；,;、]*(?:局|委|办|队|院|会|中心|所|站|处|室|部|厅|政府|办事处)$/;

/** A line that is only a unit heading (区文化和旅游局：): it heads duties, it is not one. */
export function isHeadingLine(line: string, isUnit: (name: string) => boolean): boolean {
  const own = isNumbered(line) ? null : HEADING.exec(line.trim());
  return own?.[1] !== undefined && (isUnit(own[1]) || UNIT_LIKE.test(own[1]));
}

/** A block of 区级部门职责 under one unit heading; `unit` is absent for lines before any heading. */
export interface DistrictBlock {
  unit?: string;
  duties: string[];
}

/**
 * 区级部门职责 cut at unit headings: a line `区文化和旅游局：` of its own (as `export` writes when
 * several units share a matter), or a registered unit opening a line or a clause
 * (`区公安分局：负责…`, `…。区公安局：1.…`).
 */
export function splitDistrict(text: string, isUnit: (name: string) => boolean, unitNames: readonly string[] = []): DistrictBlock[] {
  const blocks: { unit?: string; lines: string[] }[] = [{ lines: [] }];
  for (const line of cellLines(text).flatMap((l) => atInlineUnits(l, unitNames))) {
    if (isHeadingLine(line, isUnit)) {
      blocks.push({ unit: HEADING.exec(line)?.[1] ?? '', lines: [] });
      continue;
    }
    const inline = isNumbered(line) ? null : INLINE_HEADING.exec(line);
    if (inline?.[1] && inline[2] && isUnit(inline[1])) {
      blocks.push({ unit: inline[1], lines: [inline[2]] });
      continue;
    }
    blocks[blocks.length - 1]?.lines.push(line);
  }
  return blocks
    .map((b) => ({ ...(b.unit !== undefined ? { unit: b.unit } : {}), duties: splitDuties(b.lines.join('\n')) }))
    .filter((b) => b.unit !== undefined || b.duties.length > 0);
}

/** A line broken before each registered unit that opens a clause with a colon. */
function atInlineUnits(line: string, unitNames: readonly string[]): string[] {
  const cuts: number[] = [];
  for (const name of unitNames) {
    for (let at = line.indexOf(name, 1); at > 0; at = line.indexOf(name, at + 1)) {
      const after = line[at + name.length];
      if ((after === '：' || after === ':') && BOUNDARY.test(line[at - 1] ?? '')) cuts.push(at);
    }
  }
  if (cuts.length === 0) return [line];
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  return [0, ...sorted].map((from, i) => line.slice(from, sorted[i] ?? line.length).trim()).filter((l) => l !== '');
}

/** Unit names of 主体责任 / 配合责任; a name that itself holds a separator (a street collective
 *  written "各街道办事处、乡人民政府") is kept whole when it is one of `whole` (longest first), and
 *  a name broken over lines to fit the column (各街道办事处（乡人民\n政府）, 区文化\n和旅游\n局) is joined again. */
export function splitUnits(text: string, whole: readonly string[] = []): string[] {
  const kept: string[] = [];
  let rest = rejoinNames(text, whole);
  for (const name of whole) {
    if (!/[、，,；;\s]/.test(name) || !rest.includes(name)) continue;
    rest = rest.split(name).join(`\u0000${kept.push(name) - 1}\u0000`);
  }
  return rest
    .split(/[、，,；;\n\s]+/)
    .map((u) => u.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)] ?? '').replace(/[。]+$/, '').trim())
    .filter((u) => u !== '');
}

function rejoinNames(text: string, names: readonly string[]): string {
  const known = new Set(names);
  const lines = cellLines(text);
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last === undefined || /[、，,；;]$/.test(last)) {
      out.push(line);
      continue;
    }
    const tail = last.split(/[、，,；;\s]/).at(-1) ?? '';
    const head = line.split(/[、，,；;\s]/)[0] ?? '';
    const open = (tail.match(/[（(]/g)?.length ?? 0) > (tail.match(/[)）]/g)?.length ?? 0);
    // The longer reading wins (各街道办事处 + （乡人民政府）), unless both halves are names.
    const both = known.has(tail) && known.has(head);
    if (open || (!both && startsName(tail + head, names))) out[out.length - 1] = last + line;
    else out.push(line);
  }
  return out.join('\n');
}

/** Lines of one width but the last (within two characters, what 禁则 moves), at least three of
 *  them: a paragraph broken to fit its column, whatever punctuation a line happens to end with. */
function wrappedToColumn(lines: readonly string[]): boolean {
  if (lines.length < 3 || lines.some(isNumbered)) return false;
  const widths = lines.slice(0, -1).map(textEm);
  const widest = Math.max(...widths);
  return widths.every((w) => w >= widest - 2) && textEm(lines[lines.length - 1] ?? '') <= widest;
}

/** Whether `text` is a registered name or the beginning of one: a name broken over three lines
 *  (区文化\n和旅游\n局) joins line by line. */
function startsName(text: string, names: readonly string[]): boolean {
  return names.some((name) => name.startsWith(text));
}

/** A cell of free text (备注) with the line breaks typed to fit the column taken out: a line that
 *  starts no numbered item goes on with one that stops mid-sentence. Other breaks stay. */
export function unwrap(text: string): string {
  const lines = cellLines(text);
  if (wrappedToColumn(lines)) return lines.reduce((all, line) => joinLine(all, line));
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last !== undefined && !isNumbered(line) && !SENTENCE_END.test(last)) out[out.length - 1] = joinLine(last, line);
    else out.push(line);
  }
  return out.join('\n');
}
