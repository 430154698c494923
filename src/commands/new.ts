import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { registerMessages, t } from '../i18n/index.js';
import { adjustmentIds } from '../import/ids.js';
import { ID_PREFIX, matterTemplate, nextMatterId } from '../init/matter-template.js';
import { hasControlCharacters } from '../init/yaml-text.js';
import { initMessages } from '../init/messages.js';
import { makeFolder, writeFileAtomic } from '../io/atomic.js';
import { readInputText } from '../io/read-input.js';
import { asRecord, stringsOf } from '../load/data.js';
import { displayPath, fileStem, findList, registryPath, yamlFiles, type ListLocation } from '../load/list.js';
import { readYamlFile } from '../load/read.js';
import { MAX_FILE_BYTES } from '../load/yaml.js';
import { suggest } from '../suggest.js';
import type { CommandContext } from './context.js';

registerMessages(initMessages);

export interface NewCommandOptions {
  /** 事项类型, from the manifest's vocabulary. */
  type?: string;
  /** 事项名称, unique in the list. */
  name?: string;
}

const MODELINE = /^# yaml-language-server: \$schema=\S+/;
const FALLBACK_COLLECTIVE = '各街道办事处（乡人民政府）';

export async function newCommand(listArg: string | undefined, opts: NewCommandOptions, ctx: CommandContext): Promise<number> {
  const type = opts.type?.trim();
  const name = opts.name?.trim();
  if (!type) throw new UsageError(t(ctx.lang, 'new.missing-option', { option: '--type' }));
  if (!name) throw new UsageError(t(ctx.lang, 'new.missing-option', { option: '--name' }));
  if (hasControlCharacters(name)) throw new UsageError(t(ctx.lang, 'new.control-characters', { option: '--name' }));
  const location = findList(listArg, ctx.cwd, ctx.lang);
  const show = (p: string): string => displayPath(p, ctx.cwd);

  const manifest = asRecord(readYamlFile(location.manifest, show(location.manifest)).data);
  const types = stringsOf(manifest?.types);
  if (types.length === 0) throw new InputError(t(ctx.lang, 'new.bad-manifest', { file: show(location.manifest) }));
  if (!types.includes(type)) {
    const suggestion = suggest(type, types);
    throw new UsageError(t(ctx.lang, suggestion ? 'new.unknown-type.suggest' : 'new.unknown-type', { type, suggestion: suggestion ?? '', allowed: types.join('、') }));
  }

  const matters = yamlFiles(location.mattersDir).map((path) => ({ path, data: asRecord(readYamlFile(path, show(path)).data) }));
  const twin = matters.find((m) => typeof m.data?.name === 'string' && m.data.name.trim() === name);
  if (twin) throw new UsageError(t(ctx.lang, 'new.duplicate-name', { id: fileStem(twin.path), file: show(twin.path), name }));

  const matterIds = matters.flatMap((m) => [fileStem(m.path), ...(typeof m.data?.id === 'string' ? [m.data.id] : [])]);
  const declared = typeof manifest?.id_prefix === 'string' && ID_PREFIX.test(manifest.id_prefix) ? manifest.id_prefix : undefined;
  const id = nextMatterId(matterIds, adjustmentIds(location, show), declared);
  if (!/^[A-Z]{1,6}-\d{3,5}$/.test(id)) throw new InputError(t(ctx.lang, 'new.id-overflow', { id }));
  const target = join(location.mattersDir, `${id}.yaml`);
  if (existsSync(target)) throw new InputError(t(ctx.lang, 'new.exists', { file: show(target) }));

  const text = matterTemplate({
    id,
    type,
    name,
    collective: collectiveOf(location, manifest, show),
    ...optionalModeline(matters.map((m) => m.path)),
  });
  makeFolder(location.mattersDir);
  writeFileAtomic(target, text, ctx.lang);
  ctx.out(`${show(target)}\n`);
  ctx.err(t(ctx.lang, 'new.created', { file: show(target) }) + '\n');
  return 0;
}

function collectiveOf(location: ListLocation, manifest: Record<string, unknown> | undefined, show: (p: string) => string): string {
  const declared = typeof manifest?.units === 'string' ? manifest.units : undefined;
  const path = registryPath(location.dir, declared, 'units.yaml');
  const collective = asRecord(readYamlFile(path, show(path)).data)?.streets_collective;
  return typeof collective === 'string' && collective.trim() !== '' ? collective : FALLBACK_COLLECTIVE;
}

/** The schema modeline the list's other matters carry, so the new file gets the same editor help. */
function optionalModeline(paths: string[]): { modeline?: string } {
  for (const path of paths) {
    const read = readInputText(path, MAX_FILE_BYTES);
    if (!read.ok) continue;
    const first = read.text.split(/\r?\n/, 1)[0] ?? '';
    const hit = MODELINE.exec(first);
    if (hit) return { modeline: hit[0] };
  }
  return {};
}
