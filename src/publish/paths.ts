// Where each page lives in the site and how one page links to another. File names stay safe on
// Windows (a site is often copied to a USB stick from an office PC) and links are percent-encoded,
// so the same folder works opened from disk and from any web server.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';

const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** A file name Windows accepts: no reserved characters or names, no trailing dot or space. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(UNSAFE, '_').replace(/[. ]+$/, '').trim() || '_';
  return RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
}

export const INDEX_PAGE = 'index.html';
export const LAWS_PAGE = 'laws/index.html';
export const STYLESHEET = 'assets/site.css';
export const SEARCH_SCRIPT = 'assets/search.js';
export const SEARCH_DATA = 'assets/search-index.js';
export const SEARCH_TEXT = 'assets/search-text.js';
export const DATA_JSON = 'data/matters.json';
export const DATA_CSV = 'data/matters.csv';
export const DATA_SCHEMA = 'data/matters.schema.json';
/** Marks a folder as written by publish, so only such a folder is ever replaced. */
export const MARKER = '.dutylist-site';

export function matterPage(id: string): string {
  return `matters/${safeFileName(id)}.html`;
}

/** Law pages are named by a hash of the full title: ASCII, stable when laws are added. */
export function lawPage(title: string): string {
  return `laws/${createHash('sha1').update(title).digest('hex').slice(0, 10)}.html`;
}

export function downloadFile(name: string): string {
  return `downloads/${safeFileName(name)}`;
}

/** The relative, percent-encoded link from page `from` to `to` (both site paths). */
export function href(from: string, to: string, fragment?: string): string {
  const [path = '', query] = to.split('?');
  const relative = posix.relative(posix.dirname(from), path) || posix.basename(path);
  const encoded = relative.split('/').map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');
  return `${encoded}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
}

/** A query string in the form the index page reads (`?unit=…&role=…`). */
export function query(params: Record<string, string>): string {
  return Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}
