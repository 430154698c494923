// The citation grammar of DOMAIN.md §4: 《标题》(文号) 第X条[之X][第X款][第X项], ranges with 至,
// lists with 、 and 和, several laws separated by ； — parsed with spans for positioned diagnostics.
import { NUMERAL_CHARS, parseNumeral, toChineseNumeral } from './numerals.js';
import type { ArticleRef, CitationFinding, CitedLaw, Span } from './types.js';

/** A parsed citation string: the laws it names and what is wrong with how it is written. */
export interface ParsedCitation {
  laws: CitedLaw[];
  findings: CitationFinding[];
}

type Level = '条' | '款' | '项';

interface Unit {
  level: Level;
  value: number;
  suffix?: number;
  span: Span;
}

const NUM = `[${NUMERAL_CHARS}]+`;
const UNIT = new RegExp(`^第(${NUM})(条|款|项)(?:之(${NUM}))?`);
const LAW_SEPARATORS = '；;。\n';
const REF_SEPARATORS = '、，,和及';
const SKIP = ' \u3000\t';
const RANGE = /^(至|到|-|－|—|~|～)/;
const BRACKET_PAIRS: Record<string, string> = { '〔': '〕', '[': ']', '［': '］', '【': '】', '(': ')', '（': '）' };
const DOC_NUMBER = /^[\u4e00-\u9fff]{1,12}([〔[［【(（])(\d{4})([〕\]］】)）])(第?)(\d+)号/;
const BARE_TITLE_END = /(法|条例|规定|办法|细则|决定|意见|通知|规则|纲要|解释|章程|标准)$/;
const HARMLESS_TAIL = /^(的规定|的有关规定|有关规定|相关规定|等规定|规定|等)/;

/** What the parser may ask about the registry without depending on it. */
export interface ParseOptions {
  /** True for a title or alias the law registry holds: only those get 《》 added by a fix. */
  isKnownTitle?: (title: string) => boolean;
}

/** Parses a citation string; never throws. Spans are offsets into `s`. */
export function parseCitation(s: string, options: ParseOptions = {}): ParsedCitation {
  const laws: CitedLaw[] = [];
  const findings: CitationFinding[] = [];
  let pos = 0;
  let law: CitedLaw | undefined;
  let previous: Unit[] = [];
  let segmentStart = true;
  let previousEnd = -1;

  const finding = (code: string, severity: 'error' | 'warning', span: Span, params: Record<string, string | number> = {}, fix?: string) => {
    findings.push(fix === undefined ? { code, severity, span, params } : { code, severity, span, params, fix });
  };

  while (pos < s.length) {
    const ch = s[pos] ?? '';
    if (SKIP.includes(ch) || REF_SEPARATORS.includes(ch) || s.startsWith('以及', pos)) {
      pos += ch === '以' ? 2 : 1;
      continue;
    }
    if (LAW_SEPARATORS.includes(ch)) {
      pos++;
      segmentStart = true;
      continue;
    }
    if (ch === '《') {
      const close = s.indexOf('》', pos + 1);
      if (close < 0) {
        finding('syntax', 'error', { start: pos, end: s.length }, { reason: 'unclosed-title' });
        break;
      }
      law = { title: s.slice(pos + 1, close).trim(), titleSpan: { start: pos, end: close + 1 }, refs: [] };
      laws.push(law);
      previous = [];
      pos = readDocNumber(s, close + 1, law, finding);
      segmentStart = false;
      continue;
    }
    if (ch === '第') {
      const enumeration = readEnumeration(s, pos, previous, finding);
      // 第五条第一、二款: the enumeration narrows the article just read; it is not cited whole.
      if (enumeration && pos === previousEnd && enumeration.units.length > previous.length) law?.refs.pop();
      const next = enumeration ?? readRefs(s, pos, previous, finding);
      if (!next) {
        finding('syntax', 'error', { start: pos, end: endOfToken(s, pos) }, { reason: 'bad-reference' });
        pos = endOfToken(s, pos);
        continue;
      }
      if (!law) finding('no-law', 'error', { start: pos, end: next.end });
      law?.refs.push(...next.refs);
      previous = next.units;
      pos = next.end;
      previousEnd = pos;
      segmentStart = false;
      continue;
    }
    const bare = law && previous.length > 0 ? readBareElement(s, pos, previous, finding) : undefined;
    if (law && bare) {
      law.refs.push(...bare.refs);
      previous = bare.units;
      pos = bare.end;
      continue;
    }
    const tail = HARMLESS_TAIL.exec(s.slice(pos));
    if (law && tail) {
      pos += tail[0].length;
      continue;
    }
    const end = endOfTitle(s, pos);
    const text = s.slice(pos, end).trim();
    if (segmentStart && text !== '' && (s[end] === '第' || BARE_TITLE_END.test(text))) {
      law = { title: text, titleSpan: { start: pos, end }, refs: [] };
      laws.push(law);
      previous = [];
      finding('missing-brackets', 'warning', law.titleSpan, { title: text }, bracketFix(text, options));
      pos = readDocNumber(s, end, law, finding);
      segmentStart = false;
      continue;
    }
    finding('syntax', 'error', { start: pos, end: Math.max(end, pos + 1) }, { reason: 'unexpected-text' });
    pos = Math.max(end, pos + 1);
  }
  if (laws.length === 0 && findings.length === 0) {
    finding('syntax', 'error', { start: 0, end: s.length }, { reason: 'empty' });
  }
  return { laws, findings };
}

