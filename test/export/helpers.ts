import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportCommand, type ExportCommandOptions } from '../../src/commands/export.js';
import { fakeContext } from '../context.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BASIC = 'test/fixtures/export-basic/list';
export const BROKEN = 'test/fixtures/export-error/list';
export const SHIPPED = 'lists/huangpi-culture-tourism';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dutylist-export-'));
}

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the command in-process with a fake context (stdout/stderr captured). */
export async function runExport(list: string, opts: ExportCommandOptions, lang: 'zh' | 'en' = 'zh'): Promise<Run> {
  const c = fakeContext(ROOT, { lang, today: '2025-06-01' });
  const code = await exportCommand(list, opts, c.ctx);
  return { code, out: c.stdout(), err: c.stderr() };
}
