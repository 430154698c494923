// Shared by the import tests: a temporary copy of the shipped lists/ and a fake command context.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { copyLists as copyTemp, fakeContext, type Captured } from '../context.js';
import type { Lang } from '../../src/i18n/index.js';
import type { Matter } from '../../src/types.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const LIST = 'lists/huangpi-culture-tourism';

export type { Captured } from '../context.js';

export function capture(cwd: string, lang: Lang = 'zh'): Captured {
  return fakeContext(cwd, { lang, today: '2026-01-01' });
}

/** A temporary folder holding a copy of the shipped lists/ and schema/ (as in this repository,
 *  so imported files get the schema modeline). */
export function copyLists(withSchema = true): string {
  const dir = copyTemp('dutylist-import-');
  if (withSchema) cpSync(join(ROOT, 'schema'), join(dir, 'schema'), { recursive: true });
  return dir;
}

/** Every matter file of a folder, parsed, by file name. */
export function readMatters(dir: string): Map<string, Matter> {
  return new Map(readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort().map((n) => [n, parse(readFileSync(join(dir, n), 'utf8')) as Matter]));
}

/** The seven parts and the note: what the issued table carries. */
export function issuedParts(m: Matter): Pick<Matter, 'id' | 'type' | 'name' | 'district' | 'street' | 'basis' | 'responsibility' | 'note'> {
  return { id: m.id, type: m.type, name: m.name, district: m.district, street: m.street, basis: m.basis, responsibility: m.responsibility, note: m.note ?? '' };
}
