#!/usr/bin/env node
// npm run bundle: dist/dutylist.mjs, one file that runs with plain Node 20 and no node_modules,
// for office machines without internet (copy the file, run `node dutylist.mjs check`).
import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const outfile = `${root}/dist/dutylist.mjs`;

await build({
  stdin: {
    contents: "import { main } from './dist/cli.js';\nprocess.exitCode = await main(process.argv.slice(2));\n",
    resolveDir: root,
    sourcefile: 'dutylist-entry.mjs',
    loader: 'js',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile,
  legalComments: 'none',
  minify: true,
  keepNames: false,
  // CommonJS dependencies call require() for Node built-ins; give the ES module one.
  banner: {
    js: `#!/usr/bin/env node\n// dutylist ${version} — single-file build (npm run bundle). https://github.com/dutylist/dutylist\nimport { createRequire as __dutylistCreateRequire } from 'node:module';\nconst require = __dutylistCreateRequire(import.meta.url);`,
  },
  logLevel: 'warning',
});
console.error(`${outfile} ${(statSync(outfile).size / 1024 / 1024).toFixed(1)} MB`);
