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

/** Term → weight of a query (a matter) or a document. */
export type Terms = Map<string, number>;

/** The bigrams of `text` with their counts. `remove` are further phrases to cut out first
 *  (the names of the units, which every duty of a list repeats). */
export function termsOf(text: string, remove?: RegExp, shared: 'all' | 'grammar' = 'all'): Terms {
  let clean = text.replace(shared === 'all' ? SHARED_PATTERN : GRAMMAR_PATTERN, '|');
  if (remove) clean = clean.replace(remove, '|');
  const terms: Terms = new Map();
  for (const run of clean.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const bigram = run.slice(i, i + 2);
      terms.set(bigram, (terms.get(bigram) ?? 0) + 1);
    }
  }
  return terms;
}

/** BM25 statistics of one law version's articles. */
export interface RelevanceIndex {
  version: LawVersion;
  idf: Map<string, number>;
  averageLength: number;
  /** Per article (same order as version.articles), its term → BM25 weight. */
  weights: Terms[];
  /** Term → the articles holding it and the weight there, as parallel arrays. */
  postings: Map<string, { at: Int32Array; weight: Float64Array }>;
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
  const docs = version.articles.map((a) => termsOf(plainText(a)));
  const lengths = docs.map(lengthOf);
  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length);
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log(1 + (n - count + 0.5) / (count + 0.5)));
  const index: RelevanceIndex = { version, idf, averageLength, weights: [], postings: new Map(), parts: new Map(), scores: new Map() };
  const lists = new Map<string, [number, number][]>();
  docs.forEach((doc, i) => {
    const weights = weigh(index, doc, lengths[i] ?? 0);
    index.weights.push(weights);
    for (const [term, w] of weights) {
      const list = lists.get(term);
      if (list) list.push([i, w]);
      else lists.set(term, [[i, w]]);
    }
  });
  for (const [term, list] of lists) {
    index.postings.set(term, { at: Int32Array.from(list, (x) => x[0]), weight: Float64Array.from(list, (x) => x[1]) });
  }
  indexes.set(version, index);
  return index;
}

function lengthOf(terms: Terms): number {
  let n = 0;
  for (const c of terms.values()) n += c;
  return n;
}

function weigh(index: RelevanceIndex, doc: Terms, length: number): Terms {
  const out: Terms = new Map();
  const norm = K1 * (1 - B + (B * length) / Math.max(1, index.averageLength));
  for (const [term, tf] of doc) {
    const idf = index.idf.get(term) ?? 0;
    if (idf > 0) out.set(term, (idf * tf * (K1 + 1)) / (tf + norm));
  }
  return out;
}

/** Score of every article of the index's version for the query, by article position. A query
 *  given a key (its text) is scored once per version: duties repeated across matters cost once. */
export function scoreArticles(index: RelevanceIndex, query: Terms, key?: string): Float64Array {
  const known = key === undefined ? undefined : index.scores.get(key);
  if (known) return known;
  const scores = new Float64Array(index.weights.length);
  for (const [term, q] of query) {
    const list = index.postings.get(term);
    if (!list) continue;
    const { at, weight } = list;
    for (let k = 0; k < at.length; k++) {
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
    weights = weigh(index, doc, lengthOf(doc));
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
