import { parseCitation, type ParseOptions } from './citation.js';
import { comparisonOf } from './compare.js';
import { NUMERAL_CHARS, articleLabel, toChineseNumeral } from './numerals.js';
import { expandRefs, rangeEnds } from './ranges.js';
import { articleOf, findInstrument, nearestTitle, versionOn, type LawRegistry } from './registry.js';
import type { ArticleRef, CitationFinding, CitedLaw, LawArticle, LawVersion } from './types.js';

/** Options of checkCitation. */
export interface CheckOptions {
  /** When the citation was written (the list's effective date, or the date of the adjustment
   *  that last changed the matter). If a different version was in force then, articles whose
   *  content has since moved are reported as `renumbered`. */
  citedOn?: string;
}

type Emit = (f: CitationFinding) => void;

const ARTICLE_UNIT = new RegExp(`^第[${NUMERAL_CHARS}]+条(?:之[${NUMERAL_CHARS}]+)?`);
const EXCERPT = 40;

/** Every problem of one citation string checked against the versions in force on `onDate`. */
export function checkCitation(registry: LawRegistry, citation: string, onDate: string, options: CheckOptions = {}): CitationFinding[] {
  const { laws, findings } = parseCitation(citation, knownTitles(registry));
  const emit: Emit = (f) => findings.push(f);
  for (const law of laws) checkLaw(registry, citation, law, onDate, options, emit);
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** The citation as it should be written: Chinese numerals, full titles in 《》, 文号 with 〔〕. */
export function normaliseCitation(registry: LawRegistry, s: string): string {
  const { laws, findings } = parseCitation(s, knownTitles(registry));
  const fixes = findings.filter((f) => f.fix !== undefined && f.code !== 'range-order');
  for (const law of laws) {
    const match = findInstrument(registry, law.title);
    if (match?.alias) fixes.push({ code: 'alias', severity: 'warning', span: law.titleSpan, params: {}, fix: `《${match.instrument.title}》` });
  }
  return applyFixes(s, fixes);
}

/** Lets the parser add 《》 to a bare title only when it names a registered law. */
function knownTitles(registry: LawRegistry): ParseOptions {
  return { isKnownTitle: (title) => findInstrument(registry, title) !== undefined };
}

/** Applies the fixes of findings to `s`; of two fixes on overlapping spans the later one wins. */
export function applyFixes(s: string, findings: CitationFinding[]): string {
  const bySpan = new Map<string, CitationFinding>();
  for (const f of findings) if (f.fix !== undefined) bySpan.set(`${f.span.start}:${f.span.end}`, f);
  let out = s;
  let limit = Infinity;
  for (const f of [...bySpan.values()].sort((a, b) => b.span.start - a.span.start)) {
    if (f.span.end > limit) continue;
    out = out.slice(0, f.span.start) + (f.fix ?? '') + out.slice(f.span.end);
    limit = f.span.start;
  }
  return out;
}

function checkLaw(registry: LawRegistry, s: string, law: CitedLaw, onDate: string, options: CheckOptions, emit: Emit): void {
  const match = findInstrument(registry, law.title);
  const span = law.titleSpan;
  if (!match) {
    emit({ code: 'unknown-law', severity: 'error', span, params: { law: law.title, suggestion: nearestTitle(registry, law.title) ?? '' } });
    return;
  }
  const { instrument } = match;
  const title = instrument.title;
  if (match.alias) {
    emit({ code: 'alias', severity: 'warning', span, params: { law: law.title, title }, fix: `《${title}》` });
  }
  const version = versionOn(instrument, onDate);
  if (!version) {
    const repealed = instrument.versions.filter((v) => v.effective <= onDate).at(-1)?.repealed;
    if (repealed !== undefined) {
      emit({ code: 'repealed', severity: 'error', span, params: { law: title, date: onDate, repealed } });
    } else {
      const effective = instrument.versions[0]?.effective ?? '';
      emit({ code: 'not-in-force', severity: 'error', span, params: { law: title, date: onDate, effective } });
    }
    return;
  }
  if (!version.hasText) {
    emit({ code: 'unverifiable', severity: 'warning', span, params: { law: title, version: version.version } });
    return;
  }
  const cited = options.citedOn === undefined ? undefined : versionOn(instrument, options.citedOn);
  const moves = cited && cited !== version && cited.hasText ? cited : undefined;
  // 第二十六条第一款和第四款 moved together: one finding for the article, not one per 款.
  const movedArticles = new Set<string>();
  const movedOnce: Emit = (f) => {
    const key = String(f.params.old ?? f.params.article ?? '');
    if (movedArticles.has(key)) return;
    movedArticles.add(key);
    emit(f);
  };
  for (const ref of law.refs) {
    if (ref.through !== undefined && !moves) {
      checkRange(title, ref, version, emit);
      continue;
    }
    // Members of a range as the longer of the two versions has them; a missing member is said once.
    const longer = moves && moves.articles.length > version.articles.length ? moves : version;
    let missing = false;
    const once: Emit = (f) => {
      if (ref.through !== undefined && f.code.endsWith('-missing')) {
        if (missing) return;
        missing = true;
      }
      emit(f);
    };
    for (const member of expandRefs([ref], longer)) {
      if (moves && checkMoved(s, title, member, moves, version, movedOnce, onDate)) continue;
      checkRef(title, member, version, once);
    }
    // A range running past both versions: its last member, said once.
    if (ref.through !== undefined) checkRef(title, { ...rangeEnds(ref)[1], span: ref.span }, version, once);
  }
}

/** A range is one finding at most: its first member or its last is missing (the numbers between
 *  exist once both ends do). */
function checkRange(title: string, ref: ArticleRef, version: LawVersion, emit: Emit): void {
  for (const end of rangeEnds(ref)) {
    let found = false;
    checkRef(title, { ...end, span: ref.span }, version, (f) => {
      if (!found) emit(f);
      found = true;
    });
    if (found) return;
  }
}

/** True when the ref was handled as pointing at an article that moved or went since `cited`. */
function checkMoved(s: string, title: string, ref: ArticleRef, cited: LawVersion, current: LawVersion, emit: Emit, onDate: string): boolean {
  const old = articleOf(cited, ref.article, ref.suffix);
  if (!old) return false;
  const mapping = comparisonOf(cited, current).mappings.find((m) => m.old === old);
  const since = current.effective;
  // Checked on a date before the version the list was written against: the cited numbering is
  // the newer one, and the message says so (not "since <older date> … the old article is now …").
  const newer = cited.effective > current.effective;
  const era = { citedVersion: cited.version, citedEffective: cited.effective, version: current.version, effective: current.effective, date: onDate };
  if (!mapping || (mapping.change === 'removed' && !mapping.into)) {
    emit(newer
      ? { code: 'article-removed', message: 'citation/article-removed.newer', severity: 'warning', span: ref.span, params: { law: title, article: old.label, ...era } }
      : { code: 'article-removed', severity: 'error', span: ref.span, params: { law: title, article: old.label, since, version: current.version } });
    return true;
  }
  const next = mapping.change === 'moved' ? mapping.new : mapping.into?.article;
  if (!next || sameArticle(next, ref)) return false;
  const score = mapping.change === 'moved' ? mapping.similarity : mapping.into?.containment ?? 0;
  const newLabel = articleLabel(next.number, next.suffix);
  const finding: CitationFinding = {
    code: 'renumbered',
    severity: 'error',
    span: ref.span,
    params: {
      law: title, old: old.label, new: newLabel, since, similarity: score,
      oldText: excerpt(old), newText: excerpt(next),
    },
  };
  if (newer) {
    // Not a fix: the list is right for when it applies; only the check date is earlier.
    emit({ ...finding, message: 'citation/renumbered.newer', severity: 'warning', params: { ...finding.params, ...era } });
    return true;
  }
  const written = s.slice(ref.span.start, ref.span.end);
  const unit = ARTICLE_UNIT.exec(written);
  if (unit && !written.includes('至')) finding.fix = newLabel + written.slice(unit[0].length);
  emit(finding);
  return true;
}

function sameArticle(article: LawArticle, ref: ArticleRef): boolean {
  return article.number === ref.article && article.suffix === ref.suffix;
}

function checkRef(title: string, ref: ArticleRef, version: LawVersion, emit: Emit): void {
  const label = articleLabel(ref.article, ref.suffix);
  const article = articleOf(version, ref.article, ref.suffix);
  const base = { law: title, article: label, version: version.version };
  if (!article) {
    emit({ code: 'article-missing', severity: 'error', span: ref.span, params: { ...base, count: version.articles.length } });
    return;
  }
  let paragraph = article.paragraphs[0];
  if (ref.paragraph !== undefined) {
    paragraph = article.paragraphs[ref.paragraph - 1];
    if (!paragraph) {
      const params = { ...base, paragraph: `第${toChineseNumeral(ref.paragraph)}款`, count: article.paragraphs.length };
      emit({ code: 'paragraph-missing', severity: 'error', span: ref.span, params });
      return;
    }
  } else if (ref.item !== undefined) {
    // 第四十八条第三项: with one paragraph of items the 款 is omitted (DOMAIN.md §4).
    paragraph = article.paragraphs.find((p) => p.items.length > 0) ?? paragraph;
  }
  if (ref.item !== undefined && !paragraph?.items.some((i) => i.number === ref.item)) {
    const where = ref.paragraph !== undefined ? `${article.label}第${toChineseNumeral(ref.paragraph)}款` : article.label;
    const count = paragraph?.items.length ?? 0;
    const params = { ...base, where, item: `第${toChineseNumeral(ref.item)}项`, count };
    emit({ code: 'item-missing', severity: 'error', span: ref.span, params, ...(count === 0 ? { message: 'citation/item-missing.none' } : {}) });
  }
}

function excerpt(article: LawArticle): string {
  const text = article.paragraphs.map((p) => p.text).join('');
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}
