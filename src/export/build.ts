// The joint-issuance workbook: 清单, 依据条文 (--with-text) and 统计 from a checked list,
// reproducible to the byte.
import type { ListManifest, Matter } from '../types.js';
import type { UnitIndex } from '../units.js';
import { sortMatters } from './cells.js';
import { writeListSheet } from './list-sheet.js';
import { listStats, writeStatsSheet } from './stats-sheet.js';
import { buildStreamed } from './stream.js';
import { writeTextSheet } from './text-sheet.js';
import type { DocumentProperties } from './zip.js';

export interface ListWorkbookInput {
  manifest: ListManifest;
  units?: UnitIndex;
  matters: readonly Matter[];
  /** Article texts of each citation (--with-text): a sheet of their own. */
  articleTexts?: (citation: string) => string[];
  /** Called as each matter's row is written (for a progress bar). */
  onMatter?: (index: number) => void;
}

export interface ListWorkbook {
  bytes: Buffer;
  /** Pages of the 清单 sheet. */
  pages: number;
  /** Ids of matters longer than a whole page (continued over two or more pages). */
  overPage: string[];
  /** Sheet names, in order. */
  sheets: string[];
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
  const { manifest, articleTexts } = input;
  const sorted = sortMatters(input.matters, manifest.types);
  let pages = 0;
  let overPage: string[] = [];
  const sheets: string[] = [];
  const bytes = await buildStreamed(listProperties(manifest), (workbook) => {
    const list = writeListSheet(workbook, manifest, sorted, input.onMatter);
    pages = list.pages;
    overPage = list.overPage.map((i) => sorted[i]?.id ?? '');
    sheets.push('清单');
    if (articleTexts) {
      writeTextSheet(workbook, manifest.title, sorted, articleTexts);
      sheets.push('依据条文');
    }
    writeStatsSheet(workbook, manifest, listStats(manifest, sorted, input.units));
    sheets.push('统计');
  });
  return { bytes, pages, overPage, sheets };
}
