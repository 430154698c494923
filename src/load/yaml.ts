// Parsing matter files. The fast path (js-yaml, ~8× faster than `yaml` here) gives the data;
// anything unusual — a syntax error, duplicate keys, anchors/aliases, tabs — goes through
// `yaml`, which reports every problem with a position and refuses alias bombs. js-yaml's own
// messages are never shown: any failure there falls through to `yaml`, whose errors are mapped
// by code to the catalogue (yaml-problems.ts).
import jsYaml from 'js-yaml';
import { isMap, isSeq } from 'yaml';
import { yamlProblems } from './yaml-problems.js';
import type { SourceFile } from './source.js';

/** A problem found while reading the text, already positioned. */
export interface SyntaxProblem {
  code: string;
  /** Catalogue key of the message when it is not `code` (one rule, several wordings). */
  message?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  params: Record<string, string | number>;
}

export type ParseResult = { ok: true; data: unknown } | { ok: false; problems: SyntaxProblem[] };

/** Matter, manifest and registry files are a few KB; anything this big is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;
const MAX_ALIASES = 100;

const ANCHOR_OR_ALIAS = /(^|[\s[{,:-])[&*][^\s,\]}]/m;
const TAB_INDENT = /^[ ]*\t/m;

export function parseYaml(source: SourceFile): ParseResult {
  const { text } = source;
  if (text.length > MAX_FILE_BYTES) {
    return fail({ code: 'file/too-large', line: 1, column: 1, params: { size: text.length, max: MAX_FILE_BYTES } });
  }
  if (text.trim() === '' || onlyComments(text)) {
    return fail({ code: 'file/empty', line: 1, column: 1, params: {} });
  }
  const tab = TAB_INDENT.exec(text);
  if (tab) {
    const { line } = source.position(tab.index + tab[0].length - 1);
    return fail({ code: 'yaml/tab-indent', line, column: tab[0].length, params: {} });
  }
  if (!ANCHOR_OR_ALIAS.test(text)) {
    try {
      return { ok: true, data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) };
    } catch {
      // fall through: the slow path positions every error
    }
  }
  return parseCarefully(source);
}

function parseCarefully(source: SourceFile): ParseResult {
  const doc = source.document();
  if (doc.errors.length > 0) return { ok: false, problems: yamlProblems(source, doc.errors) };
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    if (!isMap(doc.contents) && !isSeq(doc.contents) && (data === null || data === undefined)) {
      return fail({ code: 'file/empty', line: 1, column: 1, params: {} });
    }
    return { ok: true, data };
  } catch {
    const first = ANCHOR_OR_ALIAS.exec(source.text);
    const { line, column } = source.position(first ? first.index : 0);
    return fail({ code: 'yaml/alias-limit', line, column, params: { max: MAX_ALIASES } });
  }
}

function onlyComments(text: string): boolean {
  // Nearly every file has a key on its first lines: no need to split the whole text then.
  if (/^[ \t]*[^\s#-]/m.test(text)) return false;
  return text.split('\n').every((l) => /^\s*(#.*)?$/.test(l) || l.trim() === '---');
}

function fail(problem: SyntaxProblem): ParseResult {
  return { ok: false, problems: [problem] };
}
