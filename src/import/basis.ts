// 法律法规及文件依据 as offices fill it: one citation per line or per ；, often with the article's
// text pasted after it and broken over lines to fit the column. Each entry keeps its citation; the
// pasted text becomes a quote for the quote check, so it is neither lost nor taken for citations.
import { articleLabel, expandRefs, parseCitation, toChineseNumeral, type ArticleRef } from '../laws/index.js';
import { cellLines, isNumbered, joinLine, stripNumbering } from './split.js';

/** Article text written after a citation, as a quote of one cited article (款, 项). */
export interface PastedText {
  citation: string;
  text: string;
}

/** One citation of the cell and the text pasted after it. */
export interface BasisEntry {
  citation: string;
  pasted: PastedText[];
}

const CLOSING = /[。，,、；;：:\s]+$/;
const OPENING = /^[：:\s\u3000“"]+/;
const SENTENCE_END = /[。；;：:！？]$/;

/** Where the citation grammar stops in `s`: the first text the parser cannot place. */
function citationEnd(s: string): number {
  const stop = parseCitation(s).findings.find((f) => f.code === 'syntax');
  return stop ? stop.span.start : s.length;
}

/** True when `line` opens with a citation: a title followed by articles, or a title alone on
 *  its line. A bare title (no 《》) counts when the registry knows it, or — with `bare` — when
 *  the whole line parses as a citation (某某办法第五条). */
function opensCitation(line: string, knownTitles: readonly string[], bare: boolean): boolean {
  const text = stripNumbering(line);
  const { laws } = parseCitation(text);
  const first = laws[0];
  if (!first || first.titleSpan.start !== 0) return false;
  const named = text.startsWith('《') || knownTitles.includes(first.title);
  const end = citationEnd(text);
  if (end === text.length) return named || (bare && first.refs.length > 0);
  return named && first.refs.length > 0 && (first.refs[0]?.span.end ?? Infinity) <= end;
}

/** A line break inside the citation itself (a long title or a list of articles wrapped). */
function continuesCitation(head: string, next: string): boolean {
  const before = citationEnd(head);
  const joined = joinLine(head, next);
  const after = citationEnd(joined);
  return before === head.length ? after === joined.length : after > head.length;
}

/** Entries of one basis cell. `knownTitles` are the registry's titles and aliases. */
export function splitBasis(text: string, knownTitles: readonly string[] = []): BasisEntry[] {
  const groups: string[][] = [];
  for (const line of rejoinWrapped(cellLines(text), knownTitles).flatMap((l) => atCitations(l, knownTitles))) {
    const last = groups[groups.length - 1];
    // Inside pasted text a line opens a new citation only after a full stop or with a number:
    // a line broken before 《…》第五条的规定 is the same sentence going on.
    const previous = last?.[last.length - 1] ?? '';
    const inText = last !== undefined && entryOf(last).pasted.length > 0;
    const midSentence = inText && !SENTENCE_END.test(previous) && !isNumbered(line);
    if (!last || (!midSentence && opensCitation(line, knownTitles, !inText))) groups.push([stripNumbering(line)]);
    else last.push(line);
  }
  return groups.map(entryOf).filter((e) => e.citation !== '');
}

const OPENED = /[《〔]/g;
const CLOSED = /[》〕]/g;
const LABEL_PART = /^[第零〇一二三四五六七八九十百千\d条款项之、，和及至]{0,8}$/;

/** Whether `s` is a citation from start to end but for a label cut short (…第三十二条、第). */
function stillCitation(s: string): boolean {
  return LABEL_PART.test(s.slice(citationEnd(s)));
}

/** Lines broken to fit a narrow column inside a citation joined again: a title or 文号 left open
 *  (《娱乐场所管\n理条例》), or a list of articles cut mid-label (第三\n条、第三十二\n条). Pasted
 *  text after a citation is left alone: it opens no bracket and does not continue a label. */
function rejoinWrapped(lines: readonly string[], knownTitles: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const open = last !== undefined && (last.match(OPENED)?.length ?? 0) > (last.match(CLOSED)?.length ?? 0);
    const fresh = line.startsWith('《') || opensCitation(line, knownTitles, false);
    const label = last !== undefined && !fresh && last.includes('》') && stillCitation(joinLine(last, line));
    if (last !== undefined && (open || label)) out[out.length - 1] = joinLine(last, line);
    else out.push(line);
  }
  return out;
}

