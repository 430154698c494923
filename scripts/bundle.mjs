#!/usr/bin/env node
// npm run bundle: dist/dutylist.mjs, one file that runs with plain Node 20 and no node_modules,
// for office machines without internet (copy the file, run `node dutylist.mjs check`).
//
// exceljs is ~1 MB of code: parsing it would double the start-up of every `check`. So `export`,
// `diff`, `import`, `publish`, `consult`, `review` and `filing` (the commands that read or write workbooks) are bundled separately and embedded as a
// base64 string (brotli-compressed), imported from a data: URL only when one of them runs.
import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const outfile = `${root}/dist/dutylist.mjs`;
const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', legalComments: 'none', minify: true, logLevel: 'warning' };

// The workbook commands, with their own copies of the shared modules (and compiled schemas).
// A data: URL has no file location, so CommonJS code gets a require() rooted at the cwd; it is
// only ever asked for Node built-ins.
const workbookChunk = await build({
  ...common,
  stdin: {
    contents: [
      "import { loadCompiledSchemas } from './dist/schema/validate.js';",
      'await loadCompiledSchemas();',
      "export { exportCommand } from './dist/commands/export.js';",
      "export { diffCommand } from './dist/commands/diff.js';",
      "export { importCommand } from './dist/commands/import.js';",
      "export { publishCommand } from './dist/commands/publish.js';",
      "export { consultCommand } from './dist/commands/consult.js';",
      "export { reviewCommand } from './dist/commands/review.js';",
      "export { filingCommand } from './dist/commands/filing.js';",
    ].join('\n'),
    resolveDir: root,
    sourcefile: 'dutylist-workbook.mjs',
    loader: 'js',
  },
  write: false,
  banner: { js: "import { createRequire as __dutylistCreateRequire } from 'node:module';\nconst require = __dutylistCreateRequire(process.cwd() + '/');" },
});
// Brotli first: a 0.4 MB string scans in a fraction of the time of the 2 MB it stands for.
const chunk = brotliCompressSync(workbookChunk.outputFiles[0].contents).toString('base64');

const lazyWorkbook = {
  name: 'lazy-workbook-commands',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/(export|diff|import|publish|consult|review|filing)\.js$/ }, () => ({ path: 'workbook-commands', namespace: 'lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      loader: 'js',
      contents: [
        "import { brotliDecompressSync } from 'node:zlib';",
        `const chunk = ${JSON.stringify(chunk)};`,
        'let loaded;',
        // Inside node_modules Node keeps quiet about old Buffer() calls in exceljs's dependencies;
        // bundled, it would print a deprecation warning at every export.
        'process.noDeprecation = true;',
        "const load = () => (loaded ??= import('data:text/javascript;base64,' + brotliDecompressSync(Buffer.from(chunk, 'base64')).toString('base64')));",
        'export const exportCommand = async (...args) => (await load()).exportCommand(...args);',
        'export const diffCommand = async (...args) => (await load()).diffCommand(...args);',
        'export const importCommand = async (...args) => (await load()).importCommand(...args);',
        'export const publishCommand = async (...args) => (await load()).publishCommand(...args);',
        'export const consultCommand = async (...args) => (await load()).consultCommand(...args);',
        'export const reviewCommand = async (...args) => (await load()).reviewCommand(...args);',
        'export const filingCommand = async (...args) => (await load()).filingCommand(...args);',
      ].join('\n'),
    }));
  },
};

await build({
  ...common,
  stdin: {
    contents: "import { main } from './dist/cli.js';\nprocess.exitCode = await main(process.argv.slice(2));\n",
    resolveDir: root,
    sourcefile: 'dutylist-entry.mjs',
    loader: 'js',
  },
  outfile,
  plugins: [lazyWorkbook],
  // CommonJS dependencies call require() for Node built-ins; give the ES module one.
  banner: {
    js: `#!/usr/bin/env node\n// dutylist ${version} — single-file build (npm run bundle).\nimport { createRequire as __dutylistCreateRequire } from 'node:module';\nconst require = __dutylistCreateRequire(import.meta.url);`,
  },
});
console.error(`${outfile} ${(statSync(outfile).size / 1024 / 1024).toFixed(1)} MB`);
