// The closing line of a human-readable report, written once for stylish, the Markdown summary
// and the CI log: it says ✖ whenever the run fails, warnings over --max-warnings included.
import { t } from '../i18n/index.js';
import type { Diagnostic } from '../types.js';
import type { ReportOptions } from './types.js';

export interface Summary {
  text: string;
  /** The run fails: errors, or more warnings than allowed. */
  failed: boolean;
  errors: number;
  warnings: number;
}

export function summaryOf(diagnostics: readonly Diagnostic[], { lang, fileCount, onDate, effective, maxWarnings }: ReportOptions): Summary {
  // A file's closing "N more" line counts as the findings it stands for.
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.more) {
      errors += d.more.errors;
      warnings += d.more.warnings;
    } else if (d.severity === 'error') errors++;
    else warnings++;
  }
  const tooMany = maxWarnings !== undefined && warnings > maxWarnings;
  const key = errors > 0 ? 'summary.failed' : tooMany ? 'summary.too-many-warnings' : 'summary.passed';
  const text = t(lang, key, { errors, warnings, max: maxWarnings ?? 0, matters: fileCount, date: onDate, effective: effective ? t(lang, 'summary.effective', { date: effective }) : '' });
  return { text, failed: errors > 0 || tooMany, errors, warnings };
}
