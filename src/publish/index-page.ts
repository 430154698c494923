// index.html: the notice head, the search form (shown by the script), the full list of matters as a
// plain table (complete without JavaScript), downloads and the list's adjustment record.
import { kindLabel } from '../diff/labels.js';
import { html, type Html } from './html.js';
import { L, chineseDate, fill } from './labels.js';
import { page } from './layout.js';
import type { SiteMatter, SiteModel } from './model.js';
import { INDEX_PAGE, LAWS_PAGE, SEARCH_DATA, SEARCH_SCRIPT, href, matterPage } from './paths.js';

/** A file offered under 下载. */
export interface Download {
  label: string;
  path: string;
  bytes: number;
}

const from = INDEX_PAGE;

// A long list puts its first rows in the page and the rest in <noscript>: a browser with scripts
// then parses them as one text node instead of building (and laying out) 10,000 table rows, and the
// script adds them on request; a browser without scripts shows them all.
export const STATIC_ROWS = 100;

export function indexPageHtml(model: SiteModel, downloads: Download[]): string {
  const { manifest } = model.input;
  const body = html`<div class="notice-head">
<h1>${manifest.title}</h1>
${manifest.subtitle ? html`<p class="subtitle">${manifest.subtitle}</p>` : ''}
<dl class="facts">
<div><dt>${L.issued}</dt><dd>${manifest.issuers.join('、')}</dd></div>
<div><dt>${L.effective}</dt><dd>${chineseDate(manifest.effective)}</dd></div>
<div><dt>${L.version}</dt><dd>${manifest.version}</dd></div>
<div><dt>${L.filing}</dt><dd>${manifest.filing_office}</dd></div>
<div><dt>${L.count}</dt><dd>${model.matters.length} ${L.items}</dd></div>
</dl>
</div>
<p class="lead">${L.lead}</p>
<nav class="contents" aria-label="${L.contents}"><ul>
<li><a href="#list">${L.listHeading}</a></li>
<li><a href="#downloads">${L.downloads}</a></li>
<li><a href="#adjustments">${L.history}</a></li>
<li><a href="${href(from, LAWS_PAGE)}">${L.laws}</a></li>
</ul></nav>
${searchForm(model)}
<section aria-labelledby="list">
<h2 id="list">${L.listHeading}</h2>
<noscript><p>${L.noscript}</p></noscript>
<p id="status" class="status" role="status" aria-live="polite">${fill(L.total, { n: model.matters.length })}</p>
<div id="results"></div>
<table id="all-matters" class="matters">
<caption class="visually-hidden">${L.listCaption}</caption>
${tableHead()}
<tbody>
${model.matters.slice(0, STATIC_ROWS).map(row)}</tbody>
</table>
${model.matters.length > STATIC_ROWS ? html`<noscript><table class="matters">
<caption class="visually-hidden">${L.listCaption}（${L.continued}）</caption>
${tableHead()}
<tbody>
${model.matters.slice(STATIC_ROWS).map(row)}</tbody>
</table></noscript>` : ''}
</section>
${downloadsSection(downloads)}
${adjustmentsSection(model)}`;
  return page(manifest, {
    path: from,
    title: manifest.title,
    description: `${manifest.title}（${L.version} ${manifest.version}，${chineseDate(manifest.effective)}${L.effective}）`,
    body,
    scripts: [SEARCH_DATA, SEARCH_SCRIPT],
    titlePage: true,
  });
}

function tableHead(): Html {
  return html`<thead><tr><th scope="col" class="seq">${L.seq}</th><th scope="col" class="type">${L.type}</th><th scope="col">${L.name}</th><th scope="col" class="units">${L.primary}</th><th scope="col" class="units">${L.supporting}</th></tr></thead>`;
}

function row(m: SiteMatter): Html {
  const { matter } = m;
  return html`<tr><td class="seq" data-label="${L.seq}">${m.seq}</td><td class="type" data-label="${L.type}">${matter.type}</td><td data-label="${L.name}"><a href="${href(from, m.page)}">${matter.name}</a> <span class="code">${matter.id}</span></td><td data-label="${L.primary}">${matter.responsibility.primary.join('、')}</td><td data-label="${L.supporting}">${matter.responsibility.supporting.join('、')}</td></tr>\n`;
}