/** 《》 around a bare title only when the registry knows it: a wrapped fragment of article text
 *  (“依法生育第二个子女的”) reads like a title followed by 第, and must never become a law. */
function bracketFix(title: string, options: ParseOptions): string | undefined {
  return options.isKnownTitle?.(title) ? `《${title}》` : undefined;
}

/** 鄂政发〔2023〕12号: year in 〔〕, no 第, no zero padding (GB/T 9704 7.2.5). */
export function canonicalDocNumber(docNumber: string): string | undefined {
  const m = DOC_NUMBER.exec(docNumber);
  if (!m) return undefined;
  const issuer = docNumber.slice(0, docNumber.indexOf(m[1] ?? ''));
  return `${issuer}〔${m[2]}〕${Number(m[5])}号`;
}

type FindingSink = (code: string, severity: 'error' | 'warning', span: Span, params?: Record<string, string | number>, fix?: string) => void;

function readDocNumber(s: string, from: number, law: CitedLaw, finding: FindingSink): number {
  let pos = from;
  while (SKIP.includes(s[pos] ?? '-')) pos++;
  const open = s[pos] ?? '';
  const wrapped = open === '(' || open === '（';
  const start = wrapped ? pos + 1 : pos;
  const m = DOC_NUMBER.exec(s.slice(start));
  if (!m) return from;
  const close = BRACKET_PAIRS[m[1] ?? ''];
  if (close !== m[3]) return from;
  const end = start + m[0].length;
  if (wrapped && s[end] !== ')' && s[end] !== '）') return from;
  law.docNumber = m[0];
  law.docNumberSpan = { start, end };
  const fixed = canonicalDocNumber(m[0]);
  if (fixed !== undefined && fixed !== m[0]) {
    finding('doc-number', 'warning', law.docNumberSpan, { docNumber: m[0], fixed }, fixed);
  }
  return wrapped ? end + 1 : end;
}

interface RefRun {
  refs: ArticleRef[];
  units: Unit[];
  end: number;
}

/** One list element (第X条第X款第X项, or a tail such as 第四款 inheriting the article) and its range. */
function readRefs(s: string, from: number, previous: Unit[], finding: FindingSink): RefRun | undefined {
  const first = readUnits(s, from, previous, finding);
  if (!first) return undefined;
  let pos = first.end;
  while (SKIP.includes(s[pos] ?? '-')) pos++;
  const range = RANGE.exec(s.slice(pos));
  if (!range) return { refs: [toRef(first.units, first.span)], units: first.units, end: first.end };
  let to = pos + range[0].length;
  while (SKIP.includes(s[to] ?? '-')) to++;
  const last = readUnits(s, to, first.units, finding);
  if (!last) return { refs: [toRef(first.units, first.span)], units: first.units, end: first.end };
  const span = { start: from, end: last.end };
  return { refs: expandRange(first, last, span, finding), units: last.units, end: last.end };
}

interface UnitRun {
  units: Unit[];
  span: Span;
  end: number;
}

function readUnits(s: string, from: number, previous: Unit[], finding: FindingSink): UnitRun | undefined {
  const units: Unit[] = [];
  let pos = from;
  for (;;) {
    const m = UNIT.exec(s.slice(pos));
    if (!m) break;
    const level = m[2] as Level;
    const value = parseNumeral(m[1] ?? '');
    const suffix = m[3] === undefined ? undefined : parseNumeral(m[3]);
    if (!value || value.value === 0 || (m[3] !== undefined && !suffix)) return undefined;
    if (m[3] !== undefined && level !== '条') return undefined;
    const last = units.at(-1);
    if (last && rank(level) <= rank(last.level)) break;
    const span = { start: pos, end: pos + m[0].length };
    const unit: Unit = { level, value: value.value, span };
    if (suffix) unit.suffix = suffix.value;
    const fixed = `第${toChineseNumeral(value.value)}${level}${suffix ? `之${toChineseNumeral(suffix.value)}` : ''}`;
    if (value.style !== 'chinese' || suffix?.style === 'arabic' || suffix?.style === 'fullwidth') {
      finding('arabic-numerals', 'warning', span, { text: m[0] }, fixed);
    } else if (!value.canonical || (suffix && !suffix.canonical)) {
      finding('numeral-style', 'warning', span, { text: m[0] }, fixed);
    }
    units.push(unit);
    pos = span.end;
  }
  const head = units[0];
  if (!head) return undefined;
  // 第二十六条第一款和第四款: a list element without 条 inherits the article (and 款) before it.
  const inherited = previous.filter((u) => rank(u.level) < rank(head.level));
  if (head.level !== '条' && (inherited.length === 0 || inherited[0]?.level !== '条')) return undefined;
  return { units: [...inherited, ...units], span: { start: from, end: pos }, end: pos };
}

