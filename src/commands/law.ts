import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { hasMessage, registerMessages, t } from '../i18n/index.js';
import {
  articleOf, checkCitation, expandRefs, comparisonOf, findInstrument, lawMessages, loadRegistry,
  parseCitation, suggestTitle, versionOn,
  type Instrument, type LawRegistry, type LawVersion,
} from '../laws/index.js';
import { formatArticle, formatComparison, formatRegistry, formatUnverified } from '../laws/present.js';
import { parseDate } from './check.js';
import type { CommandContext } from './context.js';
import type { LawAddOptions } from './law-add.js';
import { findList, lawsDirOf } from '../load/list.js';

export type LawSubcommand = 'list' | 'show' | 'diff' | 'add' | 'drafts';

export interface LawCommandOptions extends LawAddOptions {
  /** Registry folder, relative to the working directory; default: the registry of the list found
   *  as `check` finds it, else lists/laws. */
  laws?: string;
  /** Date for `show` (YYYY-MM-DD); default today. */
  on?: string;
}

registerMessages(lawMessages);

/** `dutylist law list|show|diff|add`. Exit 0 = done, 1 = the citation or file has problems. */
export async function lawCommand(sub: LawSubcommand, args: string[], opts: LawCommandOptions, ctx: CommandContext): Promise<number> {
  if (sub === 'drafts') return (await import('./law-drafts.js')).lawDraftsCommand(args[0], ctx);
  const dir = opts.laws !== undefined ? resolve(ctx.cwd, opts.laws) : defaultRegistry(ctx);
  switch (sub) {
    case 'list':
      return list(open(dir, ctx), ctx);
    case 'show':
      return show(open(dir, ctx), args[0], parseDate(opts.on, ctx) ?? ctx.today, ctx);
    case 'diff':
      return diff(open(dir, ctx), args, ctx);
    case 'add':
      return (await import('./law-add.js')).addLaw(open(dir, ctx), args[0], opts, ctx);
  }
}

function defaultRegistry(ctx: CommandContext): string {
  try {
    return lawsDirOf(findList(undefined, ctx.cwd, ctx.lang));
  } catch {
    return resolve(ctx.cwd, 'lists', 'laws');
  }
}

function open(dir: string, ctx: CommandContext): LawRegistry {
  const registry = loadRegistry(dir, { lang: ctx.lang });
  if (registry.errors.length > 0) {
    ctx.err(`${t(ctx.lang, 'law.usage.registryErrors', { count: registry.errors.length })}\n`);
    for (const e of registry.errors) ctx.err(`  ${e.message}\n`);
  }
  return registry;
}

function list(registry: LawRegistry, ctx: CommandContext): number {
  if (registry.instruments.length === 0) {
    ctx.err(`${t(ctx.lang, 'law.list.none', { dir: registry.dir })}\n`);
    return 1;
  }
  ctx.out(`${formatRegistry(registry, ctx.lang)}\n`);
  return 0;
}

function show(registry: LawRegistry, citation: string | undefined, onDate: string, ctx: CommandContext): number {
  if (citation === undefined || citation.trim() === '') throw new UsageError(t(ctx.lang, 'law.usage.citation'));
  const findings = checkCitation(registry, citation, onDate);
  for (const f of findings) {
    const where = citation.slice(f.span.start, f.span.end);
    const params = { ...f.params, citation: where, ...(f.fix === undefined ? {} : { fix: f.fix }) };
    const key = f.message ?? `citation/${f.code}`;
    ctx.err(`${f.severity === 'error' ? '✖' : '⚠'} ${t(ctx.lang, key, params)}\n`);
    if (hasMessage(ctx.lang, `${key}.hint`)) ctx.err(`  ${t(ctx.lang, `${key}.hint`, params)}\n`);
  }
  const blocks: string[] = [];
  for (const law of parseCitation(citation).laws) {
    const instrument = findInstrument(registry, law.title)?.instrument;
    const version = instrument && versionOn(instrument, onDate);
    if (!instrument || !version) continue;
    const unverified = formatUnverified(version, ctx.lang);
    const head = unverified ?? t(ctx.lang, 'law.show.version', { law: instrument.title, version: version.version, effective: version.effective });
    if (!version.hasText) {
      blocks.push(`${head}\n${t(ctx.lang, 'law.show.textless', { law: instrument.title })}`);
      continue;
    }
    if (law.refs.length === 0) ctx.err(`${t(ctx.lang, 'law.show.noRefs', { law: instrument.title })}\n`);
    const articles = expandRefs(law.refs, version).flatMap((ref) => {
      const article = articleOf(version, ref.article, ref.suffix);
      return article ? [formatArticle(article, ref)] : [];
    });
    if (articles.length > 0) blocks.push([head, ...articles].join('\n\n'));
  }
  if (blocks.length > 0) ctx.out(`${blocks.join('\n\n')}\n`);
  return findings.some((f) => f.severity === 'error') || blocks.length === 0 ? 1 : 0;
}

function diff(registry: LawRegistry, args: string[], ctx: CommandContext): number {
  const [name, oldArg, newArg] = args;
  const instrument = instrumentNamed(registry, name ?? '', ctx);
  const versions = instrument.versions.filter((v) => v.hasText);
  const dates = instrument.versions.map((v) => v.version).join('、');
  if (versions.length < 2) {
    throw new UsageError(t(ctx.lang, 'law.usage.versions', { law: instrument.title, count: versions.length, versions: dates }));
  }
  const pick = (arg: string | undefined, fallback: LawVersion): LawVersion => {
    if (arg === undefined) return fallback;
    const found = versions.find((v) => v.version === arg || v.effective === arg || v.version.startsWith(arg));
    if (!found) throw new UsageError(t(ctx.lang, 'law.usage.version', { law: instrument.title, version: arg, versions: dates }));
    return found;
  };
  const older = pick(oldArg, versions[versions.length - 2] as LawVersion);
  const newer = pick(newArg, versions[versions.length - 1] as LawVersion);
  ctx.out(`${formatComparison(comparisonOf(older, newer), ctx.lang)}\n`);
  return 0;
}

function instrumentNamed(registry: LawRegistry, name: string, ctx: CommandContext): Instrument {
  const found = findInstrument(registry, name)?.instrument;
  if (found) return found;
  const suggestion = suggestTitle(registry, name);
  if (suggestion) throw new UsageError(t(ctx.lang, 'law.usage.suggest', { law: name, suggestion }));
  throw new UsageError(t(ctx.lang, 'law.usage.unknown', { law: name, titles: registry.titles.join('、') }));
}
