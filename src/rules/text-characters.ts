// Characters no office types and no workbook survives: control characters, U+FFFE/U+FFFF and the
// other non-characters, halves of a surrogate pair (XML forbids all three — a workbook holding one
// is refused, or LibreOffice silently drops every later row), bidi overrides (text that reads
// differently from what it says) and zero-width characters (a unit name that looks registered but
// is not). Every string of a file is scanned, whatever key it sits under, and a text longer than an
// Excel cell holds is reported too.
import { EXCEL_CELL_LIMIT } from '../print/text.js';
import type { DataPath } from '../types.js';
import type { Rule, RuleFinding } from './types.js';

/** Characters an Excel cell holds; more is cut off (Excel) or refused (LibreOffice). */
export const MAX_CELL_CHARACTERS = EXCEL_CELL_LIMIT;

export type CharacterKind = 'control' | 'noncharacter' | 'surrogate' | 'bidi' | 'zero-width';

// Tab, line feed and carriage return are ordinary text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const ZERO_WIDTH = /[\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/;
const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;
const ANY = new RegExp(`${CONTROL.source}|${BIDI.source}|${ZERO_WIDTH.source}|${NONCHARACTER.source}|[\\uD800-\\uDFFF]`, 'g');

/** The first character of `text` no list should contain, with its offset; undefined when clean. */
export function firstBadCharacter(text: string): { at: number; length: number; kind: CharacterKind; code: string } | undefined {
  ANY.lastIndex = 0;
  for (let m = ANY.exec(text); m; m = ANY.exec(text)) {
    const hit = m[0];
    const kind = kindOf(hit, text, m.index);
    if (kind) return { at: m.index, length: hit.length, kind, code: codeOf(hit) };
  }
  return undefined;
}

function kindOf(hit: string, text: string, at: number): CharacterKind | undefined {
  if (NONCHARACTER.test(hit)) return 'noncharacter';
  if (CONTROL.test(hit)) return 'control';
  if (BIDI.test(hit)) return 'bidi';
  if (ZERO_WIDTH.test(hit)) return 'zero-width';
  // A surrogate: fine as half of a pair, an error alone.
  const unit = hit.charCodeAt(0);
  const paired = unit < 0xdc00
    ? at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00
    : at > 0 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800;
  return paired ? undefined : 'surrogate';
}

function codeOf(hit: string): string {
  const point = hit.codePointAt(0) ?? 0;
  return `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Findings for every string of a parsed file (any shape): one per string with a bad character,
 *  one per text too long for a cell. */
export function textFindings(data: unknown): RuleFinding[] {
  const out: RuleFinding[] = [];
  walk(data, [], out);
  return out;
}

function walk(value: unknown, path: DataPath, out: RuleFinding[]): void {
  if (typeof value === 'string') {
    const bad = firstBadCharacter(value);
    if (bad) {
      out.push({
        path,
        rule: 'text/invisible-character',
        message: `text/invisible-character.${bad.kind}`,
        hint: 'text/invisible-character.hint',
        severity: bad.kind === 'zero-width' ? 'warning' : 'error',
        span: { start: bad.at, end: bad.at + bad.length },
        params: { code: bad.code, position: bad.at + 1 },
      });
    }
    if (value.length > MAX_CELL_CHARACTERS) {
      out.push({ path, rule: 'text/cell-too-long', message: 'text/cell-too-long', params: { length: value.length, max: MAX_CELL_CHARACTERS } });
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, i], out));
    // A list of strings is one cell of the workbook (duties, citations): its total counts too.
    const texts = value.filter((v): v is string => typeof v === 'string');
    const total = texts.reduce((n, s) => n + s.length + 4, 0);
    if (texts.length > 1 && total > MAX_CELL_CHARACTERS && texts.every((s) => s.length <= MAX_CELL_CHARACTERS)) {
      out.push({ path, key: true, rule: 'text/cell-too-long', message: 'text/cell-too-long.list', params: { length: total, max: MAX_CELL_CHARACTERS } });
    }
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], out);
  }
}

export const textCharacters: Rule = {
  id: 'text',
  severity: 'error',
  description: {
    zh: '文字中没有控制字符、非字符、孤立代理、双向控制符和零宽字符，也不超过 Excel 单元格的长度上限',
    en: 'No control characters, non-characters, lone surrogates, bidi controls or zero-width characters, and no text longer than an Excel cell holds',
  },
  // Every part, whatever else is wrong with the file: one scan of the data as parsed.
  reads: [],
  check: (matter) => textFindings(matter),
};
