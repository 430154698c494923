// Which articles set a penalty: those of the 法律责任 (罚则) chapter, and any other that itself
// imposes one (罚款, 没收, 吊销, 责令停业 …) — a law without chapters has only the latter.
import { plainText } from './relevance.js';
import type { LawArticle, LawVersion } from './types.js';

const LIABILITY_CHAPTER = /法律责任|罚则/;
const SETS_PENALTY = /罚款|没收|吊销|责令停业|责令停产停业|责令关闭|(?:给予|予以|处以?)警告|拘留|暂扣|降低资质等级|予以取缔|停业整顿/;

export function inLiabilityChapter(article: LawArticle): boolean {
  return article.chapter !== undefined && LIABILITY_CHAPTER.test(article.chapter);
}

/** True when the text (an article or the part of it cited) imposes a penalty. */
const sets = new Map<string, boolean>();

export function setsPenalty(text: string): boolean {
  let known = sets.get(text);
  if (known === undefined) {
    known = SETS_PENALTY.test(text);
    if (sets.size >= 10_000) sets.clear();
    sets.set(text, known);
  }
  return known;
}

export function isPenaltyArticle(article: LawArticle, text = plainText(article)): boolean {
  return inLiabilityChapter(article) || setsPenalty(text);
}

/** The chapter title of the version's liability articles (e.g. 第五章 法律责任), if it has one. */
export function liabilityChapter(version: LawVersion): string | undefined {
  return version.articles.find(inLiabilityChapter)?.chapter;
}

/** The articles that could carry a penalty matter: the liability chapter's, else any setting one. */
export function penaltyArticles(version: LawVersion): LawArticle[] {
  const chapter = version.articles.filter(inLiabilityChapter);
  return chapter.length > 0 ? chapter : version.articles.filter((a) => setsPenalty(plainText(a)));
}
