// The frame of every page: head (no external resources; a CSP that forbids them), skip link,
// masthead in the manner of a notice, footer.
import type { ListManifest } from '../types.js';
import { Html, html } from './html.js';
import { L } from './labels.js';
import { INDEX_PAGE, LAWS_PAGE, STYLESHEET, href } from './paths.js';

// Only files of the site itself; inline scripts and styles are refused too, so nothing a matter
// says can ever run, even if escaping were forgotten somewhere.
const CSP = new Html("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'");

export interface PageSpec {
  /** Site path of the page, e.g. matters/WH-001.html. */
  path: string;
  title: string;
  description?: string;
  body: Html;
  /** Site paths of scripts, loaded deferred in this order. */
  scripts?: string[];
  /** The page's own heading is the list's title (the index): the masthead does not repeat it. */
  titlePage?: boolean;
}

export function page(manifest: ListManifest, spec: PageSpec): string {
  const to = (target: string): string => href(spec.path, target);
  const doc = html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${spec.title}</title>
${spec.description ? html`<meta name="description" content="${spec.description}">\n` : ''}<link rel="stylesheet" href="${to(STYLESHEET)}">
${(spec.scripts ?? []).map((s) => html`<script src="${to(s)}" defer></script>\n`)}</head>
<body>
<a class="skip-link" href="#main">${L.skip}</a>
<header class="masthead">
<div class="wrap">
<p class="issuers">${[manifest.region, ...manifest.issuers].map((u) => html`<span>${u}</span>`)}</p>
${spec.titlePage ? '' : html`<p class="site-name"><a href="${to(INDEX_PAGE)}">${manifest.title}</a></p>`}
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
${spec.body}
</main>
<footer class="footer">
<div class="wrap">
<p><a href="${to(INDEX_PAGE)}">${L.home}</a>　<a href="${to(LAWS_PAGE)}">${L.laws}</a>　<a href="${to(INDEX_PAGE)}#downloads">${L.downloads}</a></p>
<p>${manifest.title}（${L.version} ${manifest.version}）　${L.footer}</p>
</div>
</footer>
</body>
</html>
`;
  return doc.value;
}

/** 事项一览 › … › current: where the page sits. */
export function breadcrumbs(from: string, trail: { label: string; to?: string }[]): Html {
  return html`<nav class="breadcrumbs" aria-label="${L.position}"><ol>${trail.map((c) =>
    c.to ? html`<li><a href="${href(from, c.to)}">${c.label}</a></li>` : html`<li aria-current="page">${c.label}</li>`)}</ol></nav>`;
}
