// The law registry's public types. Rules and commands depend only on these and on the
// functions exported from src/laws/index.ts.

/** 法律层级. */
export type LawLevel = '法律' | '行政法规' | '地方性法规' | '部门规章' | '地方政府规章' | '规范性文件';

/** 项: numbered (一)(二)… inside a paragraph. */
export interface LawItem {
  number: number;
  text: string;
}

/** 款: an unnumbered paragraph of an article. */
export interface LawParagraph {
  text: string;
  items: LawItem[];
}

/** 条. `suffix` is the N of 第X条之N. */
export interface LawArticle {
  number: number;
  suffix?: number;
  /** As printed, e.g. 第四十八条 or 第二十条之一. */
  label: string;
  paragraphs: LawParagraph[];
  /** Title of the chapter (章) holding it, spaces removed, e.g. 法律责任; none before the first. */
  chapter?: string;
}

/** One version of one instrument (one file of laws/). */
export interface LawVersion {
  /** Canonical full title, e.g. 中华人民共和国文物保护法 (no 《》). */
  title: string;
  aliases: string[];
  level: LawLevel;
  /** Version date (adoption/revision), YYYY-MM-DD. */
  version: string;
  /** In force from, YYYY-MM-DD (defaults to `version`). */
  effective: string;
  /** Repealed on, YYYY-MM-DD. */
  repealed?: string;
  /** Dates the registry holds as presumed, not verified against an official text. */
  unverified?: ('version' | 'effective' | 'repealed')[];
  /** The entry-into-force date the text states when it is later than the version date and the
   *  file declares no effective date: the version is applied from its version date all the same. */
  statedEffective?: string;
  /** False for an instrument declared without text: articles cannot be verified. */
  hasText: boolean;
  articles: LawArticle[];
  /** Source file path. */
  file: string;
}

/** All versions of one instrument, oldest first. */
export interface Instrument {
  title: string;
  aliases: string[];
  level: LawLevel;
  versions: LawVersion[];
}

/** A position inside a citation string (0-based, UTF-16 offsets, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** One reference to an article, optionally down to 款 and 项. */
export interface ArticleRef {
  article: number;
  suffix?: number;
  paragraph?: number;
  item?: number;
  /** A range (第五条至第八条, 第三款至第五款): the last member's number at the deepest level cited.
   *  One ref stands for the whole range, so 第一条至第九千九百九十九条 costs one ref, not 9,999;
   *  expandRefs() lists the members a version holds. */
  through?: number;
  span: Span;
}

/** One law named in a citation string with the articles cited from it. */
export interface CitedLaw {
  /** Title as written, without 《》. */
  title: string;
  titleSpan: Span;
  /** Document number (文号) as written, e.g. 文旅市场发〔2022〕70号. */
  docNumber?: string;
  docNumberSpan?: Span;
  refs: ArticleRef[];
}

/** What a citation check found: a code, where in the string, and parameters for the message. */
export interface CitationFinding {
  /** e.g. syntax, unknown-law, alias, article-missing, paragraph-missing, item-missing,
   *  renumbered, not-in-force, arabic-numerals, doc-number, range-order, unverifiable. */
  code: string;
  severity: 'error' | 'warning';
  span: Span;
  params: Record<string, string | number>;
  /** Replacement text for `span` that fixes the finding, when there is one. */
  fix?: string;
  /** Message key when it is not citation/<code> (a variant of the same finding). */
  message?: string;
}
