// The whole site as files (site path → content), made one at a time so that 10,000 matter pages
// never sit in memory together. Pure: the command does the reading before and the writing after.
import { indexPageHtml, type Download } from './index-page.js';
import { lawPageHtml, lawsIndexHtml } from './law-pages.js';
import { matterPageHtml } from './matter-page.js';
import type { SiteModel } from './model.js';
import { openDataCsv, openDataJson, openDataSchema } from './open-data.js';
import { DATA_CSV, DATA_JSON, DATA_SCHEMA, LAWS_PAGE, MARKER, SEARCH_DATA, SEARCH_SCRIPT, SEARCH_TEXT, STYLESHEET, downloadFile, INDEX_PAGE } from './paths.js';
import { searchIndexScript, searchTextScript } from './search-data.js';
import { SEARCH_CLIENT } from './assets/search-client.js';
import { STYLESHEET_CSS } from './assets/style.js';
import { L } from './labels.js';

/** The issued workbook and, where it could be made, its PDF. */
export interface IssuedFiles {
  /** File name without extension, e.g. the list's title and version. */
  name: string;
  xlsx: Uint8Array;
  pdf?: Uint8Array;
}

export type SiteFile = [path: string, data: string | Uint8Array];

export function* siteFiles(model: SiteModel, issued: IssuedFiles): Generator<SiteFile> {
  const json = openDataJson(model);
  const csv = openDataCsv(model);
  const binary: SiteFile[] = [[downloadFile(`${issued.name}.xlsx`), issued.xlsx]];
  if (issued.pdf) binary.push([downloadFile(`${issued.name}.pdf`), issued.pdf]);
  const downloads: Download[] = [
    { label: L.workbook, path: downloadFile(`${issued.name}.xlsx`), bytes: issued.xlsx.byteLength },
    ...(issued.pdf ? [{ label: L.pdf, path: downloadFile(`${issued.name}.pdf`), bytes: issued.pdf.byteLength }] : []),
    { label: L.json, path: DATA_JSON, bytes: Buffer.byteLength(json) },
    { label: L.csv, path: DATA_CSV, bytes: Buffer.byteLength(csv) },
    { label: L.schema, path: DATA_SCHEMA, bytes: Buffer.byteLength(openDataSchema()) },
  ];
  yield [INDEX_PAGE, indexPageHtml(model, downloads)];
  yield [LAWS_PAGE, lawsIndexHtml(model)];
  for (let i = 0; i < model.matters.length; i++) yield [model.matters[i]?.page ?? '', matterPageHtml(model, i)];
  for (const law of model.laws) yield [law.page, lawPageHtml(model, law)];
  yield [STYLESHEET, STYLESHEET_CSS];
  yield [SEARCH_SCRIPT, SEARCH_CLIENT];
  yield [SEARCH_DATA, searchIndexScript(model)];
  yield [SEARCH_TEXT, searchTextScript(model)];
  yield [DATA_JSON, json];
  yield [DATA_CSV, csv];
  yield [DATA_SCHEMA, openDataSchema()];
  yield* binary;
  yield [MARKER, 'dutylist publish\n'];
}
