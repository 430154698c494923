// The PDF of the issued workbook, offered beside it where LibreOffice is installed.
//
// The LibreOffice converter (soffice --headless) is being written as one module shared by every
// printed output; until it lands this step makes no PDF, and the site simply offers the workbook.
// When it does, this function calls it and nothing else changes.
export async function workbookPdf(_xlsx: Uint8Array, _name: string): Promise<Uint8Array | undefined> {
  return undefined;
}
