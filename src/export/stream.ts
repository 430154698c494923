// The streaming writer keeps memory flat for 10,000-matter lists (rows are serialised as they are
// committed); its output is then made reproducible by zipDeterministic.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { setDocumentProperties, zipDeterministic, type DocumentProperties } from './zip.js';

/** A workbook whose worksheets write rows as they are committed (`row.commit()`). */
export type StreamingWorkbook = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/** Builds a workbook with the streaming writer and returns its reproducible bytes. */
export async function buildStreamed(props: DocumentProperties, build: (workbook: StreamingWorkbook) => void | Promise<void>): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  setDocumentProperties(workbook, props);
  await build(workbook);
  await workbook.commit();
  await finished;
  return zipDeterministic(Buffer.concat(chunks), props);
}
