// How much a piece of law text is about a matter. Chinese has no spaces, so the terms are the
// character bigrams of runs of Han characters, after the words every duty and every article
// share (依法、负责、监督、管理…) are cut out. Terms are weighted by BM25 over the articles of one
// law version: a bigram found in every article of 娱乐场所管理条例 (娱乐, 场所) weighs little there,
// one found in two articles (营业, 时间 in 禁止营业时间) weighs much. One index per version, built
// on first use and kept for the life of the registry object.
import type { LawArticle, LawParagraph, LawVersion } from './types.js';

// Words that say nothing about which article a duty rests on: administrative boilerplate found
// on both sides (duties: 依法开展监督检查，受理移交的线索；articles: 县级以上人民政府有关部门应当).
const SHARED = [
  '依法', '依照', '按照', '根据', '负责', '监督', '管理', '开展', '工作', '有关', '相关', '部门', '单位', '应当', '或者',
  '以及', '规定', '本条例', '本法', '本规定', '本办法', '人民政府', '县级以上', '地方各级', '主管', '行政', '职责', '进行',
  '实施', '组织', '情况', '及时', '当天', '配合', '协助', '辖区', '范围内', '其他', '国家', '个工作日', '工作日',
  '完成交接', '处理结果', '反馈', '移交', '受理', '线索', '并将', '记录归档', '街道', '本行政区域', '违法行为',
];
const SHARED_PATTERN = new RegExp(SHARED.sort((a, b) => b.length - a.length).join('|'), 'g');
// The grammar of any sentence of law or duty, cut even from a single duty read on its own.
const GRAMMAR = ['依法', '依照', '按照', '根据', '负责', '开展', '工作', '有关', '相关', '部门', '单位', '应当', '或者', '以及', '规定', '人民政府', '县级以上', '地方各级', '及时', '当天', '个工作日', '工作日'];
const GRAMMAR_PATTERN = new RegExp(GRAMMAR.sort((a, b) => b.length - a.length).join('|'), 'g');
const HAN_RUN = /\p{Script=Han}+/gu;

const K1 = 1.2;
const B = 0.75;

/** Term (a bigram, as a number: see bigram()) → weight of a query (a matter) or a document. */
export type Terms = Map<number, number>;

// Han characters of the basic block (U+3400–U+9FFF) each have their own number; the few others
// (compatibility ideographs, surrogate halves of rarer ones) share 1,024. A bigram is then a
// small integer, which a Map keeps without allocating a string per occurrence.
const HAN_BASE = 0x3400;
const HAN_SPAN = 0x9fff - HAN_BASE + 1;
const CODES = HAN_SPAN + 0x400;

function charCode(c: number): number {
  return c >= HAN_BASE && c <= 0x9fff ? c - HAN_BASE : HAN_SPAN + (c & 0x3ff);
}

function bigram(run: string, i: number): number {
  return charCode(run.charCodeAt(i)) * CODES + charCode(run.charCodeAt(i + 1));
}

/** The bigrams of `text` with their counts. `remove` are further phrases to cut out first
 *  (the names of the units, which every duty of a list repeats). */
export function termsOf(text: string, remove?: RegExp, shared: 'all' | 'grammar' = 'all'): Terms {
  let clean = text.replace(shared === 'all' ? SHARED_PATTERN : GRAMMAR_PATTERN, '|');
  if (remove) clean = clean.replace(remove, '|');
  const terms: Terms = new Map();
  for (const run of clean.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const term = bigram(run, i);
      terms.set(term, (terms.get(term) ?? 0) + 1);
    }
  }
  return terms;
}

/** BM25 statistics of one law version's articles. */
export interface RelevanceIndex {
  version: LawVersion;
  /** Number of articles. */
  size: number;
  averageLength: number;
  /** Term → its number in `idf` and in the postings arrays. */
  terms: Map<number, number>;
  idf: Float64Array;
  /** Postings in three flat arrays (a typed array per term would cost a backing store each):
   *  the articles holding term t, with its weight there, are at[start[t] … start[t + 1]). */
  start: Int32Array;
  at: Int32Array;
  weight: Float64Array;
  /** Scores of every article for a query seen before, by the query's key. */
  scores: Map<string, Float64Array>;
  /** Weighted terms of the parts of articles (款, 项) scored so far. */
  parts: Map<string, Terms>;
}

const indexes = new WeakMap<LawVersion, RelevanceIndex>();
const SCORES_LIMIT = 5_000;

