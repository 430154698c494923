// Same input, same bytes: exceljs stamps the current time on every zip entry and in docProps, so
// the package is re-zipped with fixed entry dates, a fixed entry order and the list's own date.
import type { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { xmlSafe } from '../print/text.js';

/** Document properties stamped into docProps; `date` (YYYY-MM-DD) is also every entry's date. */
export interface DocumentProperties {
  date: string;
  title?: string;
  subject?: string;
  /** 单位 (app.xml Company): the lead issuing unit. */
  company?: string;
  keywords?: string;
}

/** Midnight UTC of a YYYY-MM-DD date. */
export function fixedDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1980, (m ?? 1) - 1, d ?? 1));
}

/** Sets title, subject, company, creator and created/modified on a workbook before it is written. */
export function setDocumentProperties(workbook: Workbook, props: DocumentProperties): void {
  const when = fixedDate(props.date);
  workbook.created = when;
  workbook.modified = when;
  workbook.creator = 'dutylist';
  workbook.lastModifiedBy = 'dutylist';
  if (props.title !== undefined) workbook.title = xmlSafe(props.title);
  if (props.subject !== undefined) workbook.subject = xmlSafe(props.subject);
  if (props.company !== undefined) workbook.company = xmlSafe(props.company);
  if (props.keywords !== undefined) workbook.keywords = xmlSafe(props.keywords);
}

/**
 * Re-zips an xlsx package: entries in a fixed order ([Content_Types].xml first, then by name),
 * every entry dated `props.date`, DEFLATE throughout. Entry data already deflated is kept as is
 * (zlib output is a pure function of its input), so this costs milliseconds even for big sheets.
 */
export async function zipDeterministic(xlsx: Uint8Array, props: DocumentProperties): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const when = fixedDate(props.date);
  const entries = Object.entries(zip.files).filter(([, entry]) => !entry.dir);
  for (const name of Object.keys(zip.files)) delete zip.files[name];
  entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, entry] of entries) {
    const clean = name.replace(/^\/+/, '');
    entry.name = clean;
    entry.date = when;
    entry.comment = '';
    entry.unixPermissions = null;
    entry.dosPermissions = null;
    zip.files[clean] = entry;
  }
  if (props.company) {
    // The streaming writer leaves <Company> empty whatever the workbook says.
    const app = zip.file('docProps/app.xml');
    if (app) {
      const xml = await app.async('string');
      zip.file('docProps/app.xml', xml.replace(/<Company\s*\/>|<Company><\/Company>/, `<Company>${escapeXml(xmlSafe(props.company))}</Company>`), { date: when, createFolders: false });
    }
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

function rank(name: string): number {
  return name === '[Content_Types].xml' ? 0 : 1;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The bytes of an in-memory workbook, reproducible. */
export async function workbookBytes(workbook: Workbook, props: DocumentProperties): Promise<Buffer> {
  setDocumentProperties(workbook, props);
  const raw = await workbook.xlsx.writeBuffer();
  return zipDeterministic(new Uint8Array(raw), props);
}
