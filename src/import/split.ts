// Cutting one spreadsheet cell into the list entries a matter holds: duties, citations, units.

// 1.  1、  1)  （1）  (一)  一、  ①: the ways offices number items inside a cell. A digit right
// after the point is a decimal ("1.5倍"), not a number.
const NUMBERING = /^\s*(?:[（(]\s*(?:\d+|[一二三四五六七八九十]+)\s*[)）]|\d+\s*[.．、)）](?!\d)|[一二三四五六七八九十]+\s*、|[①-⑳])\s*/;
// `export --with-text` prints each cited article under its citation: label, a full-width space,
// the wording. Those lines are the law's text, not citations.
const ARTICLE_TEXT = /^第[〇零一二三四五六七八九十百千]+条\S{0,16}\u3000/;
const HEADING = /^(.{2,30}?)\s*[：:]$/;
const INLINE_HEADING = /^(.{2,30}?)\s*[：:]\s*(.+)$/;
// An unregistered heading is still taken for a unit when it reads like one (区某某局：), so a
// misspelt unit is reported by `check` rather than its duties landing under the wrong unit.
const UNIT_LIKE = /^[^，。；,;、]*(?:局|委|办|队|院|会|中心|所|站|处|室|部|厅|政府|办事处)$/;

export function isNumbered(line: string): boolean {
  return NUMBERING.test(line);
}

export function stripNumbering(line: string): string {
  return line.replace(NUMBERING, '').trim();
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

/** Duties, one per line; in a numbered cell an unnumbered line goes on with the item above it
 *  (a line break typed to fit the column). */
export function splitDuties(text: string): string[] {
  return dutiesOf(lines(text));
}

function dutiesOf(cellLines: readonly string[]): string[] {
  const duties: string[] = [];
  let numbered = false;
  for (const line of cellLines) {
    if (isNumbered(line)) {
      numbered = true;
      duties.push(stripNumbering(line));
    } else if (numbered && duties.length > 0) {
      duties[duties.length - 1] += line;
    } else {
      duties.push(line);
    }
  }
  return duties.filter((d) => d !== '');
}

/** A block of 区级部门职责 under one unit heading; `unit` is absent for lines before any heading. */
export interface DistrictBlock {
  unit?: string;
  duties: string[];
}

/**
 * 区级部门职责 cut at unit headings: a line `区文化和旅游局：` of its own (as `export` writes when
 * several units share a matter), or a registered unit opening a line (`区公安分局：负责…`).
 */
export function splitDistrict(text: string, isUnit: (name: string) => boolean): DistrictBlock[] {
  const blocks: { unit?: string; lines: string[] }[] = [];
  const current = (): { unit?: string; lines: string[] } => {
    const last = blocks[blocks.length - 1];
    if (last) return last;
    const first = { lines: [] };
    blocks.push(first);
    return first;
  };
  for (const line of lines(text)) {
    const own = isNumbered(line) ? null : HEADING.exec(line);
    if (own?.[1] && (isUnit(own[1]) || UNIT_LIKE.test(own[1]))) {
      blocks.push({ unit: own[1], lines: [] });
      continue;
    }
    const inline = isNumbered(line) ? null : INLINE_HEADING.exec(line);
    if (inline?.[1] && inline[2] && isUnit(inline[1])) {
      blocks.push({ unit: inline[1], lines: [inline[2]] });
      continue;
    }
    current().lines.push(line);
  }
  return blocks
    .map((b) => ({ ...(b.unit !== undefined ? { unit: b.unit } : {}), duties: dutiesOf(b.lines) }))
    .filter((b) => b.unit !== undefined || b.duties.length > 0);
}

/** 法律法规及文件依据: one citation per line or per `；`, without numbering or closing marks. */
export function splitBasis(text: string): string[] {
  return lines(text)
    .filter((line) => !ARTICLE_TEXT.test(line))
    .flatMap((line) => line.split(/[；;]/))
    .map((c) => stripNumbering(c).replace(/[。，,、\s]+$/, ''))
    .filter((c) => c !== '');
}

/** Unit names of 主体责任 / 配合责任; a name that itself holds a separator (a street collective
 *  written "各街道办事处、乡人民政府") is kept whole when it is one of `whole`. */
export function splitUnits(text: string, whole: readonly string[] = []): string[] {
  const kept: string[] = [];
  let rest = text;
  for (const name of [...whole].filter((n) => /[、，,；;\s]/.test(n)).sort((a, b) => b.length - a.length)) {
    rest = rest.split(name).join(`\u0000${kept.push(name) - 1}\u0000`);
  }
  return rest
    .split(/[、，,；;\n\s]+/)
    .map((u) => u.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)] ?? '').replace(/[。]+$/, '').trim())
    .filter((u) => u !== '');
}
