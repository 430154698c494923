// --with-text: the wording of each cited article, from the registry version in force on the date.
import {
  articleOf, expandRefs, findInstrument, parseCitation, toChineseNumeral, versionOn,
  type ArticleRef, type LawArticle, type LawParagraph, type LawRegistry,
} from '../laws/index.js';

// Full-width space: the customary gap between an article label and its text in printed statutes.
const GAP = '\u3000';

/** Lines of article text for one citation string: one line per cited article, paragraph or item. */
export function citedArticleTexts(registry: LawRegistry, citation: string, onDate: string): string[] {
  const lines: string[] = [];
  for (const law of parseCitation(citation).laws) {
    const instrument = findInstrument(registry, law.title)?.instrument;
    const version = instrument && versionOn(instrument, onDate);
    if (!version?.hasText) continue;
    for (const ref of expandRefs(law.refs, version)) {
      const article = articleOf(version, ref.article, ref.suffix);
      if (article) lines.push(refText(article, ref));
    }
  }
  return lines;
}

function refText(article: LawArticle, ref: ArticleRef): string {
  if (ref.paragraph !== undefined) {
    const paragraph = article.paragraphs[ref.paragraph - 1];
    const label = `${article.label}第${toChineseNumeral(ref.paragraph)}款`;
    if (!paragraph) return label;
    if (ref.item !== undefined) return `${label}第${toChineseNumeral(ref.item)}项${GAP}${itemText(paragraph, ref.item)}`;
    return `${label}${GAP}${paragraphText(paragraph)}`;
  }
  if (ref.item !== undefined) {
    const paragraph = article.paragraphs.find((p) => p.items.length > 0) ?? article.paragraphs[0];
    return `${article.label}第${toChineseNumeral(ref.item)}项${GAP}${paragraph ? itemText(paragraph, ref.item) : ''}`;
  }
  return `${article.label}${GAP}${article.paragraphs.map(paragraphText).join('')}`;
}

function paragraphText(p: LawParagraph): string {
  return p.text + p.items.map((i) => `（${toChineseNumeral(i.number)}）${i.text}`).join('');
}

function itemText(p: LawParagraph, item: number): string {
  const hit = p.items.find((i) => i.number === item);
  return hit ? `${p.text}（${toChineseNumeral(item)}）${hit.text}` : p.text;
}
