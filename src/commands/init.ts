import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { registerMessages, t } from '../i18n/index.js';
import { exampleLawText } from '../init/laws.js';
import type { ListSettings } from '../init/list-files.js';
import { initMessages } from '../init/messages.js';
import { repositoryFiles } from '../init/repository.js';
import { writeFileAtomic } from '../io/atomic.js';
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
const PREFIX = /^[A-Z]{1,6}$/;
// A folder that only holds `git init`'s output is still empty for our purpose.
const IGNORABLE = new Set(['.git']);

export async function initCommand(dir: string, opts: InitCommandOptions, ctx: CommandContext): Promise<number> {
  const target = resolve(ctx.cwd, dir);
  const settings = settingsFrom(target, opts, ctx);
  refuseNonEmpty(target, dir, ctx);

  const law = exampleLawText();
  if (law.fallback) ctx.err(t(ctx.lang, 'init.law-fallback', { file: law.file }) + '\n');
  const files = repositoryFiles(settings, law, dutylistRange());
  for (const file of files) {
    const path = join(target, ...file.path.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, file.content, ctx.lang);
    ctx.out(`${displayPath(path, ctx.cwd)}\n`);
  }
  ctx.err(t(ctx.lang, 'init.created', { dir: displayPath(target, ctx.cwd), count: files.length }) + '\n');
  return 0;
}

function settingsFrom(target: string, opts: InitCommandOptions, ctx: CommandContext): ListSettings {
  const fromDir = basename(target).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  const slug = opts.slug ?? (SLUG.test(fromDir) ? fromDir : 'list');
  if (!SLUG.test(slug)) throw new UsageError(t(ctx.lang, 'init.bad-slug', { slug }));
  const prefix = opts.prefix ?? 'SX';
  if (!PREFIX.test(prefix)) throw new UsageError(t(ctx.lang, 'init.bad-prefix', { prefix }));
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

/** The version range the new repository pins: this package's own minor line. */
function dutylistRange(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
    if (pkg.name === 'dutylist' && typeof pkg.version === 'string') return `^${pkg.version}`;
  } catch {
    // Bundled single file: no package.json beside it.
  }
  return '^0.1.0';
}
