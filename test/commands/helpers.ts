// Shared by the command tests: a fake CommandContext and temporary copies of the shipped lists/.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyLists as copyTemp, fakeContext as sharedContext, type Captured } from '../context.js';
import type { Lang } from '../../src/i18n/index.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixtures = join(root, 'test', 'fixtures');

export function fakeContext(cwd: string, lang: Lang = 'zh'): Captured {
  return sharedContext(cwd, { lang });
}

export function copyLists(): string {
  return copyTemp('dutylist-cmd-');
}

export const LIST = 'lists/huangpi-culture-tourism';