// Hidden until the script has loaded: without JavaScript a form that cannot filter would mislead.
function searchForm(model: SiteModel): Html {
  const options = (values: readonly string[]) => values.map((v) => html`<option value="${v}">${v}</option>`);
  return html`<section id="search" class="search" aria-labelledby="search-heading" hidden>
<h2 id="search-heading">${L.searchHeading}</h2>
<form role="search" action="${INDEX_PAGE}" method="get">
<div class="field field-wide">
<label for="q">${L.keyword}</label>
<p class="hint" id="q-hint">${L.keywordHint}</p>
<div class="search-row">
<input type="search" id="q" name="q" aria-describedby="q-hint" autocomplete="off">
<button type="submit" class="button">${L.find}</button>
</div>
</div>
<div class="field">
<label for="type">${L.type}</label>
<select id="type" name="type"><option value="">${L.anyType}</option>${options(model.input.manifest.types)}</select>
</div>
<div class="field">
<label for="unit">${L.unit}</label>
<select id="unit" name="unit"><option value="">${L.anyUnit}</option>${options(model.filterUnits)}</select>
</div>
<div class="field">
<label for="role">${L.role}</label>
<select id="role" name="role"><option value="">${L.anyRole}</option><option value="primary">${L.primary}</option><option value="supporting">${L.supporting}</option></select>
</div>
<div class="field">
<label for="street">${L.street}</label>
<select id="street" name="street" aria-describedby="street-hint"><option value="">${L.anyStreet}</option>${options(model.streets)}</select>
</div>
<div class="actions">
<p class="hint" id="street-hint">${fill(L.streetHint, { collective: model.input.units.collective })}</p>
<a href="${INDEX_PAGE}" id="reset" class="reset">${L.reset}</a>
</div>
</form>
</section>`;
}

function downloadsSection(downloads: Download[]): Html {
  return html`<section aria-labelledby="downloads">
<h2 id="downloads">${L.downloads}</h2>
<ul class="downloads">
${downloads.map((d) => html`<li><a href="${href(from, d.path)}" download>${d.label}</a> <span class="minor">${fileType(d.path)}，${fileSize(d.bytes)}</span></li>\n`)}</ul>
</section>`;
}

function adjustmentsSection(model: SiteModel): Html {
  const present = new Map(model.matters.map((m) => [m.matter.id, m] as const));
  const rows = model.adjustments.map(({ adjustment: a, date }) => html`<tr>
<td data-label="${L.historyDate}">${chineseDate(date)}</td>
<td data-label="${L.historyNumber}">${a.filing?.number ?? '—'}</td>
<td data-label="${L.historyApplicant}">${a.applicant}</td>
<td data-label="${L.historyMatters}">${a.items.map((item, i) => {
    const m = present.get(item.matter);
    const what = kindLabel('zh', item.action);
    return html`${i > 0 ? html`<br>` : ''}${what} ${m ? html`<a href="${href(from, matterPage(item.matter))}">${item.matter} ${m.matter.name}</a>` : html`${item.matter}${L.removedMatter}`}`;
  })}</td>
<td data-label="${L.historyReason}">${a.reason}</td>
</tr>`);
  return html`<section aria-labelledby="adjustments">
<h2 id="adjustments">${L.history}</h2>
${rows.length === 0 ? html`<p>${L.listHistoryNone}</p>` : html`<table class="history">
<thead><tr><th scope="col">${L.historyDate}</th><th scope="col">${L.historyNumber}</th><th scope="col">${L.historyApplicant}</th><th scope="col" class="matters-col">${L.historyMatters}</th><th scope="col">${L.historyReason}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`}
</section>`;
}

function fileType(path: string): string {
  return (path.split('.').pop() ?? '').toUpperCase();
}

/** 12 KB, 1.4 MB: sizes as a reader expects them. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
