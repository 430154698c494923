// A law's new version → the draft adjustment it calls for. Every citation of the law in the
// matters whose citations speak for an older version is compared article by article through the
// registry's version comparison: moved articles get their new numbers, reworded and removed ones
// are left for a person. The draft is a record like any other, marked `status: draft`.
import { applyFixes, articleLabel, articleOf, comparisonOf, findInstrument, parseCitation, versionOn } from '../laws/index.js';
import type { CitationFinding, Instrument, LawRegistry, LawVersion } from '../laws/index.js';
import { NUMERAL_CHARS } from '../laws/numerals.js';
import { chineseDate } from '../diff/workbook-rows.js';
import type { Adjustment, CitationChange, Matter } from '../types.js';

/** One draft record: the id (= file stem) and its content. */
export interface LawDraft {
  id: string;
  law: string;
  newer: LawVersion;
  adjustment: Adjustment;
  /** Citation changes settled mechanically, and those left for a person. */
  resolved: number;
  open: number;
}

export interface DraftInput {
  registry: LawRegistry;
  matters: readonly Matter[];
  /** Per matter id, the date its citations speak for (check's citationDates). */
  citedOn: (id: string) => string;
  /** The record's date: today. */
  today: string;
}

const ARTICLE_UNIT = new RegExp(`^第[${NUMERAL_CHARS}]+条(?:之[${NUMERAL_CHARS}]+)?`);

/** The file stem of the draft for `newer`: DRAFT-<short title>-<version date>. */
export function draftId(newer: LawVersion): string {
  return `DRAFT-${shortTitle(newer.title)}-${newer.version}`;
}

/** The draft for the newest version with text of `instrument`, or undefined when no matter's
 *  citations speak for an older version in a way the newer one changes. */
export function draftFor(instrument: Instrument, input: DraftInput): LawDraft | undefined {
  const newer = instrument.versions.filter((v) => v.hasText).at(-1);
  if (!newer) return undefined;
  const items: Adjustment['items'] = [];
  const primaries: string[] = [];
  let resolved = 0;
  let open = 0;
  for (const matter of input.matters) {
    const older = versionOn(instrument, input.citedOn(matter.id));
    if (!older || !older.hasText || older.version >= newer.version) continue;
    const citations = citationsOf(matter).flatMap((from) => {
      const change = citationChange(input.registry, instrument, from, older, newer);
      return change ? [change] : [];
    });
    if (citations.length === 0) continue;
    for (const c of citations) (c.to !== undefined && c.review === undefined ? resolved++ : open++);
    items.push({ matter: matter.id, action: 'modify', parts: ['basis'], citations });
    primaries.push(...matter.responsibility.primary);
  }
  if (items.length === 0) return undefined;
  const id = draftId(newer);
  const law = `《${instrument.title}》`;
  const adjustment: Adjustment = {
    id,
    status: 'draft',
    applicant: mostNamed(primaries),
    date: input.today,
    reason: `${law}${chineseDate(newer.version)}版自${chineseDate(newer.effective)}起施行，清单${items.map((i) => i.matter).join('、')}引用的条文序号或内容有变化，需按新版本更新法律依据。`,
    basis: [`${law}（${chineseDate(newer.version)}版）`],
    items,
  };
  return { id, law: instrument.title, newer, adjustment, resolved, open };
}

/** Drafts for every law of the registry that has more than one version with text. */
export function allDrafts(input: DraftInput): LawDraft[] {
  return input.registry.instruments.flatMap((instrument) => {
    const draft = instrument.versions.filter((v) => v.hasText).length > 1 ? draftFor(instrument, input) : undefined;
    return draft ? [draft] : [];
  });
}

/** The distinct citation strings of a matter: basis lines, quotes' sources, the delegation. */
function citationsOf(matter: Matter): string[] {
  const all = [...matter.basis, ...(matter.quotes ?? []).map((q) => q.citation), ...(matter.delegation ? [matter.delegation.document] : [])];
  return [...new Set(all)];
}

/** What `newer` does to the articles of `instrument` that `from` cites (read against `older`):
 *  `to` with the moved articles renumbered, unless an article went or a range must be rewritten;
 *  `review` for whatever a person must look at. */
function citationChange(registry: LawRegistry, instrument: Instrument, from: string, older: LawVersion, newer: LawVersion): CitationChange | undefined {
  const comparison = comparisonOf(older, newer);
  const fixes: CitationFinding[] = [];
  const reviews: string[] = [];
  let unsettled = false;
  const isKnownTitle = (title: string): boolean => findInstrument(registry, title) !== undefined;
  for (const law of parseCitation(from, { isKnownTitle }).laws) {
    if (findInstrument(registry, law.title)?.instrument !== instrument) continue;
    for (const ref of law.refs) {
      const old = articleOf(older, ref.article, ref.suffix);
      if (!old) continue; // a citation wrong already: check reports it
      const mapping = comparison.mappings.find((m) => m.old === old);
      if (!mapping || mapping.change === 'unchanged') continue;
      const next = mapping.change === 'moved' ? mapping.new : mapping.change === 'removed' ? mapping.into?.article : undefined;
      if (mapping.change === 'changed') {
        reviews.push(`${old.label}文字有修改，请核对是否仍可作为依据`);
        continue;
      }
      if (!next) {
        reviews.push(`${old.label}在新版本中已删除`);
        unsettled = true;
        continue;
      }
      const label = articleLabel(next.number, next.suffix);
      const written = from.slice(ref.span.start, ref.span.end);
      const unit = ARTICLE_UNIT.exec(written);
      if (!unit || written.includes('至')) {
        reviews.push(`${old.label}的内容现为${label}，请改写引用的范围`);
        unsettled = true;
        continue;
      }
      fixes.push({ code: 'renumbered', severity: 'error', span: ref.span, params: {}, fix: label + written.slice(unit[0].length) });
      if (mapping.change === 'removed') reviews.push(`${old.label}并入${label}，请核对`);
      else if (mapping.similarity < 1) reviews.push(`${old.label}移至${label}，文字有修改，请核对`);
    }
  }
  if (fixes.length === 0 && reviews.length === 0) return undefined;
  const to = unsettled ? undefined : applyFixes(from, fixes);
  return { from, ...(to !== undefined ? { to } : {}), ...(reviews.length > 0 ? { review: `${reviews.join('；')}。${unsettled ? '核对后填写新依据（不变的照抄原依据）。' : ''}` } : {}) };
}

/** The unit named most often as 主体责任 (first named on a tie): the department that applies. */
function mostNamed(units: string[]): string {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  let best = units[0] ?? '';
  for (const [u, n] of counts) if (n > (counts.get(best) ?? 0)) best = u;
  return best;
}

function shortTitle(title: string): string {
  return title.replace(/^中华人民共和国/, '');
}
