// Shared by the command tests: a fake CommandContext and temporary copies of the shipped lists/.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from '../../src/commands/context.js';
import type { Lang } from '../../src/i18n/index.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixtures = join(root, 'test', 'fixtures');

export interface FakeContext {
  ctx: CommandContext;
  stdout: () => string;
  stderr: () => string;
}

export function fakeContext(cwd: string, lang: Lang = 'zh'): FakeContext {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = { lang, color: false, out: (s) => void out.push(s), err: (s) => void err.push(s), cwd, today: '2026-11-26' };
  return { ctx, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** A temporary folder holding a copy of the shipped `lists/`; returns the folder (cwd for commands). */
export function copyLists(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dutylist-cmd-'));
  cpSync(join(root, 'lists'), join(dir, 'lists'), { recursive: true });
  return dir;
}

export const LIST = 'lists/huangpi-culture-tourism';
