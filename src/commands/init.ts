import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { registerMessages, t } from '../i18n/index.js';
import { exampleLawText } from '../init/laws.js';
import { launcherCommand } from '../init/launcher.js';
import type { ListSettings } from '../init/list-files.js';
import { initMessages } from '../init/messages.js';
import { ID_PREFIX } from '../init/matter-template.js';
import { repositoryFiles } from '../init/repository.js';
import { runningBuild } from '../init/vendor.js';
import { hasControlCharacters } from '../init/yaml-text.js';
import { makeFolder, writeFileAtomic } from '../io/atomic.js';
import { displayPath } from '../load/list.js';
import type { CommandContext } from './context.js';

registerMessages(initMessages);

export interface InitCommandOptions {
  /** Folder name of the list under lists/ (default: from DIR). */
  slug?: string;
  /** 事项编码 prefix (default SX). */
  prefix?: string;
  /** 行政区 (default 示例区). */
  region?: string;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
// A folder that only holds `git init`'s output is still empty for our purpose.
const IGNORABLE = new Set(['.git']);

export async function initCommand(dir: string, opts: InitCommandOptions, ctx: CommandContext): Promise<number> {
  const target = resolve(ctx.cwd, dir);
  const settings = settingsFrom(target, opts, ctx);
  refuseNonEmpty(target, dir, ctx);
  // The repository carries the tool itself: without the single file there is nothing to carry.
  const build = runningBuild();
  if (!build) throw new InputError(t(ctx.lang, 'init.no-build'));

  const law = exampleLawText();
  if (law.fallback) ctx.err(t(ctx.lang, 'init.law-fallback', { file: law.file }) + '\n');
  const files = repositoryFiles(settings, law, build);
  for (const file of files) {
    const path = join(target, ...file.path.split('/'));
    makeFolder(dirname(path));
    writeFileAtomic(path, file.content, ctx.lang);
    if (file.executable) chmodSync(path, 0o755);
    ctx.out(`${displayPath(path, ctx.cwd)}\n`);
  }
  const shown = displayPath(target, ctx.cwd);
  const command = launcherCommand(target, `${target}/tools/dutylist.mjs`);
  ctx.err(t(ctx.lang, 'init.created', { dir: shown, count: files.length, version: build.version, command }) + '\n');
  return 0;
}

function settingsFrom(target: string, opts: InitCommandOptions, ctx: CommandContext): ListSettings {
  const fromDir = basename(target).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  const slug = opts.slug ?? (SLUG.test(fromDir) ? fromDir : 'list');
  if (!SLUG.test(slug)) throw new UsageError(t(ctx.lang, 'init.bad-slug', { slug }));
  const prefix = opts.prefix ?? 'SX';
  if (!ID_PREFIX.test(prefix)) throw new UsageError(t(ctx.lang, 'init.bad-prefix', { prefix }));
  if (opts.region !== undefined && hasControlCharacters(opts.region)) throw new UsageError(t(ctx.lang, 'init.control-characters', { option: '--region' }));
  const region = opts.region?.trim() || t(ctx.lang, 'init.default-region');
  return { slug, prefix, region, today: ctx.today };
}

function refuseNonEmpty(target: string, shown: string, ctx: CommandContext): void {
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw new UsageError(t(ctx.lang, 'init.not-a-folder', { dir: shown }));
  const entries = readdirSync(target).filter((e) => !IGNORABLE.has(e));
  if (entries.length > 0) {
    const sample = entries.sort().slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
    throw new UsageError(t(ctx.lang, 'init.not-empty', { dir: shown, entries: sample }));
  }
}
