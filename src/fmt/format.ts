// Canonical form of one YAML file, through the `yaml` Document API so comments and blank lines
// stay attached to the nodes they describe while keys are reordered.
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type YAMLError } from 'yaml';
import { keyRank, shapeOf, type FileKind, type ShapeNode } from './order.js';

/** Rewrites one citation string to its canonical spelling. */
export type Normalise = (citation: string) => string;

export type FormatResult = { ok: true; text: string } | { ok: false; offset: number; message: string; errors: YAMLError[] };

/** The rewrites fmt makes besides layout; each can be left out to tell which one changes a file. */
export interface FormatSteps {
  /** Keys in the schema's order (default true). */
  order?: boolean;
  /** Quotes only where YAML needs them (default true). */
  quoting?: boolean;
}

/** Lists of unit names, types and parts read best on one line; prose lists get one line per entry. */
const FLOW_KEYS = new Set(['primary', 'supporting', 'issuers', 'types', 'parts', 'power_refs', 'aliases']);

const STRINGIFY = {
  indent: 2,
  indentSeq: true,
  // Folding long lines would split Chinese duties mid-sentence and make every edit a noisy diff.
  lineWidth: 0,
  minContentWidth: 0,
  flowCollectionPadding: false,
  singleQuote: true,
} as const;

export function formatYaml(text: string, kind: FileKind, normalise: Normalise, steps: FormatSteps = {}): FormatResult {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const error = doc.errors[0];
  if (error) return { ok: false, offset: error.pos[0], message: error.message.split('\n')[0] ?? error.code, errors: doc.errors };
  if (doc.contents) {
    liftHeader(doc);
    tidy(doc.contents, shapeOf(kind), [], { kind, normalise, order: steps.order !== false, quoting: steps.quoting !== false });
  }
  return { ok: true, text: render(doc) };
}

interface Walk {
  kind: FileKind;
  normalise: Normalise;
  order: boolean;
  quoting: boolean;
}

type Path = (string | number)[];

function tidy(node: Node, shape: ShapeNode | undefined, path: Path, walk: Walk): void {
  if (isMap(node)) {
    node.flow = false;
    if (walk.order) {
      const ranked = node.items.map((pair, i) => ({ pair, i, rank: keyRank(shape, keyOf(pair.key)) }));
      ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
      node.items = ranked.map((r) => r.pair);
    }
    for (const pair of node.items) {
      if (isScalar(pair.key) && walk.quoting) plain(pair.key);
      const key = keyOf(pair.key);
      if (isNode(pair.value)) tidy(pair.value, shape?.properties?.[key], [...path, key], walk);
    }
  } else if (isSeq(node)) {
    const last = path.at(-1);
    node.flow = typeof last === 'string' && FLOW_KEYS.has(last) && node.items.every((item) => isScalar(item) && !item.commentBefore && !item.comment);
    node.items.forEach((item, i) => {
      if (isNode(item)) tidy(item, shape?.items, [...path, i], walk);
    });
  } else if (isScalar(node) && typeof node.value === 'string') {
    if (walk.quoting) plain(node);
    if (isCitation(walk.kind, path)) node.value = walk.normalise(node.value);
  }
}

/** Quotes only where YAML needs them: the stringifier re-quotes a plain scalar that would change type. */
function plain(scalar: Scalar): void {
  if (typeof scalar.value === 'string' && (scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE)) {
    scalar.type = scalar.value.includes('\n') ? Scalar.BLOCK_LITERAL : Scalar.PLAIN;
  }
}

// Comments at the top of a file (the yaml-language-server modeline) parse as belonging to the
// first key when no blank line follows them; they describe the file and must stay on top.
function liftHeader(doc: Document): void {
  const map = doc.contents;
  const first = isMap(map) ? map.items[0]?.key : undefined;
  if (!isMap(map) || !isScalar(first) || !first.commentBefore) return;
  map.commentBefore = map.commentBefore ? `${map.commentBefore}\n${first.commentBefore}` : first.commentBefore;
  first.commentBefore = undefined;
}

function isCitation(kind: FileKind, path: Path): boolean {
  const [first, second, third] = path;
  if (first === 'basis') return path.length === 2 && typeof second === 'number';
  if (kind !== 'matter') return false;
  if (first === 'quotes') return path.length === 3 && third === 'citation';
  return first === 'delegation' && second === 'document' && path.length === 2;
}

function keyOf(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function isNode(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value);
}

function render(doc: Document): string {
  const text = doc.toString(STRINGIFY);
  return text.endsWith('\n') ? text : `${text}\n`;
}
