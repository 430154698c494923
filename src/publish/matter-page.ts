// One page per matter: the seven parts, linked citations and the matter's history.
import { kindLabel, partLabel } from '../diff/labels.js';
import { html, type Html } from './html.js';
import { L, chineseDate, fill } from './labels.js';
import { breadcrumbs, page } from './layout.js';
import type { SiteMatter, SiteModel } from './model.js';
import { INDEX_PAGE, href, query } from './paths.js';
import type { CitationPiece } from './citations.js';

export function matterPageHtml(model: SiteModel, index: number): string {
  const m = model.matters[index];
  if (!m) throw new Error(`no matter at ${index}`);
  const { matter } = m;
  const from = m.page;
  const previous = model.matters[index - 1];
  const next = model.matters[index + 1];
  const collective = model.input.units.collective;
  // A unit links to the index filtered by it; a named sub-district to the index filtered by street.
  const unitRef = (written: string, canonical: string) => {
    if (canonical === collective) return written;
    const filter: Record<string, string> = model.streets.includes(canonical) ? { street: canonical } : { unit: canonical };
    return html`<a href="${href(from, `${INDEX_PAGE}?${query(filter)}`)}" title="${L.forUnit}">${written}</a>`;
  };
  const units = (written: string[], canonical: string[]) =>
    written.length === 0 ? '—' : written.map((w, i) => html`${i > 0 ? '、' : ''}${unitRef(w, canonical[i] ?? w)}`);

  const body = html`${breadcrumbs(from, [{ label: L.home, to: INDEX_PAGE }, { label: matter.id }])}
<article class="matter">
<p class="caption">${fill(L.matterOf, { seq: m.seq, n: model.matters.length })}　${matter.type}　${matter.id}</p>
<h1>${matter.name}</h1>
<dl class="summary">
<div><dt>${L.type}</dt><dd>${matter.type}</dd></div>
<div><dt>${L.code}</dt><dd>${matter.id}</dd></div>
${matter.power_type ? html`<div><dt>${L.powerType}</dt><dd>${matter.power_type}</dd></div>` : ''}
${matter.power_refs?.length ? html`<div><dt>${L.powerRefs}</dt><dd>${matter.power_refs.join('、')}</dd></div>` : ''}
<div><dt>${L.primary}</dt><dd>${units(matter.responsibility.primary, m.primary)}</dd></div>
<div><dt>${L.supporting}</dt><dd>${units(matter.responsibility.supporting, m.supporting)}</dd></div>
</dl>
<section aria-labelledby="district">
<h2 id="district">${L.district}</h2>
${matter.district.map((d) => html`<h3>${d.unit}</h3>\n${duties(d.duties)}`)}
</section>
<section aria-labelledby="street">
<h2 id="street">${L.streetDuties}</h2>
${duties(matter.street.duties)}
</section>
<section aria-labelledby="basis">
<h2 id="basis">${L.basis}</h2>
<ul class="basis">
${m.basis.map((pieces) => html`<li>${citation(from, pieces)}</li>\n`)}</ul>
</section>
${matter.delegation ? html`<section aria-labelledby="delegation">
<h2 id="delegation">${L.delegation}</h2>
<p>${matter.delegation.document}</p>
${matter.delegation.scope ? html`<p>${L.delegationScope}：${matter.delegation.scope}</p>` : ''}
</section>` : ''}
${matter.note?.trim() ? html`<section aria-labelledby="note">
<h2 id="note">${L.note}</h2>
<p>${matter.note.trim()}</p>
</section>` : ''}
${historySection(m)}
</article>
<nav class="pager" aria-label="${L.previous}/${L.next}">
${previous ? html`<a rel="prev" href="${href(from, previous.page)}">${L.previous}：${previous.matter.name}</a>` : ''}
${next ? html`<a rel="next" href="${href(from, next.page)}">${L.next}：${next.matter.name}</a>` : ''}
</nav>`;
  return page(model.input.manifest, { path: from, title: `${matter.name} — ${model.input.manifest.title}`, description: `${matter.id} ${matter.name}`, body });
}

function duties(list: readonly string[]): Html {
  return html`<ol class="duties">${list.map((d) => html`<li>${d.trim()}</li>`)}</ol>`;
}

function citation(from: string, pieces: CitationPiece[]): Html {
  return html`${pieces.map((p) => (p.target ? html`<a href="${href(from, p.target.page, p.target.fragment)}">${p.text}</a>` : p.text))}`;
}

function historySection(m: SiteMatter): Html {
  const rows = m.history.map(({ adjustment: a, item, date }) => html`<tr>
<td data-label="${L.historyDate}">${chineseDate(date)}</td>
<td data-label="${L.historyNumber}">${a.filing?.number ?? '—'}${a.decision?.minutes ? html`<br><span class="minor">${a.decision.minutes}</span>` : ''}</td>
<td data-label="${L.historyChange}">${kindLabel('zh', item.action)}${item.parts?.length ? html`：${item.parts.map((p) => partLabel('zh', p)).join('、')}` : ''}${item.note ? html`<br>${item.note}` : ''}</td>
<td data-label="${L.historyApplicant}">${a.applicant}</td>
</tr>`);
  return html`<section aria-labelledby="history">
<h2 id="history">${L.history}</h2>
${rows.length === 0 ? html`<p>${L.historyNone}</p>` : html`<table class="history">
<thead><tr><th scope="col">${L.historyDate}</th><th scope="col">${L.historyNumber}</th><th scope="col">${L.historyChange}</th><th scope="col">${L.historyApplicant}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`}
</section>`;
}
