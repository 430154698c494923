// End-to-end tests spawn bin/dutylist.js, which runs the single-file build of dist/: build it once first.
// Type errors do not stop the build (tsc still emits); test/typecheck.test.ts fails on them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The suite runs with the cache on, in a folder of its own (never the user's), unless
// DUTYLIST_NO_CACHE=1 asks for a run without it: every test passes either way.
export default function setup(): (() => void) | void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  for (const step of ['scripts/compile-schemas.mjs', 'scripts/bundle.mjs']) {
    const r = spawnSync(process.execPath, [step], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed: ${step}\n${r.stderr}`);
  }
  if (!existsSync(`${root}/dist/cli.js`)) throw new Error('build failed: dist/cli.js missing (run npm run build)');
  if (process.env.DUTYLIST_NO_CACHE || process.env.DUTYLIST_CACHE_DIR) return;
  const cache = mkdtempSync(join(tmpdir(), 'dutylist-test-cache-'));
  process.env.DUTYLIST_CACHE_DIR = cache;
  return () => rmSync(cache, { recursive: true, force: true });
}
