// 法律法规依据: one page per cited law (version in force on the publication date), each cited
// article once with anchors per article, 款 and 项, and the matters citing it; and an index of them.
import type { LawArticle } from '../laws/index.js';
import { toChineseNumeral } from '../laws/index.js';
import { articleAnchor, itemAnchor, paragraphAnchor, type CitedArticle, type LawPageData } from './citations.js';
import { html, type Html } from './html.js';
import { L, chineseDate, fill } from './labels.js';
import { breadcrumbs, page } from './layout.js';
import type { SiteModel } from './model.js';
import { INDEX_PAGE, LAWS_PAGE, href } from './paths.js';

export function lawsIndexHtml(model: SiteModel): string {
  const from = LAWS_PAGE;
  const rows = model.laws.map((law) => html`<tr>
<th scope="row" data-label="${L.laws}"><a href="${href(from, law.page)}">《${law.instrument.title}》</a></th>
<td data-label="${L.lawLevel}">${law.version.level}</td>
<td data-label="${L.lawVersion}">${chineseDate(law.version.version)}</td>
<td data-label="${L.lawEffective}">${chineseDate(law.version.effective)}</td>
<td data-label="${L.lawArticles}" class="number">${law.articles.length}</td>
</tr>`);
  const body = html`${breadcrumbs(from, [{ label: L.home, to: INDEX_PAGE }, { label: L.laws }])}
<h1>${L.laws}</h1>
<p class="lead">${fill(L.lawsLead, { date: chineseDate(model.input.onDate) })}</p>
<table class="laws">
<thead><tr><th scope="col">${L.laws}</th><th scope="col">${L.lawLevel}</th><th scope="col">${L.lawVersion}</th><th scope="col">${L.lawEffective}</th><th scope="col">${L.lawArticles}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
  return page(model.input.manifest, { path: from, title: `${L.laws} — ${model.input.manifest.title}`, body });
}

export function lawPageHtml(model: SiteModel, law: LawPageData): string {
  const from = law.page;
  const byId = new Map(model.matters.map((m) => [m.matter.id, m] as const));
  const { version } = law;
  const articles = law.articles.map((a) => html`<section class="article" id="${articleAnchor(a.number, a.suffix)}" aria-labelledby="${articleAnchor(a.number, a.suffix)}-h">
<h2 id="${articleAnchor(a.number, a.suffix)}-h">${a.label}</h2>
${a.article ? articleText(a, a.article) : html`<p class="minor">${L.articleTextless}</p>`}
<p class="cited-by">${L.citedBy}${a.citedBy.map((id, i) => {
    const m = byId.get(id);
    return m ? html`${i > 0 ? '；' : ''}<a href="${href(from, m.page)}">${m.matter.id} ${m.matter.name}</a>` : '';
  })}</p>
</section>`);
  const body = html`${breadcrumbs(from, [{ label: L.home, to: INDEX_PAGE }, { label: L.laws, to: LAWS_PAGE }, { label: `《${law.instrument.title}》` }])}
<h1>《${law.instrument.title}》</h1>
<dl class="summary">
<div><dt>${L.lawLevel}</dt><dd>${version.level}</dd></div>
<div><dt>${L.lawVersion}</dt><dd>${chineseDate(version.version)}</dd></div>
<div><dt>${L.lawEffective}</dt><dd>${chineseDate(version.effective)}</dd></div>
</dl>
${version.hasText ? html`<p class="lead">${fill(L.lawLead, { n: law.articles.length, date: chineseDate(model.input.onDate) })}</p>` : html`<p class="lead">${L.lawTextless}</p>`}
${articles}`;
  return page(model.input.manifest, { path: from, title: `《${law.instrument.title}》 — ${model.input.manifest.title}`, body });
}

function articleText(cited: CitedArticle, article: LawArticle): Html {
  const { number, suffix } = cited;
  return html`<div class="article-text">${article.paragraphs.map((p, pi) => html`<div class="paragraph" id="${paragraphAnchor(number, suffix, pi + 1)}">
${p.text ? html`<p>${p.text}</p>` : ''}${p.items.length ? html`<ol class="items">${p.items.map((item) => html`<li id="${itemAnchor(number, suffix, pi + 1, item.number)}">（${toChineseNumeral(item.number)}）${item.text}</li>`)}</ol>` : ''}
</div>`)}</div>`;
}
