import type { Lang } from '../../i18n/index.js';
import type { DiffResult } from '../run.js';

export interface DiffFormatOptions {
  lang: Lang;
  color: boolean;
  /** Include the approval findings (`--require-approval`). */
  approval: boolean;
}

/** A pure formatter: the diff in, text out. */
export type DiffFormatter = (result: DiffResult, options: DiffFormatOptions) => string;
