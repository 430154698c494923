// How offices write the cells of a list, applied to the shipped matters: numbering styles, lines
// broken to fit a narrow column, unit short names, short law titles, enumerated articles and
// article text pasted after a citation. Pure functions of the matter, so fixtures are reproducible.
import { articleOf, expandRefs, findInstrument, parseCitation, toChineseNumeral, versionOn, type LawRegistry } from '../../src/laws/index.js';
import type { DistrictDuty, Matter } from '../../src/types.js';
import type { UnitIndex } from '../../src/units.js';

export type Numbering = 'dot-inline' | 'paren-inline' | 'circled-inline' | 'shi-inline' | 'comma-lines' | 'dot-lines' | 'paren-lines' | 'plain-lines';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function marker(style: Numbering, i: number): string {
  switch (style) {
    case 'dot-inline':
    case 'dot-lines':
      return `${i + 1}.`;
    case 'paren-inline':
    case 'paren-lines':
      return `（${i + 1}）`;
    case 'circled-inline':
      return String.fromCharCode(0x2460 + i);
    case 'shi-inline':
      return `${CN[i] ?? ''}是`;
    case 'comma-lines':
      return `${i + 1}、`;
    case 'plain-lines':
      return '';
  }
}

/** Duties in one cell. `wrap` breaks each line after that many characters (never after 。). */
export function dutiesCell(duties: readonly string[], style: Numbering, wrap = 0): string {
  const items = duties.map((d, i) => `${marker(style, i)}${d}`);
  if (style.endsWith('-inline')) return items.join('');
  return items.map((line) => wrapLine(line, wrap)).join('\n');
}

/** A line broken every `width` characters, as a clerk does to fit a column; a break is never
 *  placed right after a full stop (there it would start a new sentence, not continue one). */
export function wrapLine(line: string, width: number): string {
  if (width <= 0) return line;
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    let cut = width;
    while (cut > 1 && /[。；]/.test(rest[cut - 1] ?? '')) cut--;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out.join('\n');
}

/** A unit as a clerk writes it: its first short name where `short` is set. */
export function unitName(name: string, units: UnitIndex, short: boolean): string {
  if (!short) return name;
  const alias = [...units.aliases].find(([, full]) => full === name)?.[0];
  return alias ?? name;
}

export function unitsCell(names: readonly string[], units: UnitIndex, short: boolean, separator = '、'): string {
  return names.map((n) => unitName(n, units, short)).join(separator);
}

/** 区级部门职责: one unit's duties as they are; several units each under a heading, in the
 *  export's layout (heading lines) or inline (一行一个单位：区文旅局：1.… 2.…). */
export function districtCell(district: readonly DistrictDuty[], style: Numbering, units: UnitIndex, options: { short?: boolean; inlineUnits?: boolean; wrap?: number } = {}): string {
  if (district.length === 1 && district[0]) return dutiesCell(district[0].duties, style, options.wrap);
  return district
    .map((d) => {
      const head = `${unitName(d.unit, units, options.short ?? false)}：`;
      return options.inlineUnits ? `${head}${dutiesCell(d.duties, style.replace('-lines', '-inline') as Numbering)}` : `${head}\n${dutiesCell(d.duties, style, options.wrap)}`;
    })
    .join('\n');
}

export interface BasisStyle {
  /** 《旅游法》 for a law with a declared short title. */
  shortTitles?: boolean;
  /** 第二十五、二十六、六十二条 for a list of whole articles. */
  enumerate?: boolean;
  /** The law's text after each citation, broken every `pasteWrap` characters. */
  paste?: boolean;
  pasteWrap?: number;
  /** Citations on one line, separated by ； */
  oneLine?: boolean;
  /** Registered titles written without 《》. */
  bare?: boolean;
}

export function basisCell(matter: Matter, registry: LawRegistry, onDate: string, style: BasisStyle): string {
  const entries = matter.basis.map((citation) => {
    let text = citation;
    const law = parseCitation(citation).laws[0];
    const instrument = law && findInstrument(registry, law.title)?.instrument;
    if (style.shortTitles && law && instrument?.aliases[0]) text = `《${instrument.aliases[0]}》${citation.slice(law.titleSpan.end)}`;
    if (style.enumerate && law && law.refs.length > 1 && !citation.includes('至') && law.refs.every((r) => r.paragraph === undefined && r.item === undefined && r.suffix === undefined)) {
      const head = text.slice(0, text.indexOf('》') + 1);
      text = `${head}第${law.refs.map((r) => toChineseNumeral(r.article)).join('、')}条`;
    }
    if (style.bare && instrument) text = text.replace(/^《([^》]+)》/, '$1');
    if (!style.paste || !law || !instrument) return text;
    const version = versionOn(instrument, onDate);
    const pasted = expandRefs(law.refs, version).flatMap((r) => {
      const article = version && articleOf(version, r.article, r.suffix);
      if (!article) return [];
      const body = article.paragraphs.map((p) => p.text + p.items.map((i) => `（${toChineseNumeral(i.number)}）${i.text}`).join('')).join('');
      return [wrapLine(`${article.label}　${body}`, style.pasteWrap ?? 0)];
    });
    return [text, ...pasted].join('\n');
  });
  return entries.join(style.oneLine ? '；' : '\n');
}
