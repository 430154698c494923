// Text as a workbook may hold it: XML 1.0 forbids C0 controls other than tab, newline and carriage
// return, U+FFFE/U+FFFF and unpaired surrogates — one of them makes the whole sheet unreadable
// (LibreOffice silently drops every row after it). `check` reports such text; a print shows it
// as U+FFFD so the rest of the document survives.

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with every character XML cannot carry replaced by U+FFFD, and CR/CRLF made LF. */
export function xmlSafe(text: string): string {
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return lf.replace(INVALID, '\ufffd');
}
