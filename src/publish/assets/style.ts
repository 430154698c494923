// assets/site.css: a notice, not an app — restrained type in the system's CJK fonts, a red rule
// under the issuing units, plain tables; GOV.UK's focus and form conventions; contrast of every
// text colour against its background at least 4.5:1 (the darkest grey used, #505a5f, is 7:1).
// Below 40em the tables stack into cards; in print, A4 with one matter to a page where it fits.
// ASCII only (font family names in English), so no server's charset setting can garble it.
export const STYLESHEET_CSS = String.raw`:root {
  --text: #0b0c0c;
  --secondary: #505a5f;
  --link: #1d4f91;
  --visited: #4c2c92;
  --rule: #b1b4b6;
  --panel: #f3f2f1;
  --red: #a71d2a;
  --focus: #ffdd00;
  --sans: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  --serif: "Songti SC", "STSong", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", var(--sans);
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: var(--sans); font-size: 1rem; line-height: 1.75; color: var(--text); background: #fff; overflow-wrap: anywhere; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:visited { color: var(--visited); }
a:hover { text-decoration-thickness: 2px; }
a:focus-visible, button:focus-visible, input:focus, select:focus, main:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 5px var(--text);
}
a:focus-visible { background: var(--focus); color: var(--text); text-decoration: none; box-shadow: 0 4px var(--text); outline: none; }
main:focus { outline: none; }
.skip-link { position: absolute; left: -9999px; top: 0; padding: 0.5rem 1rem; background: var(--focus); color: var(--text); z-index: 10; }
.skip-link:focus { left: 0; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
[hidden] { display: none !important; }

.masthead { border-bottom: 3px solid var(--red); padding: 0.75rem 0 0.5rem; }
.masthead p { margin: 0; }
.issuers { color: var(--secondary); font-size: 0.875rem; letter-spacing: 0.05em; display: flex; flex-wrap: wrap; gap: 0 1.25em; }
.issuers span { white-space: nowrap; }
.site-name { font-family: var(--serif); font-weight: 700; font-size: 1.125rem; }
.site-name a, .site-name a:visited { color: var(--text); text-decoration: none; }
.site-name a:hover { text-decoration: underline; }
main.wrap { display: block; padding-top: 1.25rem; padding-bottom: 2.5rem; }

h1, h2, h3 { line-height: 1.4; }
h1 { font-family: var(--serif); font-size: 1.875rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.375rem; margin: 2.25rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.125rem; margin: 1.25rem 0 0.5rem; }
p { margin: 0 0 1rem; }
.lead { font-size: 1.0625rem; max-width: 48em; }
.minor, .code, .caption, .hint { color: var(--secondary); }
.code { font-size: 0.875rem; white-space: nowrap; }
.caption { margin: 0; font-size: 0.9375rem; }

.notice-head { text-align: center; padding: 0.5rem 0 1.25rem; margin-bottom: 1.5rem; border-bottom: 1px solid var(--rule); }
.notice-head h1 { font-size: 2rem; margin-bottom: 0.5rem; }
.subtitle { font-size: 1.125rem; margin-bottom: 0.75rem; }
.facts { display: flex; flex-wrap: wrap; justify-content: center; gap: 0.25rem 1.75rem; margin: 0; font-size: 0.9375rem; }
.facts div { display: flex; gap: 0.5em; }
.facts dt { color: var(--secondary); white-space: nowrap; }
.facts dd { margin: 0; }

.contents ul { list-style: none; margin: 0 0 1.5rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; }

.summary { margin: 0 0 1.5rem; border-top: 1px solid var(--rule); }
.summary div { display: flex; gap: 1rem; padding: 0.5rem 0; border-bottom: 1px solid var(--rule); }
.summary dt { flex: 0 0 7em; font-weight: 700; }
.summary dd { margin: 0; }

ol.duties { margin: 0 0 1rem; padding-left: 2em; }
ol.duties li { margin-bottom: 0.375rem; }
ul.basis { margin: 0 0 1rem; padding-left: 1.25em; }
ul.basis li { margin-bottom: 0.375rem; }

.search { background: var(--panel); padding: 1rem 1.25rem 1.25rem; margin: 0 0 1.5rem; }
.search h2 { margin-top: 0; border: 0; }
.search form { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 0.75rem 1.25rem; align-items: end; }
.field { min-width: 0; }
.field-wide { grid-column: 1 / -1; }
.search-row { display: flex; gap: 0.75rem; max-width: 44rem; }
.search-row input { flex: 1 1 auto; min-width: 0; }
.field label { display: block; font-weight: 700; margin-bottom: 0.25rem; }
.field .hint { font-size: 0.875rem; margin: 0 0 0.25rem; }
input[type="search"], select { width: 100%; min-height: 2.5rem; padding: 0.25rem 0.5rem; font: inherit; color: var(--text); background: #fff; border: 2px solid var(--text); border-radius: 0; }
.actions { grid-column: 1 / -1; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 1.5rem; font-size: 0.875rem; }
.actions .hint { margin: 0; }
.button { white-space: nowrap; flex: none; font: inherit; font-weight: 700; color: #fff; background: var(--link); border: 0; border-bottom: 2px solid #0b2a52; padding: 0.4rem 1.25rem; cursor: pointer; min-height: 2.5rem; }
.button:hover { background: #163d70; }
.button.secondary { color: var(--text); background: var(--panel); border: 1px solid var(--text); }
#results .more { margin: -0.75rem 0 1.5rem; }
.status { font-weight: 700; }
mark { background: #fff2a8; color: inherit; padding: 0 0.05em; }
.snippet { margin: 0.25rem 0 0; font-size: 0.9375rem; color: var(--text); }
.snippet-field { color: var(--secondary); }

table { width: 100%; border-collapse: collapse; margin: 0 0 1.5rem; font-size: 0.9375rem; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.625rem; border: 1px solid var(--rule); }
thead th { background: var(--panel); font-weight: 700; white-space: nowrap; }
table.matters { table-layout: fixed; }
table.matters .seq { width: 4.5em; text-align: center; }
table.matters .type { width: 6.5em; }
table.matters .units { width: 22%; }
td.number { text-align: right; }
table.history .matters-col { width: 30%; }
table.history td:first-child, table.history td:nth-child(2) { white-space: nowrap; }

.article { margin: 0 0 1.75rem; padding: 0.25rem 0.75rem 0.5rem; border-left: 4px solid transparent; }
.article h2 { font-size: 1.125rem; border: 0; margin: 0.75rem 0 0.25rem; }
.article :target, .article:target { background: #fff7cc; }
.article:target, .article:has(:target) { border-left-color: var(--red); }
.article-text p { margin: 0 0 0.5rem; text-indent: 2em; }
ol.items { list-style: none; margin: 0 0 0.5rem; padding-left: 2em; }
ol.items li { margin-bottom: 0.25rem; }
.cited-by { font-size: 0.9375rem; color: var(--secondary); }

.breadcrumbs ol { list-style: none; margin: 0 0 1rem; padding: 0; display: flex; flex-wrap: wrap; font-size: 0.9375rem; }
.breadcrumbs li + li::before { content: "\203A"; margin: 0 0.5em; color: var(--secondary); }
.pager { display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap; margin-top: 2rem; padding-top: 1rem; border-top: 1px solid var(--rule); }
.pager a[rel="next"] { margin-left: auto; text-align: right; }
.downloads { padding-left: 1.25em; }
.downloads li { margin-bottom: 0.375rem; }

.footer { border-top: 1px solid var(--rule); background: var(--panel); padding: 1rem 0; font-size: 0.875rem; }
.footer p { margin: 0.25rem 0; }

@media (max-width: 40em) {
  .wrap { padding: 0 1rem; }
  h1, .notice-head h1 { font-size: 1.5rem; }
  .facts { justify-content: flex-start; text-align: left; flex-direction: column; }
  .notice-head { text-align: left; }
  .search form { grid-template-columns: minmax(0, 1fr); }
  .summary div { flex-direction: column; gap: 0; }
  .summary dt { flex: none; }
  table.matters, table.history, table.laws, table.matters tbody, table.history tbody, table.laws tbody,
  table.matters tr, table.history tr, table.laws tr, table.matters td, table.history td, table.laws td, table.laws th { display: block; width: auto; }
  table.matters thead, table.history thead, table.laws thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); }
  table.matters tr, table.history tr, table.laws tr { border: 1px solid var(--rule); margin-bottom: 0.75rem; padding: 0.5rem 0.75rem; }
  table.matters td, table.history td, table.laws td, table.laws th { border: 0; padding: 0.125rem 0; text-align: left; }
  table.matters td::before, table.history td::before, table.laws td::before { content: attr(data-label) "\FF1A"; color: var(--secondary); }
  table.matters td[data-label]:nth-child(3)::before { content: none; }
  table.matters td:nth-child(3) { font-size: 1.0625rem; font-weight: 700; }
  table.matters td:nth-child(3) .snippet { font-weight: 400; }
  table.matters td.seq, table.matters td.type { display: inline-block; width: auto; margin-right: 1.5em; text-align: left; color: var(--secondary); font-size: 0.875rem; }
  table.history td:first-child, table.history td:nth-child(2) { white-space: normal; }
}

@media print {
  @page { size: A4; margin: 15mm 15mm 15mm; }
  body { font-size: 10.5pt; line-height: 1.5; }
  .wrap { max-width: none; padding: 0; }
  main.wrap { padding: 0; }
  .skip-link, .contents, .search, .pager, .breadcrumbs, .footer, button, noscript, .status { display: none !important; }
  .masthead { border-bottom-width: 1.5pt; padding: 0 0 3pt; margin-bottom: 8pt; }
  .site-name { font-size: 11pt; }
  h1 { font-size: 16pt; margin: 2pt 0 6pt; }
  .notice-head h1 { font-size: 18pt; }
  h2 { font-size: 12pt; margin: 9pt 0 3pt; padding-bottom: 1pt; }
  h3 { font-size: 10.5pt; margin: 5pt 0 1pt; }
  p, .lead { margin: 0 0 4pt; font-size: 10.5pt; }
  .summary { margin-bottom: 6pt; }
  .summary div { padding: 1.5pt 0; }
  ol.duties, ul.basis { margin-bottom: 4pt; }
  ol.duties li, ul.basis li { margin-bottom: 1pt; }
  table { font-size: 9.5pt; margin-bottom: 6pt; }
  th, td { padding: 2pt 4pt; }
  thead th { background: none; }
  a, a:visited { color: var(--text); text-decoration: none; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, li, .summary div, .article h2 { break-inside: avoid; page-break-inside: avoid; }
  .article { padding: 0; margin-bottom: 8pt; }
}
`;
