// `dutylist law add FILE`: the text goes into the registry under its canonical name, with front
// matter from the flags (or asked for, on a terminal) when the text has none, checked by the
// registry itself, and the matters the new version touches are named.
import { existsSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { yamlFlowItem, yamlScalar } from '../init/yaml-text.js';
import { writeFileAtomic } from '../io/atomic.js';
import { inputProblem, MAX_LAW_BYTES, readInput } from '../io/read-input.js';
import {
  comparisonOf, defaultLevel, findInstrument, LAW_LEVELS, LawParseError, loadRegistry, parseLawText, versionNotices,
  type Instrument, type LawRegistry, type LawVersion,
} from '../laws/index.js';
import { affectedCitations } from '../laws/affected.js';
import { changeCounts, formatComparison } from '../laws/present.js';
import { displayPath, findList, yamlFiles } from '../load/list.js';
import { asRecord, stringsOf } from '../load/data.js';
import { readYamlFile } from '../load/read.js';
import { parseDate } from './check.js';
import type { CommandContext } from './context.js';

/** Front matter for a text that states none: from the flags, else asked for on a terminal. */
export interface LawAddOptions {
  title?: string;
  level?: string;
  /** 版本日期 (promulgation or latest revision), YYYY-MM-DD. */
  date?: string;
  effective?: string;
  alias?: string[];
}

export async function addLaw(registry: LawRegistry, fileArg: string | undefined, opts: LawAddOptions, ctx: CommandContext): Promise<number> {
  if (fileArg === undefined) throw new UsageError(t(ctx.lang, 'law.usage.file', { file: '' }));
  const source = resolve(ctx.cwd, fileArg);
  const read = readInput(source, MAX_LAW_BYTES);
  if (!read.ok && read.reason === 'error' && read.code === 'ENOENT') throw new InputError(t(ctx.lang, 'law.usage.file', { file: fileArg }));
  if (!read.ok) throw new InputError(inputProblem(read, fileArg, MAX_LAW_BYTES, ctx.lang));
  let text = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  const hasFrontMatter = /^---\r?\n/.test(text);
  if (hasFrontMatter && flagsGiven(opts)) throw new UsageError(t(ctx.lang, 'law.add.flags-and-front-matter', { file: fileArg }));
  if (!hasFrontMatter) text = withFrontMatter(text, await frontMatterFor(text, fileArg, opts, ctx));

  let version: LawVersion;
  try {
    version = parseLawText(text, fileArg);
  } catch (e) {
    if (!(e instanceof LawParseError)) throw e;
    ctx.err(`✖ ${messageIn(e, ctx.lang)}\n  ${t(ctx.lang, 'law.add.flags-hint')}\n`);
    return 1;
  }
  const name = `${version.title.replace(/^中华人民共和国/, '')}(${version.version}).md`;
  const target = join(registry.dir, name);
  const shownTarget = displayPath(target, ctx.cwd);
  ctx.out(`${t(ctx.lang, version.hasText ? 'law.add.parsed' : 'law.add.textless', { file: fileArg, law: version.title, version: version.version, level: version.level, effective: version.effective, count: version.articles.length })}\n`);
  for (const n of versionNotices(version)) ctx.err(`⚠ ${t(ctx.lang, n.key, n.params)}\n  ${t(ctx.lang, `${n.key}.hint`, n.params)}\n`);

  const instrument = findInstrument(registry, version.title)?.instrument;
  const twin = instrument?.versions.find((v) => v.version === version.version);
  if (twin) {
    ctx.err(`${t(ctx.lang, 'law.add.duplicate', { law: version.title, version: version.version, file: basename(twin.file) })}\n`);
    return 1;
  }
  if (existsSync(target)) throw new InputError(t(ctx.lang, 'law.add.exists', { file: shownTarget }));

  writeFileAtomic(target, text, ctx.lang);
  // The registry's own reading decides: a clash with another file (an alias taken twice, …) undoes the copy.
  const after = loadRegistry(registry.dir, { lang: ctx.lang, cacheDir: false });
  const problems = after.errors.filter((e) => resolve(registry.dir, e.file) === target || e.file === target);
  if (problems.length > 0) {
    rmSync(target, { force: true });
    for (const p of problems) ctx.err(`✖ ${messageIn(p, ctx.lang)}\n`);
    ctx.err(`${t(ctx.lang, 'law.add.undone', { file: shownTarget })}\n`);
    return 1;
  }
  ctx.err(`${t(ctx.lang, 'law.add.copied', { file: shownTarget })}\n`);

  const previous = instrument && previousVersion(instrument, version);
  if (!instrument) reportCiting(after, version.title, ctx);
  else if (previous && version.hasText) {
    const comparison = comparisonOf(previous, version);
    ctx.out(`${t(ctx.lang, 'law.add.previous', { version: previous.version })}\n`);
    ctx.out(`${t(ctx.lang, 'law.add.summary', changeCounts(comparison))}\n\n`);
    ctx.out(`${formatComparison(comparison, ctx.lang)}\n`);
    const matters = listMatters(ctx);
    const affected = matters ? affectedCitations(after, comparison, matters) : [];
    if (matters && affected.length === 0) ctx.out(`\n${t(ctx.lang, 'law.add.unaffected', { count: matters.length })}\n`);
    if (affected.length > 0) {
      ctx.out(`\n${t(ctx.lang, 'law.add.affected', { count: new Set(affected.map((a) => a.matter)).size })}\n`);
      for (const a of affected) ctx.out(`  ${a.matter}  ${t(ctx.lang, `law.add.affected.${a.change}`, { article: a.article, now: a.now ?? '' })}\n`);
      ctx.out('\n');
      (await import('./law-drafts.js')).draftAfterAdd(registry.dir, instrument, ctx);
    }
  }
  ctx.err(`${t(ctx.lang, 'law.add.next.check')}\n`);
  return 0;
}

function flagsGiven(opts: LawAddOptions): boolean {
  return [opts.title, opts.level, opts.date, opts.effective].some((v) => v !== undefined) || (opts.alias ?? []).length > 0;
}

interface Front {
  title?: string;
  level?: string;
  aliases?: string[];
  version?: string;
  effective?: string;
}

/** What the flags say; on a terminal, what the clerk answers for the rest (defaults from the text). */
async function frontMatterFor(text: string, fileArg: string, opts: LawAddOptions, ctx: CommandContext): Promise<Front> {
  if (opts.level !== undefined && !LAW_LEVELS.includes(opts.level as (typeof LAW_LEVELS)[number])) {
    throw new UsageError(t(ctx.lang, 'law.add.bad-level', { level: opts.level, levels: LAW_LEVELS.join('、') }));
  }
  const front: Front = {
    ...(opts.title ? { title: opts.title.replace(/[《》]/g, '').trim() } : {}),
    ...(opts.level ? { level: opts.level } : {}),
    ...((opts.alias ?? []).length > 0 ? { aliases: opts.alias } : {}),
    ...(opts.date ? { version: parseDate(opts.date, ctx) } : {}),
    ...(opts.effective ? { effective: parseDate(opts.effective, ctx) } : {}),
  };
  if (flagsGiven(opts) || !ctx.ask) return front;
  // Nothing on the command line and a person at the terminal: ask, offering what the text says.
  const guess = guessFromText(text, fileArg);
  const ask = async (key: string, fallback: string | undefined): Promise<string | undefined> => {
    const answer = (await ctx.ask?.(t(ctx.lang, key, { default: fallback ?? '' })))?.trim();
    return answer ? answer : fallback;
  };
  const title = await ask('law.add.ask.title', guess.title);
  const level = await ask('law.add.ask.level', title ? defaultLevel(title) : undefined);
  const version = await ask('law.add.ask.date', guess.version);
  const effective = await ask('law.add.ask.effective', version === guess.version ? guess.effective ?? version : version);
  return {
    ...(title ? { title } : {}),
    ...(level ? { level } : {}),
    ...(version ? { version: parseDate(version, ctx) } : {}),
    ...(effective && effective !== version ? { effective: parseDate(effective, ctx) } : {}),
  };
}

function guessFromText(text: string, fileArg: string): { title?: string; version?: string; effective?: string } {
  try {
    const v = parseLawText(text, fileArg);
    return { title: v.title, version: v.version, ...(v.statedEffective ? { effective: v.statedEffective } : {}) };
  } catch {
    return {};
  }
}

/** The front matter block the registry reads, keys in the order the shipped texts use. */
function withFrontMatter(text: string, front: Front): string {
  const lines = Object.entries(front).map(([key, value]) =>
    `${key}: ${Array.isArray(value) ? `[${value.map((v: string) => yamlFlowItem(v)).join(', ')}]` : yamlScalar(String(value))}`);
  return lines.length === 0 ? text : `---\n${lines.join('\n')}\n---\n${text}`;
}

/** Registry errors carry both languages, Chinese first: "… / …". */
function messageIn(e: LawParseError, lang: Lang): string {
  const [zh, en] = e.message.split(' / ');
  return (lang === 'en' ? en : zh) ?? e.message;
}

function previousVersion(instrument: Instrument, version: LawVersion): LawVersion | undefined {
  return instrument.versions.filter((v) => v.hasText && v.version < version.version).at(-1);
}

/** The matters of the list found from here, with their citations; undefined when there is none. */
function listMatters(ctx: CommandContext): { id: string; basis: string[] }[] | undefined {
  let location;
  try {
    location = findList(undefined, ctx.cwd, ctx.lang);
  } catch {
    return undefined;
  }
  return yamlFiles(location.mattersDir).flatMap((path) => {
    const data = asRecord(readYamlFile(path, path).data);
    return typeof data?.id === 'string' ? [{ id: data.id, basis: stringsOf(data.basis) }] : [];
  });
}

/** A first version: the matters that cite it by name now resolve (they were citation/unknown-law). */
function reportCiting(registry: LawRegistry, title: string, ctx: CommandContext): void {
  ctx.out(`${t(ctx.lang, 'law.add.new')}\n`);
  const names = [title, ...(findInstrument(registry, title)?.instrument.aliases ?? [])];
  const citing = (listMatters(ctx) ?? []).filter((m) => m.basis.some((b) => names.some((n) => b.includes(`《${n}》`))));
  if (citing.length > 0) ctx.out(`${t(ctx.lang, 'law.add.citing', { count: citing.length, ids: citing.map((m) => m.id).join('、') })}\n`);
}
