#!/usr/bin/env node
// Thin entry. The single-file build (dist/dutylist.mjs, made by `npm run build`) starts fastest:
// one parse instead of ~150 module loads. The workbook commands run from the modules instead,
// where exceljs loads from node_modules (a third less memory than the bundle's embedded copy).
// Either way the exit code is set, never forced, so piped output is not cut short.
import { existsSync } from 'node:fs';

const argv = process.argv.slice(2);
const bundle = new URL('../dist/dutylist.mjs', import.meta.url);
if (existsSync(bundle) && !argv.some((a) => a === 'export' || a === 'diff' || a === 'import')) {
  await import(bundle.href);
} else {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(argv);
}
