// 法律法规及文件依据 as offices fill it: one citation per line or per ；, often with the article's
// text pasted after it and broken over lines to fit the column. Each entry keeps its citation; the
// pasted text becomes a quote for the quote check, so it is neither lost nor taken for citations.
import { articleLabel, parseCitation, toChineseNumeral, type ArticleRef } from '../laws/index.js';
import { cellLines, joinLine, stripNumbering } from './split.js';

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

/** True when `line` opens with a citation: a title (bare ones only when registered, or when the
 *  whole line parses) followed by articles, or a title alone on its line. */
function opensCitation(line: string, knownTitles: readonly string[]): boolean {
  const text = stripNumbering(line);
  const { laws } = parseCitation(text);
  const first = laws[0];
  if (!first || first.titleSpan.start !== 0) return false;
  const end = citationEnd(text);
  if (end === text.length) return text.startsWith('《') || first.refs.length > 0 || knownTitles.includes(first.title);
  return first.refs.length > 0 && first.refs[0] !== undefined && first.refs[0].span.end <= end && (text.startsWith('《') || knownTitles.includes(first.title));
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
  for (const line of cellLines(text).flatMap((l) => atCitations(l, knownTitles))) {
    const last = groups[groups.length - 1];
    if (!last || opensCitation(line, knownTitles)) groups.push([stripNumbering(line)]);
    else last.push(line);
  }
  return groups.map(entryOf).filter((e) => e.citation !== '');
}

/** A line cut before each ；/。 that is followed by another citation. */
function atCitations(line: string, knownTitles: readonly string[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    if (!/[；;。]/.test(line[i] ?? '')) continue;
    const rest = line.slice(i + 1).trim();
    if (rest !== '' && opensCitation(rest, knownTitles)) {
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
  const labels = (law?.refs ?? []).map((r) => ({ label: refLabel(r), citation: `${title}${refLabel(r)}` })).filter((l) => l.label !== '');
  const out: PastedText[] = [];
  let previous = '';
  for (const line of lines) {
    const hit = out.length === 0 || SENTENCE_END.test(previous) ? labels.find((l) => line.startsWith(l.label)) : undefined;
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
