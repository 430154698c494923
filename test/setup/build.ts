// End-to-end tests spawn bin/dutylist.js, which runs the single-file build of dist/: build it once first.
// Type errors do not stop the build (tsc still emits); test/typecheck.test.ts fails on them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  for (const step of ['scripts/compile-schemas.mjs', 'scripts/bundle.mjs']) {
    const r = spawnSync(process.execPath, [step], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed: ${step}\n${r.stderr}`);
  }
  if (!existsSync(`${root}/dist/cli.js`)) throw new Error('build failed: dist/cli.js missing (run npm run build)');
}
