#!/usr/bin/env node
// Thin entry. The single-file build (dist/dutylist.mjs, made by `npm run build`) starts fastest:
// one parse instead of ~150 module loads. Without it, run the compiled modules directly.
// Either way the exit code is set, never forced, so piped output is not cut short.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/dutylist.mjs', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(process.argv.slice(2));
}
