// The joint-issuance workbook: 清单 and 统计 from a checked list, reproducible to the byte.
import type { ListManifest, Matter } from '../types.js';
import type { UnitIndex } from '../units.js';
import { sortMatters } from './cells.js';
import { listRows, writeListSheet } from './list-sheet.js';
import { listStats, writeStatsSheet } from './stats-sheet.js';
import { buildStreamed } from './stream.js';
import type { DocumentProperties } from './zip.js';

export interface ListWorkbookInput {
  manifest: ListManifest;
  units?: UnitIndex;
  matters: readonly Matter[];
  /** Article texts beneath each citation (--with-text). */
  articleTexts?: (citation: string) => string[];
}

export interface ListWorkbook {
  bytes: Buffer;
  /** Matters whose row needs more than Excel's maximum row height (prints clipped). */
  tallRows: string[];
}

export function listProperties(manifest: ListManifest): DocumentProperties {
  return {
    date: manifest.effective,
    title: manifest.title,
    subject: `${manifest.region}${manifest.domain}属地管理事项清单（${manifest.version}）`,
    company: manifest.issuers[0] ?? '',
    keywords: `属地管理事项清单 ${manifest.domain} ${manifest.version}`,
  };
}

export async function buildListWorkbook(input: ListWorkbookInput): Promise<ListWorkbook> {
  const { manifest } = input;
  const sorted = sortMatters(input.matters, manifest.types);
  const rows = listRows(sorted, input.articleTexts);
  let tallRows: string[] = [];
  const bytes = await buildStreamed(listProperties(manifest), (workbook) => {
    tallRows = writeListSheet(workbook, manifest, rows, input.articleTexts !== undefined);
    writeStatsSheet(workbook, manifest, listStats(manifest, sorted, input.units));
  });
  return { bytes, tallRows };
}
