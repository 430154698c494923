// Spawning the real bin on fixture folders, as a user or CI would run it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = join(root, 'bin', 'dutylist.js');
export const fixtures = join(root, 'test', 'fixtures');
export const shippedList = join(root, 'lists', 'huangpi-culture-tourism');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function dutylist(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', DUTYLIST_TODAY: '2026-11-26', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder holding a copy of `src` (a fixture or the shipped lists/). */
export function copyToTemp(src: string, name = 'list'): string {
  const dir = mkdtempSync(join(tmpdir(), 'dutylist-'));
  cpSync(src, join(dir, name), { recursive: true });
  return join(dir, name);
}

/** A copy of the base fixture (list + units + laws) with the files of `scenario` dropped into its matters/. */
export function baseWith(scenarioDir?: string): string {
  const top = copyToTemp(join(fixtures, 'base'), 'base');
  if (scenarioDir) cpSync(scenarioDir, join(top, 'list', 'matters'), { recursive: true });
  return join(top, 'list');
}
