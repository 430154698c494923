// The law registry's public API: rules and commands import only from here.
export type * from './types.js';
export { articleLabel, parseChineseNumeral, parseNumeral, toChineseNumeral, type NumeralStyle, type ParsedNumeral } from './numerals.js';
export { LAW_LEVELS, LawParseError, defaultLevel, parseLawText, type LawParseErrorCode } from './parse.js';
export {
  articleOf, buildRegistry, findInstrument, loadRegistry, nearestTitle, suggestTitle, versionOn,
  type InstrumentMatch, type LawRegistry, type LoadOptions,
} from './registry.js';
export { canonicalDocNumber, parseCitation, type ParseOptions, type ParsedCitation } from './citation.js';
export { applyFixes, checkCitation, normaliseCitation, type CheckOptions } from './resolve.js';
export {
  MERGE_THRESHOLD, MOVE_THRESHOLD, articleText, compareVersions, comparisonOf, normaliseText, similarity,
  type ArticleChange, type ArticleMapping, type VersionComparison,
} from './compare.js';
export { checkQuote } from './quote.js';
export { expandRefs, rangeEnds } from './ranges.js';
export { lawMessages } from './messages.js';
export { changeCounts, formatArticle, formatUnverified, formatComparison, formatRegistry, formatTable, textWidth } from './present.js';
export { plainText, relevanceIndex, scoreArticles, scoreText, termsOf, type RelevanceIndex, type Terms } from './relevance.js';
export { citedArticles, refText, type CitedArticle, type CitedInstrument } from './cited.js';
export { inLiabilityChapter, isPenaltyArticle, liabilityChapter, penaltyArticles, setsPenalty } from './penalty.js';
export { canonicalRole, rolesNamed } from './authority.js';
export { registryNotices, versionNotices, type LawNotice } from './notices.js';
