// The YAML parser's errors as our own catalogue entries. Its messages are English and name the
// parser's state ("Flow sequence in block collection must be sufficiently indented…"); the clerk
// needs the mistake: a bracket or quote left open, and the line where it was opened.
import { Parser, type YAMLError } from 'yaml';
import type { SourceFile } from './source.js';
import type { SyntaxProblem } from './yaml.js';

/** One positioned problem per mistake: an unclosed bracket or quote explains every error after it. */
export function yamlProblems(source: SourceFile, errors: readonly YAMLError[]): SyntaxProblem[] {
  if (errors.length === 0) return [];
  const unclosed = unclosedOpeners(source.text);
  if (unclosed.length > 0) return unclosed.map((u) => openerProblem(source, u));
  // After the first slip the parser's state is off and later errors mostly echo it; a repeated
  // key is a mistake of its own wherever it is.
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = sorted.find((e) => e.code !== 'DUPLICATE_KEY');
  return sorted.filter((e) => e === first || e.code === 'DUPLICATE_KEY').map((e) => errorProblem(source, e));
}

/** Message key for each parser error code; codes not listed read as a plain syntax error. */
const BY_CODE: Record<string, string> = {
  DUPLICATE_KEY: 'yaml/duplicate-key',
  TAB_AS_INDENT: 'yaml/tab-as-indent',
  BAD_INDENT: 'yaml/bad-indent',
  MISSING_CHAR: 'yaml/missing-char',
  BLOCK_AS_IMPLICIT_KEY: 'yaml/block-as-implicit-key',
  MULTIPLE_DOCS: 'yaml/multiple-docs',
  UNEXPECTED_TOKEN: 'yaml/unexpected-token',
  BAD_SCALAR_START: 'yaml/bad-scalar-start',
  BAD_DQ_ESCAPE: 'yaml/bad-dq-escape',
  BLOCK_IN_FLOW: 'yaml/block-in-flow',
  MULTILINE_IMPLICIT_KEY: 'yaml/multiline-implicit-key',
  ALIAS_PROPS: 'yaml/alias-props',
  BAD_ALIAS: 'yaml/bad-alias',
  MULTIPLE_ANCHORS: 'yaml/multiple-props',
  MULTIPLE_TAGS: 'yaml/multiple-props',
  BAD_PROP_ORDER: 'yaml/multiple-props',
  TAG_RESOLVE_FAILED: 'yaml/tag',
  BAD_COLLECTION_TYPE: 'yaml/tag',
  NON_STRING_KEY: 'yaml/non-string-key',
  KEY_OVER_1024_CHARS: 'yaml/long-key',
  BAD_DIRECTIVE: 'yaml/directive',
  RESOURCE_EXHAUSTION: 'yaml/alias-limit',
};

// MISSING_CHAR covers several slips; the parser's wording is the only thing that tells them apart.
const MISSING: [RegExp, string][] = [
  [/^Missing , (or : )?between/, 'yaml/missing-comma'],
  [/followed by map values/, 'yaml/missing-colon'],
  [/^Missing space after :/, 'yaml/missing-space'],
  [/^Comments must be separated/, 'yaml/comment-space'],
];

function errorProblem(source: SourceFile, error: YAMLError): SyntaxProblem {
  const [from, to] = error.pos;
  const start = source.position(from);
  const end = source.position(Math.max(from, to));
  const missing = error.code === 'MISSING_CHAR' ? MISSING.find(([pattern]) => pattern.test(error.message))?.[1] : undefined;
  return {
    code: missing ?? BY_CODE[error.code] ?? 'yaml/syntax',
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    params: { key: keyAt(source.text, from), char: charAt(source.text, from), text: source.text.slice(from, Math.min(to, from + 20)).split('\n')[0] ?? '' },
  };
}

interface Opener {
  offset: number;
  open: string;
  close: string;
}

function openerProblem(source: SourceFile, u: Opener): SyntaxProblem {
  const at = source.position(u.offset);
  const code = u.open === '[' || u.open === '{' ? 'yaml/unclosed-bracket' : 'yaml/unclosed-quote';
  return { code, line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1, params: { open: u.open, close: u.close, line: at.line } };
}

const CLOSER: Record<string, string> = { '[': ']', '{': '}' };

/** Flow collections whose closing bracket never came, and quoted scalars without a closing quote,
 *  read from the parser's concrete syntax tree (so brackets inside quotes and comments don't count). */
function unclosedOpeners(text: string): Opener[] {
  const found: Opener[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const token = node as { type?: string; offset?: number; source?: string; start?: { source?: string; offset?: number }; end?: { source?: string }[] };
    if (token.type === 'flow-collection' && token.start?.source) {
      const close = CLOSER[token.start.source] ?? '';
      if (!(token.end ?? []).some((e) => e.source === close)) found.push({ offset: token.start.offset ?? 0, open: token.start.source, close });
    }
    if ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && typeof token.source === 'string') {
      const quote = token.source[0] ?? '"';
      if (!closedQuote(token.source, quote)) found.push({ offset: token.offset ?? 0, open: quote, close: quote });
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'source' && typeof value === 'object') visit(value);
  };
  for (const token of new Parser().parse(text)) visit(token);
  return found.sort((a, b) => a.offset - b.offset).slice(0, 1);
}

/** A quoted scalar's source ends with its quote, not an escaped one (\" in double, '' in single). */
function closedQuote(source: string, quote: string): boolean {
  if (source.length < 2 || !source.endsWith(quote)) return false;
  const body = source.slice(1, -1);
  if (quote === '"') return /(^|[^\\])(\\\\)*$/.test(body);
  return /^(?:[^']|'')*$/.test(body);
}

function keyAt(text: string, offset: number): string {
  const m = /^[^:\n]*/.exec(text.slice(offset));
  return (m?.[0] ?? '').trim();
}

function charAt(text: string, offset: number): string {
  return [...text.slice(offset, offset + 2)][0]?.replace(/\s/, ' ') ?? '';
}
