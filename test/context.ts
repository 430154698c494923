// One fake CommandContext for every in-process command test: output captured, colour off,
// "today" fixed so results do not depend on the day the suite runs.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from '../src/commands/context.js';
import type { Lang } from '../src/i18n/index.js';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export interface Captured {
  ctx: CommandContext;
  stdout: () => string;
  stderr: () => string;
}

export function fakeContext(cwd: string, options: { lang?: Lang; today?: string } = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = {
    lang: options.lang ?? 'zh',
    color: false,
    out: (s) => void out.push(s),
    err: (s) => void err.push(s),
    cwd,
    today: options.today ?? '2026-11-26',
  };
  return { ctx, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** A temporary folder holding a copy of the shipped `lists/`; returns the folder (cwd for commands). */
export function copyLists(prefix = 'dutylist-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(repoRoot, 'lists'), join(dir, 'lists'), { recursive: true });
  return dir;
}