function expandRange(first: UnitRun, last: UnitRun, span: Span, finding: FindingSink): ArticleRef[] {
  const a = first.units;
  const b = last.units;
  const fromRef = toRef(a, first.span);
  const toRef_ = toRef(b, last.span);
  const sameShape = a.length === b.length && a.slice(0, -1).every((u, i) => u.value === b[i]?.value && u.suffix === b[i]?.suffix);
  const lo = a.at(-1);
  const hi = b.at(-1);
  if (!sameShape || !lo || !hi || lo.suffix !== undefined || hi.suffix !== undefined) return [fromRef, toRef_];
  if (hi.value < lo.value) {
    finding('range-order', 'error', span, { from: toChineseNumeral(lo.value), to: toChineseNumeral(hi.value) });
    return [fromRef, toRef_];
  }
  // One ref for the whole range: its cost never depends on the numbers written.
  return hi.value > lo.value ? [{ ...fromRef, through: hi.value, span }] : [fromRef];
}

function toRef(units: Unit[], span: Span): ArticleRef {
  const ref: ArticleRef = { article: 0, span };
  for (const u of units) {
    if (u.level === '条') {
      ref.article = u.value;
      if (u.suffix !== undefined) ref.suffix = u.suffix;
    } else if (u.level === '款') ref.paragraph = u.value;
    else ref.item = u.value;
  }
  return ref;
}

function rank(level: Level): number {
  return level === '条' ? 0 : level === '款' ? 1 : 2;
}

function endOfTitle(s: string, from: number): number {
  let pos = from;
  while (pos < s.length && !'第《（('.includes(s[pos] ?? '') && !LAW_SEPARATORS.includes(s[pos] ?? '')) pos++;
  return pos;
}

function endOfToken(s: string, from: number): number {
  let pos = from + 1;
  while (pos < s.length && !'第《'.includes(s[pos] ?? '') && !LAW_SEPARATORS.includes(s[pos] ?? '') && !REF_SEPARATORS.includes(s[pos] ?? '')) pos++;
  return pos;
}

// 第三十、三十二、六十一条: offices abbreviate a list of articles (款, 项) by writing 第 and the
// level once. Read as the list it stands for, with a fix that writes it out (DOMAIN.md §4).
const ENUMERATION = new RegExp(`^第(${NUM}(?:[、，,]${NUM})+)(条|款|项)`);
// 第三十条、三十二条: a later element of a list written without its 第.
const BARE_ELEMENT = new RegExp(`^(${NUM})(条|款|项)`);

function readEnumeration(s: string, from: number, previous: Unit[], finding: FindingSink): RefRun | undefined {
  const m = ENUMERATION.exec(s.slice(from));
  if (!m) return undefined;
  const level = m[2] as Level;
  const values = (m[1] ?? '').split(/[、，,]/).map(listValue);
  if (values.some((v) => v === undefined)) return undefined;
  const inherited = inheritedFor(level, previous);
  if (!inherited) return undefined;
  const span = { start: from, end: from + m[0].length };
  const units = (values as number[]).map((value): Unit => ({ level, value, span }));
  const last = units[units.length - 1];
  if (!last) return undefined;
  // 第三十、三十二条第一款: what follows the last number narrows the last element only.
  const next = UNIT.exec(s.slice(span.end));
  const tail = next && rank(next[2] as Level) > rank(level) ? readUnits(s, span.end, [...inherited, last], finding) : undefined;
  const refs = units.slice(0, -1).map((u) => toRef([...inherited, u], span));
  refs.push(tail ? toRef(tail.units, { start: from, end: tail.end }) : toRef([...inherited, last], span));
  finding('enumeration', 'warning', span, { text: m[0] }, units.map((u) => `第${toChineseNumeral(u.value)}${level}`).join('、'));
  return { refs, units: tail ? tail.units : [...inherited, last], end: tail ? tail.end : span.end };
}

function readBareElement(s: string, from: number, previous: Unit[], finding: FindingSink): RefRun | undefined {
  const m = BARE_ELEMENT.exec(s.slice(from));
  const value = m ? listValue(m[1] ?? '') : undefined;
  if (!m || value === undefined) return undefined;
  const level = m[2] as Level;
  const inherited = inheritedFor(level, previous);
  if (!inherited) return undefined;
  const span = { start: from, end: from + m[0].length };
  const unit: Unit = { level, value, span };
  finding('enumeration', 'warning', span, { text: m[0] }, `第${toChineseNumeral(value)}${level}`);
  return { refs: [toRef([...inherited, unit], span)], units: [...inherited, unit], end: span.end };
}

/** The units a list element at `level` takes from the one before it; a 款 or 项 needs an article. */
function inheritedFor(level: Level, previous: Unit[]): Unit[] | undefined {
  const inherited = previous.filter((u) => rank(u.level) < rank(level));
  return level === '条' || inherited[0]?.level === '条' ? inherited : undefined;
}

function listValue(numeral: string): number | undefined {
  const parsed = parseNumeral(numeral);
  return parsed && parsed.value > 0 && parsed.value <= 9999 ? parsed.value : undefined;
}
