import type { Lang } from '../i18n/index.js';
import type { Diagnostic } from '../types.js';

export interface ReportOptions {
  lang: Lang;
  color: boolean;
  /** Number of matter files checked, for the summary line. */
  fileCount: number;
  /** Date citations were resolved on. */
  onDate: string;
  /** The list's own effective date (list.yaml), shown beside the check date. */
  effective?: string;
  /** Working directory, for formats that want absolute URIs. */
  cwd: string;
  /** check --max-warnings: more warnings than this fail the run, and the summary says so. */
  maxWarnings?: number;
}

/** A pure formatter: diagnostics in, text out. */
export type Formatter = (diagnostics: Diagnostic[], options: ReportOptions) => string;
