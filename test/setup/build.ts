// End-to-end tests spawn bin/dutylist.js, which runs the compiled dist/: build it once first.
// Type errors do not stop the build (tsc still emits); test/typecheck.test.ts fails on them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  if (!existsSync(`${root}/dist/cli.js`)) throw new Error('build failed: dist/cli.js missing (run npm run build)');
}
