import { normaliseText } from './compare.js';
import { parseCitation } from './citation.js';
import { articleOf, findInstrument, versionOn, type LawRegistry } from './registry.js';
import { checkCitation, type CheckOptions } from './resolve.js';
import { expandRefs } from './ranges.js';
import type { ArticleRef, CitationFinding, LawArticle } from './types.js';

const SNIPPET = 12;
const ELLIPSIS = /……|…|\.{3,}/g;

/** Checks that `quotedText` is the text (or an excerpt, gaps marked ……) of what `citation`
 *  cites in the version in force on `onDate`. Citation problems are returned instead. */
export function checkQuote(
  registry: LawRegistry,
  citation: string,
  quotedText: string,
  onDate: string,
  options: CheckOptions = {},
): CitationFinding[] {
  const problems = checkCitation(registry, citation, onDate, options).filter((f) => f.severity === 'error');
  if (problems.length > 0) return problems;
  const law = parseCitation(citation).laws[0];
  const instrument = law && findInstrument(registry, law.title)?.instrument;
  const version = instrument && versionOn(instrument, onDate);
  if (!law || !instrument || !version?.hasText || law.refs.length === 0) return [];
  const refs = expandRefs(law.refs, version);
  const source = normaliseText(refs.map((r) => refText(articleOf(version, r.article, r.suffix), r)).join(''));
  const mismatch = findMismatch(source, quotedText);
  if (!mismatch) return [];
  return [{
    code: 'quote-mismatch',
    severity: 'error',
    span: { start: mismatch.at, end: Math.min(quotedText.length, mismatch.at + SNIPPET) },
    params: {
      law: instrument.title,
      citation: law.refs.length === 1 ? citation.slice(law.refs[0]?.span.start, law.refs[0]?.span.end) : citation,
      version: version.version,
      found: mismatch.found,
      expected: mismatch.expected,
      position: mismatch.at + 1,
    },
  }];
}

/** The text a ref points at: a 项, a 款 with its 项, or the whole article. */
function refText(article: LawArticle | undefined, ref: ArticleRef): string {
  if (!article) return '';
  const paragraph = ref.paragraph === undefined
    ? ref.item === undefined ? undefined : article.paragraphs.find((p) => p.items.length > 0)
    : article.paragraphs[ref.paragraph - 1];
  if (ref.item !== undefined) return paragraph?.items.find((i) => i.number === ref.item)?.text ?? '';
  const paragraphs = paragraph ? [paragraph] : article.paragraphs;
  return paragraphs.map((p) => p.text + p.items.map((i) => i.text).join('')).join('');
}

interface Mismatch {
  /** Offset in the quote (as written) where the texts part. */
  at: number;
  found: string;
  expected: string;
}

/** Where the quote stops following the source; undefined when every piece is found in order. */
function findMismatch(source: string, quote: string): Mismatch | undefined {
  let from = 0;
  for (const piece of pieces(quote)) {
    const wanted = normaliseText(piece.text);
    const at = source.indexOf(wanted, from);
    if (at >= 0) {
      from = at + wanted.length;
      continue;
    }
    // Longest prefix of the piece that the source still contains after `from`.
    let lo = 0;
    let hi = wanted.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (source.indexOf(wanted.slice(0, mid), from) >= 0) lo = mid;
      else hi = mid - 1;
    }
    const anchor = lo === 0 ? from : source.indexOf(wanted.slice(0, lo), from) + lo;
    return {
      at: piece.start + writtenOffset(piece.text, lo),
      found: wanted.slice(lo, lo + SNIPPET),
      expected: source.slice(anchor, anchor + SNIPPET),
    };
  }
  return undefined;
}

/** The parts of a quote between ellipses (……), with their offsets. */
function pieces(quote: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of quote.matchAll(ELLIPSIS)) {
    out.push({ text: quote.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  out.push({ text: quote.slice(start), start });
  return out.filter((p) => p.text.trim() !== '');
}

/** Offset in `written` of the `n`th character of its normalised form. */
function writtenOffset(written: string, n: number): number {
  for (let i = 0; i <= written.length; i++) {
    if (normaliseText(written.slice(0, i)).length >= n) return i;
  }
  return written.length;
}
