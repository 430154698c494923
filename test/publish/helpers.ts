// Shared by the publish tests: a published copy of the shipped list, and what the site should show
// computed from the list's own files (never written out by hand).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { publishCommand } from '../../src/commands/publish.js';
import type { Matter, UnitRegistry } from '../../src/types.js';
import { copyLists, fakeContext } from '../context.js';

export const LIST = 'lists/huangpi-culture-tourism';

export interface Published {
  /** Working directory holding lists/ and site/. */
  cwd: string;
  list: string;
  site: string;
  code: number;
  stderr: string;
}

/** Publishes a fresh copy of the shipped lists/ (after `edit`, given the copy's list folder).
 *  Without LibreOffice unless `pdf` (a conversion takes seconds; pdf.test.ts covers it). */
export async function publishCopy(edit?: (list: string) => void, output = 'site', options: { pdf?: boolean } = {}): Promise<Published> {
  const cwd = copyLists('dutylist-publish-');
  const list = join(cwd, LIST);
  edit?.(list);
  const { ctx, stderr } = fakeContext(cwd);
  ctx.env = options.pdf ? process.env : { ...process.env, DUTYLIST_SOFFICE: join(cwd, 'no-libreoffice') };
  const code = await publishCommand(LIST, { output }, ctx);
  return { cwd, list, site: join(cwd, output), code, stderr: stderr() };
}

/** Replaces text in one matter file of a list copy. */
export function editMatter(list: string, id: string, from: string | RegExp, to: string): void {
  const file = join(list, 'matters', `${id}.yaml`);
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${id}: nothing replaced`);
  writeFileSync(file, after);
}

export function mattersOf(list: string): Matter[] {
  return readdirSync(join(list, 'matters')).filter((f) => f.endsWith('.yaml')).sort().map((f) => parse(readFileSync(join(list, 'matters', f), 'utf8')) as Matter);
}

export function unitsOf(list: string): UnitRegistry {
  return parse(readFileSync(join(list, '..', 'units.yaml'), 'utf8')) as UnitRegistry;
}

/** The fields the index page searches, as the README documents them. */
export function searchedText(m: Matter): string[] {
  return [
    m.name, m.id, m.type,
    ...m.district.flatMap((d) => [d.unit, ...d.duties]),
    ...m.street.duties, ...m.basis,
    ...m.responsibility.primary, ...m.responsibility.supporting,
    m.power_type ?? '', m.note ?? '',
  ];
}

/** Every file of a folder, relative paths with forward slashes, sorted. */
export function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/** Replaces a list copy's matters with `n` made from the shipped ones, as scripts/bench.mjs does. */
export function generateMatters(list: string, n: number): void {
  const dir = join(list, 'matters');
  const sources = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  rmSync(join(list, 'adjustments'), { recursive: true, force: true });
  rmSync(dir, { recursive: true });
  mkdirSync(dir);
  for (let i = 0; i < n; i++) {
    const id = `WH-${String(i + 1).padStart(5, '0')}`;
    const text = (sources[i % sources.length] ?? '').replace(/^id: .*$/m, `id: ${id}`).replace(/^name: (.*)$/m, (_, name: string) => `name: ${name}（${i + 1}）`);
    writeFileSync(join(dir, `${id}.yaml`), text);
  }
}
