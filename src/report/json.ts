import type { Formatter } from './types.js';

/** Machine-readable: the Diagnostic objects themselves, plus counts. */
export const json: Formatter = (diagnostics, { fileCount, onDate }) =>
  JSON.stringify(
    {
      matters: fileCount,
      date: onDate,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      diagnostics,
    },
    null,
    2,
  ) + '\n';
