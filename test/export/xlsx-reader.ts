// A reader independent of exceljs: jszip plus regular expressions over the sheet XML, enough to
// check what the workbook says and how it prints.
import JSZip from 'jszip';

export interface SheetRow {
  number: number;
  height?: number;
  cells: Map<string, string>;
}

export interface ReadSheet {
  xml: string;
  rows: SheetRow[];
  merges: string[];
  /** Attributes of <pageSetup>. */
  pageSetup: Record<string, string>;
  columnWidths: number[];
  rowBreaks: number[];
}

export interface ReadWorkbook {
  zip: JSZip;
  sheetNames: string[];
  definedNames: { name: string; sheet?: number; value: string }[];
  sheet(name: string): Promise<ReadSheet>;
  file(path: string): Promise<string>;
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1] ?? ''] = decode(m[2] ?? '');
  return out;
}

export async function readXlsx(bytes: Uint8Array): Promise<ReadWorkbook> {
  const zip = await JSZip.loadAsync(bytes);
  const file = async (path: string): Promise<string> => {
    const entry = zip.file(path);
    if (!entry) throw new Error(`no ${path} in the package`);
    return entry.async('string');
  };
  const workbook = await file('xl/workbook.xml');
  const rels = await file('xl/_rels/workbook.xml.rels');
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => attrs(m[0]));
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => attrs(m[0])).map((a) => [a.Id ?? '', a.Target ?? '']));
  const definedNames = [...workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => {
    const a = attrs(m[1] ?? '');
    return { name: a.name ?? '', ...(a.localSheetId !== undefined ? { sheet: Number(a.localSheetId) } : {}), value: decode(m[2] ?? '') };
  });
  return {
    zip,
    sheetNames: sheets.map((s) => s.name ?? ''),
    definedNames,
    file,
    async sheet(name) {
      const s = sheets.find((x) => x.name === name);
      if (!s) throw new Error(`no sheet ${name}`);
      const xml = await file(`xl/${(targets.get(s['r:id'] ?? '') ?? '').replace(/^\/?xl\//, '')}`);
      return parseSheet(xml);
    },
  };
}

function parseSheet(xml: string): ReadSheet {
  const rows = [...xml.matchAll(/<row\b([^>]*?)(?:\/>|>(.*?)<\/row>)/gs)].map((m): SheetRow => {
    const a = attrs(m[1] ?? '');
    const cells = new Map<string, string>();
    for (const c of (m[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
      const ca = attrs(c[1] ?? '');
      const body = c[2] ?? '';
      const text = [...body.matchAll(/<(?:v|t)(?:\s[^>]*)?>([^<]*)<\/(?:v|t)>/g)].map((t) => decode(t[1] ?? '')).join('');
      if (body !== '') cells.set((ca.r ?? '').replace(/\d+$/, ''), text);
    }
    return { number: Number(a.r), ...(a.ht !== undefined ? { height: Number(a.ht) } : {}), cells };
  });
  const merges = [...xml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1] ?? '');
  const pageSetup = attrs(/<pageSetup\b[^>]*>/.exec(xml)?.[0] ?? '');
  const columnWidths: number[] = [];
  for (const m of xml.matchAll(/<col\b[^>]*>/g)) {
    const a = attrs(m[0]);
    for (let i = Number(a.min); i <= Number(a.max); i++) columnWidths[i - 1] = Number(a.width);
  }
  const rowBreaks = [...xml.matchAll(/<brk\b[^>]*>/g)].map((m) => Number(attrs(m[0]).id));
  return { xml, rows, merges, pageSetup, columnWidths, rowBreaks };
}
