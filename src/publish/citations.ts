// Citations as links: each 《title》 links to its law's page and each 第X条第X款第X项 to the anchor
// of that article, paragraph or item there. The law pages carry every cited article once, in the
// version in force on the publication date, with the matters citing it.
import {
  articleOf, expandRefs, findInstrument, parseCitation, versionOn,
  type ArticleRef, type Instrument, type LawArticle, type LawRegistry, type LawVersion,
} from '../laws/index.js';
import { articleLabel } from '../laws/index.js';
import { lawPage } from './paths.js';

/** A run of a citation string; `target` is a site path with fragment when the run is a link. */
export interface CitationPiece {
  text: string;
  target?: { page: string; fragment?: string };
}

export interface CitedArticle {
  number: number;
  suffix?: number;
  label: string;
  /** Undefined for an instrument the registry holds without text. */
  article?: LawArticle;
  /** Ids of the citing matters, in list order. */
  citedBy: string[];
}

export interface LawPageData {
  instrument: Instrument;
  version: LawVersion;
  page: string;
  /** In article order. */
  articles: CitedArticle[];
}

export function articleAnchor(number: number, suffix?: number): string {
  return `art-${number}${suffix === undefined ? '' : `s${suffix}`}`;
}

export function paragraphAnchor(number: number, suffix: number | undefined, paragraph: number): string {
  return `${articleAnchor(number, suffix)}-p${paragraph}`;
}

export function itemAnchor(number: number, suffix: number | undefined, paragraph: number, item: number): string {
  return `${paragraphAnchor(number, suffix, paragraph)}-i${item}`;
}

/** The most precise anchor a ref can land on: its item, its paragraph, or its article. */
function refAnchor(ref: ArticleRef, version: LawVersion): string {
  const article = version.hasText ? articleOf(version, ref.article, ref.suffix) : undefined;
  if (!article) return articleAnchor(ref.article, ref.suffix);
  // 第四十八条第三项: with the 款 omitted the item sits in the paragraph that has items (DOMAIN.md §4).
  const paragraph = ref.paragraph ?? (ref.item !== undefined ? article.paragraphs.findIndex((p) => p.items.length > 0) + 1 || undefined : undefined);
  if (paragraph === undefined || !article.paragraphs[paragraph - 1]) return articleAnchor(ref.article, ref.suffix);
  const hasItem = ref.item !== undefined && article.paragraphs[paragraph - 1]?.items.some((i) => i.number === ref.item);
  return hasItem && ref.item !== undefined ? itemAnchor(ref.article, ref.suffix, paragraph, ref.item) : paragraphAnchor(ref.article, ref.suffix, paragraph);
}

/** Collects law pages while turning citation strings into linked pieces. */
export class CitationLinker {
  private readonly pages = new Map<string, { instrument: Instrument; version: LawVersion; articles: Map<string, CitedArticle> }>();

  constructor(private readonly registry: LawRegistry, private readonly onDate: string) {}

  /** The pieces of one citation string of matter `matterId`. */
  link(citation: string, matterId: string): CitationPiece[] {
    const pieces: CitationPiece[] = [];
    let pos = 0;
    const push = (start: number, end: number, target?: CitationPiece['target']) => {
      if (start > pos) pieces.push({ text: citation.slice(pos, start) });
      pieces.push(target ? { text: citation.slice(start, end), target } : { text: citation.slice(start, end) });
      pos = end;
    };
    for (const law of parseCitation(citation).laws) {
      const instrument = findInstrument(this.registry, law.title)?.instrument;
      const version = instrument && versionOn(instrument, this.onDate);
      if (!instrument || !version) continue;
      const page = this.page(instrument, version);
      if (law.titleSpan.start >= pos) push(law.titleSpan.start, law.titleSpan.end, { page: lawPage(instrument.title) });
      for (const ref of law.refs) {
        for (const member of expandRefs([ref], version.hasText ? version : undefined)) this.cite(page.articles, version, member, matterId);
        // A range (第七十六条至第七十八条) gives several refs over one span: it links to the first.
        if (ref.span.start >= pos) push(ref.span.start, ref.span.end, { page: lawPage(instrument.title), fragment: refAnchor(ref, version) });
      }
    }
    if (pos < citation.length) pieces.push({ text: citation.slice(pos) });
    return pieces;
  }

  /** Every law page, by title; articles in article order. */
  lawPages(): LawPageData[] {
    return [...this.pages.values()]
      .map(({ instrument, version, articles }) => ({
        instrument,
        version,
        page: lawPage(instrument.title),
        articles: [...articles.values()].sort((a, b) => a.number - b.number || (a.suffix ?? 0) - (b.suffix ?? 0)),
      }))
      .sort((a, b) => (a.instrument.title < b.instrument.title ? -1 : a.instrument.title > b.instrument.title ? 1 : 0));
  }

  private page(instrument: Instrument, version: LawVersion) {
    let page = this.pages.get(instrument.title);
    if (!page) this.pages.set(instrument.title, (page = { instrument, version, articles: new Map() }));
    return page;
  }

  private cite(articles: Map<string, CitedArticle>, version: LawVersion, ref: ArticleRef, matterId: string): void {
    const key = articleAnchor(ref.article, ref.suffix);
    let cited = articles.get(key);
    if (!cited) {
      const article = version.hasText ? articleOf(version, ref.article, ref.suffix) : undefined;
      cited = { number: ref.article, label: articleLabel(ref.article, ref.suffix), citedBy: [], ...(ref.suffix !== undefined ? { suffix: ref.suffix } : {}), ...(article ? { article } : {}) };
      articles.set(key, cited);
    }
    // Matters are linked one after another, so a matter already listed is the last one.
    if (cited.citedBy.at(-1) !== matterId) cited.citedBy.push(matterId);
  }
}