/** A line cut before each ；/。 that is followed by another citation. */
function atCitations(line: string, knownTitles: readonly string[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    if (!/[；;。]/.test(line[i] ?? '')) continue;
    const rest = line.slice(i + 1).trim();
    if (rest !== '' && opensCitation(rest, knownTitles, false)) {
      out.push(line.slice(from, i + 1));
      from = i + 1;
    }
  }
  out.push(line.slice(from));
  return out.map((l) => l.trim()).filter((l) => l !== '');
}

function entryOf(lines: readonly string[]): BasisEntry {
  let head = lines[0] ?? '';
  let i = 1;
  while (i < lines.length && continuesCitation(head, lines[i] ?? '')) head = joinLine(head, lines[i++] ?? '');
  const end = citationEnd(head);
  const citation = head.slice(0, end).replace(CLOSING, '');
  const textLines = [head.slice(end), ...lines.slice(i)].map((l) => l.trim()).filter((l) => l !== '');
  return { citation, pasted: textLines.length > 0 ? pastedTexts(citation, textLines) : [] };
}

/** The pasted text cut at the labels of the articles cited (第二十三条　…, 第四十八条第三项　…). */
function pastedTexts(citation: string, lines: readonly string[]): PastedText[] {
  const law = parseCitation(citation).laws[0];
  const title = law ? `《${law.title}》` : '';
  // A pasted text opens with the label of the whole article (第四十八条　…) or of the 款/项 cited.
  const labels = expandRefs(law?.refs ?? []).flatMap((r) => {
    const own = refLabel(r);
    const article = own === '' ? '' : articleLabel(r.article, r.suffix);
    return own === '' ? [] : [{ label: own, citation: `${title}${own}` }, ...(article !== own ? [{ label: article, citation: `${title}${own}` }] : [])];
  });
  const opens = (line: string): { label: string; citation: string } | undefined =>
    labels.find((l) => line.startsWith(l.label) && !/^[第款项之零〇一二三四五六七八九十百千]/.test(line.slice(l.label.length)));
  const out: PastedText[] = [];
  let previous = '';
  for (const line of lines) {
    const hit = out.length === 0 || SENTENCE_END.test(previous) ? opens(line) : undefined;
    if (hit) out.push({ citation: hit.citation, text: line.slice(hit.label.length).replace(OPENING, '') });
    else if (out.length === 0) out.push({ citation: labels.length === 1 ? labels[0]?.citation ?? citation : citation, text: line.replace(OPENING, '') });
    else {
      const last = out[out.length - 1];
      if (last) last.text = joinLine(last.text, line);
    }
    previous = line;
  }
  return out.map((p) => ({ ...p, text: p.text.replace(/[”"]$/, '').trim() })).filter((p) => p.text !== '');
}

/** 第四十八条第三项 as the law prints it, from a ref however it was written. */
function refLabel(ref: ArticleRef): string {
  // Numbers past what statutes print have no label (check reports them as written).
  if ([ref.article, ref.suffix ?? 1, ref.paragraph ?? 1, ref.item ?? 1].some((n) => n > 9999)) return '';
  const paragraph = ref.paragraph === undefined ? '' : `第${toChineseNumeral(ref.paragraph)}款`;
  const item = ref.item === undefined ? '' : `第${toChineseNumeral(ref.item)}项`;
  return `${articleLabel(ref.article, ref.suffix)}${paragraph}${item}`;
}
