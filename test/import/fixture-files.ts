// File writers for the import fixtures: .xlsx (exceljs, re-zipped with fixed dates), .docx
// (WordprocessingML tables written out, zipped with fixed dates) and GB18030 text. Every writer
// gives the same bytes for the same rows, so the committed fixtures can be checked against them.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { setDocumentProperties, zipDeterministic } from '../../src/export/zip.js';

const DATE = '2025-04-01';

/** A merge as [top, left, bottom, right], 1-based like exceljs. */
export type Merge = [number, number, number, number];

export async function xlsxBytes(rows: readonly (readonly string[])[], merges: readonly Merge[] = [], sheetName = 'Sheet1', extraSheets: readonly string[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  setDocumentProperties(workbook, { date: DATE });
  for (const name of extraSheets) workbook.addWorksheet(name).addRow(['填表说明：每个事项一行，职责按序号分条填写。']);
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((row, i) => row.forEach((value, j) => {
    if (value !== '') sheet.getCell(i + 1, j + 1).value = value;
  }));
  for (const [top, left, bottom, right] of merges) sheet.mergeCells(top, left, bottom, right);
  const raw = await workbook.xlsx.writeBuffer();
  return zipDeterministic(new Uint8Array(raw), { date: DATE });
}

/** A Word table cell: paragraphs, and how it is merged. */
export interface WordCell {
  paragraphs: string[];
  span?: number;
  vMerge?: 'restart' | 'continue';
}

/** A paragraph between tables, or a table (rows of cells; `header` rows repeat on each page). */
export type WordBlock = { paragraph: string } | { table: WordCell[][]; headerRows?: number };

export async function docxBytes(blocks: readonly WordBlock[]): Promise<Uint8Array> {
  const body = blocks.map((b) => ('paragraph' in b ? paragraphXml(b.paragraph) : tableXml(b.table, b.headerRows ?? 0))).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`;
  const zip = new JSZip();
  const when = new Date(Date.UTC(2025, 3, 1));
  const add = (name: string, text: string): void => void zip.file(name, text, { date: when, createFolders: false });
  add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  add('word/document.xml', document);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'DOS' });
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function paragraphXml(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
}

function tableXml(rows: readonly WordCell[][], headerRows: number): string {
  const width = Math.max(...rows.map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(width)}</w:tblGrid>`;
  const tr = rows.map((cells, i) => {
    const props = i < headerRows ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
    const tcs = cells.map((c) => {
      const span = c.span && c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : '';
      const merge = c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge === 'continue' ? '<w:vMerge/>' : '';
      const paragraphs = c.paragraphs.length > 0 ? c.paragraphs : [''];
      return `<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/>${span}${merge}</w:tcPr>${paragraphs.map(paragraphXml).join('')}</w:tc>`;
    });
    return `<w:tr>${props}${tcs.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${tr.join('')}</w:tbl>`;
}

/** CSV text: every field quoted, CRLF line ends (as Excel writes it). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
}

let gbTable: Map<string, number[]> | undefined;

/** Text in GB18030 as Excel on Chinese Windows saves it: the table is built by decoding every
 *  two-byte code, so no encoder library is needed (the fixtures use no four-byte characters). */
export function gb18030Bytes(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`no two-byte GB18030 code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** One entry of a hand-made zip: its deflated bytes and the sizes its headers claim. */
export interface RawEntry {
  name: string;
  deflated: Uint8Array;
  crc: number;
  /** The uncompressed size written into the headers (a bomb may lie about it). */
  declared: number;
}

/** A zip written byte by byte, so a test can make what no well-behaved writer makes. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.declared, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, Buffer.from(e.deflated));
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.deflated.length, 20);
    dir.writeUInt32LE(e.declared, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
