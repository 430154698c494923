import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('tsc --noEmit is clean (strict, tests and scripts included)', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], { cwd: root, encoding: 'utf8' });
  expect(r.stdout).toBe('');
  expect(r.status).toBe(0);
}, 120_000);