export function relevanceIndex(version: LawVersion): RelevanceIndex {
  const known = indexes.get(version);
  if (known) return known;
  // One pass over the articles: each (article, term, count) once, terms numbered as met.
  const terms = new Map<number, number>();
  const df: number[] = [];
  const docOf: number[] = [];
  const termOf: number[] = [];
  const tfOf: number[] = [];
  const lengths = new Float64Array(version.articles.length);
  version.articles.forEach((article, i) => {
    let length = 0;
    for (const [term, tf] of termsOf(plainText(article))) {
      let t = terms.get(term);
      if (t === undefined) {
        t = terms.size;
        terms.set(term, t);
        df.push(0);
      }
      df[t] = (df[t] as number) + 1;
      docOf.push(i);
      termOf.push(t);
      tfOf.push(tf);
      length += tf;
    }
    lengths[i] = length;
  });
  const n = version.articles.length;
  let total = 0;
  for (const l of lengths) total += l;
  const averageLength = total / Math.max(1, n);
  const idf = Float64Array.from(df, (count) => Math.log(1 + (n - count + 0.5) / (count + 0.5)));
  const start = new Int32Array(terms.size + 1);
  for (const t of termOf) start[t + 1] = (start[t + 1] as number) + 1;
  for (let t = 0; t < terms.size; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
  const at = new Int32Array(termOf.length);
  const weight = new Float64Array(termOf.length);
  const fill = start.slice(0, terms.size);
  for (let k = 0; k < termOf.length; k++) {
    const t = termOf[k] as number;
    const i = docOf[k] as number;
    const slot = fill[t] as number;
    at[slot] = i;
    weight[slot] = bm25(idf[t] as number, tfOf[k] as number, lengths[i] as number, averageLength);
    fill[t] = slot + 1;
  }
  const index: RelevanceIndex = { version, size: n, averageLength, terms, idf, start, at, weight, parts: new Map(), scores: new Map() };
  indexes.set(version, index);
  return index;
}

function bm25(idf: number, tf: number, length: number, averageLength: number): number {
  const norm = K1 * (1 - B + (B * length) / Math.max(1, averageLength));
  return (idf * tf * (K1 + 1)) / (tf + norm);
}

function lengthOf(terms: Terms): number {
  let n = 0;
  for (const c of terms.values()) n += c;
  return n;
}

function weigh(index: RelevanceIndex, doc: Terms): Terms {
  const out: Terms = new Map();
  const length = lengthOf(doc);
  for (const [term, tf] of doc) {
    const t = index.terms.get(term);
    const idf = t === undefined ? 0 : (index.idf[t] as number);
    if (idf > 0) out.set(term, bm25(idf, tf, length, index.averageLength));
  }
  return out;
}

/** Score of every article of the index's version for the query, by article position. A query
 *  given a key (its text) is scored once per version: duties repeated across matters cost once. */
export function scoreArticles(index: RelevanceIndex, query: Terms, key?: string): Float64Array {
  const known = key === undefined ? undefined : index.scores.get(key);
  if (known) return known;
  const scores = new Float64Array(index.size);
  const { at, weight, start } = index;
  for (const [term, q] of query) {
    const t = index.terms.get(term);
    if (t === undefined) continue;
    for (let k = start[t] as number, end = start[t + 1] as number; k < end; k++) {
      const i = at[k] as number;
      scores[i] = (scores[i] as number) + q * (weight[k] as number);
    }
  }
  if (key !== undefined) {
    // Bounded: every matter's name is a key of its own, so 100,000 matters would keep 100,000 rows.
    if (index.scores.size >= SCORES_LIMIT) index.scores.clear();
    index.scores.set(key, scores);
  }
  return scores;
}

/** Score of a piece of an article (a 款 or a 项 with its lead-in) for the query. */
export function scoreText(index: RelevanceIndex, text: string, query: Terms): number {
  let weights = index.parts.get(text);
  if (!weights) {
    const doc = termsOf(text);
    weights = weigh(index, doc);
    index.parts.set(text, weights);
  }
  let score = 0;
  for (const [term, w] of weights) score += (query.get(term) ?? 0) * w;
  return score;
}

const texts = new WeakMap<LawArticle, string>();

export function plainText(article: LawArticle): string {
  const known = texts.get(article);
  if (known !== undefined) return known;
  const text = article.paragraphs.map(paragraphText).join('');
  texts.set(article, text);
  return text;
}

export function paragraphText(paragraph: LawParagraph): string {
  return paragraph.text + paragraph.items.map((i) => i.text).join('');
}
