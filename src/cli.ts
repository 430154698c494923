// Commander wiring only: every command is a function in src/commands/ returning an exit code.
// Command modules are imported when their command runs, so `check` never loads exceljs or git code.
import { Command, CommanderError, Option } from 'commander';
import { InputError, UsageError } from './errors.js';
import { parseLang, t, type Lang } from './i18n/index.js';
import { cacheChoice, configureCache } from './cache/folder.js';
import { loadCompiledSchemas } from './schema/validate.js';
import type { CommandContext } from './commands/context.js';
import { localHelp } from './cli-help.js';
import { VERSION } from './version.js';

export interface MainIO {
  out?: (text: string) => void;
  err?: (text: string) => void;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  isTTY?: boolean;
  /** stderr is a terminal (progress bars); default process.stderr.isTTY. */
  errIsTTY?: boolean;
}

export async function main(argv: string[], io: MainIO = {}): Promise<number> {
  const env = io.env ?? process.env;
  const lang = detectLang(argv, env);
  const ctx: CommandContext = {
    lang,
    color: colorWanted(argv, env, io.isTTY ?? process.stdout.isTTY === true),
    out: io.out ?? writeStdout,
    err: io.err ?? ((s) => void process.stderr.write(s)),
    cwd: io.cwd ?? process.cwd(),
    today: env.DUTYLIST_TODAY ?? localDate(),
    env,
    progress: (io.errIsTTY ?? (io.err === undefined && process.stderr.isTTY === true)) && !env.CI,
    // Questions only when a person can answer: both ends a terminal and not redirected by a caller.
    ...(io.out === undefined && process.stdin.isTTY === true && process.stderr.isTTY === true ? { ask } : {}),
  };
  const verbose = argv.includes('--verbose');
  // The process's own environment under the caller's (tests name a few variables only).
  configureCache(cacheChoice(argv, io.env ? { ...process.env, ...io.env } : env, ctx.cwd), { lang, err: ctx.err });
  await loadCompiledSchemas();
  let code = 0;
  const program = buildProgram(ctx, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? 0 : 2;
    }
    // By name, not instanceof: the single-file build loads the workbook commands as a separate
    // module with its own copies of these classes.
    if (e instanceof UsageError || e instanceof InputError || (e instanceof Error && (e.name === 'UsageError' || e.name === 'InputError'))) {
      ctx.err(`dutylist: ${e.message}\n`);
      return 2;
    }
    ctx.err(`dutylist: ${t(lang, 'internal.error', { detail: e instanceof Error ? e.message : String(e) })}\n`);
    if (verbose && e instanceof Error && e.stack) ctx.err(`${e.stack}\n`);
    return 2;
  }
}

// `dutylist check | head` closes the pipe early: stop writing quietly instead of crashing on EPIPE.
let stdoutClosed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') stdoutClosed = true;
  else throw e;
});
function writeStdout(text: string): void {
  if (!stdoutClosed) process.stdout.write(text);
}

function buildProgram(ctx: CommandContext, setCode: (code: number) => void): Command {
  const m = (key: string): string => t(ctx.lang, key);
  // Placeholders of arguments and option values are words of the user's language too.
  const ph = (name: string): string => m(`cli.ph.${name}`);
  const list = `[${ph('list')}]`;
  const program = new Command('dutylist')
    .description(m('cli.description'))
    .version(VERSION, '-V, --version', m('cli.version'))
    .helpOption('-h, --help', m('cli.help'))
    .helpCommand(false)
    .addOption(new Option(`--lang <${ph('lang')}>`, m('cli.lang')).choices(['zh', 'en']).default('zh'))
    .option('--no-color', m('cli.no-color'))
    .option('--verbose', m('cli.verbose'))
    .option('--no-cache', m('cli.no-cache'))
    .option(`--cache-dir <${ph('dir')}>`, m('cli.cache-dir'))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.out(s),
      writeErr: (s) => ctx.err(s),
      outputError: (s, write) => write(`dutylist: ${localiseCommanderError(s.trim(), ctx.lang)}\n`),
    })
    .showSuggestionAfterError(true);
  program.addHelpText('after', `\n${m('cli.examples')}`);

  const run = (fn: () => Promise<number>) => async () => setCode(await fn());

  program
    .command('check')
    .argument(list, m('cli.arg.list'))
    .description(m('cli.check'))
    .addOption(new Option(`-f, --format <${ph('format')}>`, m('cli.check.format')).default('stylish'))
    .option(`--on <${ph('date')}>`, m('cli.check.on'))
    .option(`--max-warnings <${ph('count')}>`, m('cli.check.max-warnings'))
    .option(`-o, --output <${ph('file')}>`, m('cli.check.output'))
    .addHelpText('after', `\n${m('cli.check.examples')}`)
    .action((listArg: string | undefined, opts) => run(async () => (await import('./commands/check.js')).checkCommand(listArg, opts, ctx))());

  program.command('export').argument(list, m('cli.arg.list')).description(m('cli.export'))
    .option(`-o, --output <${ph('file')}>`, m('cli.export.output')).option('--with-text', m('cli.export.with-text'))
    .option(`--on <${ph('date')}>`, m('cli.export.on')).addHelpText('after', `\n${m('cli.export.examples')}`)
    .action((listArg: string | undefined, opts: { output?: string; withText?: boolean; on?: string }) => run(async () => (await import('./commands/export.js')).exportCommand(listArg, opts, ctx))());
  program.command('diff').argument(list, m('cli.arg.list')).description(m('cli.diff'))
    .option(`--from <${ph('ref')}>`, m('cli.diff.from')).option(`--to <${ph('ref')}>`, m('cli.diff.to')).option(`--old <${ph('dir')}>`, m('cli.diff.old'))
    .option(`-f, --format <${ph('format')}>`, m('cli.diff.format')).option(`-o, --output <${ph('file')}>`, m('cli.diff.output'))
    .option('--require-approval', m('cli.diff.require-approval'))
    .addHelpText('after', `\n${m('cli.diff.examples')}`)
    .action((listArg: string | undefined, opts) => run(async () => (await import('./commands/diff.js')).diffCommand(listArg, opts, ctx))());
  program.command('init').argument(`<${ph('dir')}>`, m('cli.init.dir')).description(m('cli.init'))
    .option(`--slug <${ph('slug')}>`, m('cli.init.slug')).option(`--prefix <${ph('prefix')}>`, m('cli.init.prefix')).option(`--region <${ph('region')}>`, m('cli.init.region'))
    .addHelpText('after', `\n${m('cli.init.examples')}`)
    .action((dir: string, opts: { slug?: string; prefix?: string; region?: string }) => run(async () => (await import('./commands/init.js')).initCommand(dir, opts, ctx))());
  program.command('new').argument(list, m('cli.arg.list')).description(m('cli.new'))
    .option(`-t, --type <${ph('type')}>`, m('cli.new.type')).option(`-n, --name <${ph('name')}>`, m('cli.new.name'))
    .addHelpText('after', `\n${m('cli.new.examples')}`)
    .action((listArg: string | undefined, opts: { type?: string; name?: string }) => run(async () => (await import('./commands/new.js')).newCommand(listArg, opts, ctx))());
  program.command('fmt').argument(list, m('cli.arg.list')).description(m('cli.fmt'))
    .option('--check', m('cli.fmt.check')).option('--fix', m('cli.fmt.fix')).addHelpText('after', `\n${m('cli.fmt.examples')}`)
    .action((listArg: string | undefined, opts: { check?: boolean; fix?: boolean }) => run(async () => (await import('./commands/fmt.js')).fmtCommand(listArg, opts, ctx))());
  program.command('import').argument(`<${ph('file')}>`, m('cli.import.file')).argument(list, m('cli.arg.list')).description(m('cli.import'))
    .option(`--sheet <${ph('sheet')}>`, m('cli.import.sheet')).option('--force', m('cli.import.force')).option('--dry-run', m('cli.import.dry-run'))
    .option(`--ignore-column <${ph('column')}>`, m('cli.import.ignore-column'), (v: string, all: string[] = []) => [...all, v]).option('--add-units', m('cli.import.add-units'))
    .option(`--report <${ph('file')}>`, m('cli.import.report'))
    .addHelpText('after', `\n${m('cli.import.examples')}`)
    .action((file: string, listArg: string | undefined, opts: { sheet?: string; force?: boolean; dryRun?: boolean; ignoreColumn?: string[]; addUnits?: boolean; report?: string }) => run(async () => (await import('./commands/import.js')).importCommand(file, listArg, opts, ctx))());
  program.command('stats').argument(list, m('cli.arg.list')).description(m('cli.stats'))
    .addOption(new Option(`-f, --format <${ph('format')}>`, m('cli.stats.format')).default('table').choices(['table', 'json']))
    .addHelpText('after', `\n${m('cli.stats.examples')}`)
    .action((listArg: string | undefined, opts: { format: string }) => run(async () => (await import('./commands/stats.js')).statsCommand(listArg, opts, ctx))());
  program.command('release').argument(`<${ph('version')}>`, m('cli.release.version')).argument(list, m('cli.arg.list')).description(m('cli.release'))
    .option(`--effective <${ph('date')}>`, m('cli.release.effective')).option('--tag', m('cli.release.tag'))
    .addHelpText('after', `\n${m('cli.release.examples')}`)
    .action((version: string, listArg: string | undefined, opts: { effective?: string; tag?: boolean }) => run(async () => (await import('./commands/release.js')).releaseCommand(version, listArg, opts, ctx))());
  program.command('upgrade').description(m('cli.upgrade'))
    .addHelpText('after', `\n${m('cli.upgrade.examples')}`)
    .action(() => run(async () => (await import('./commands/upgrade.js')).upgradeCommand(ctx))());

  program.command('publish').argument(list, m('cli.arg.list')).description(m('cli.publish'))
    .option(`-o, --output <${ph('dir')}>`, m('cli.publish.output')).option(`--on <${ph('date')}>`, m('cli.publish.on'))
    .addHelpText('after', `\n${m('cli.publish.examples')}`)
    .action((listArg: string | undefined, opts: { output?: string; on?: string }) => run(async () => (await import('./commands/publish.js')).publishCommand(listArg, opts, ctx))());

  program.command('review').argument(list, m('cli.arg.list')).description(m('cli.review'))
    .option(`-o, --output <${ph('file')}>`, m('cli.review.output')).option(`--record <${ph('file')}>`, m('cli.review.record'))
    .option(`--reviewer <${ph('reviewer')}>`, m('cli.review.reviewer')).option(`--date <${ph('date')}>`, m('cli.review.date'))
    .option(`--on <${ph('date')}>`, m('cli.review.on'))
    .addHelpText('after', `\n${m('cli.review.examples')}`)
    .action((listArg: string | undefined, opts: { output?: string; record?: string; reviewer?: string; date?: string; on?: string }) => run(async () => (await import('./commands/review.js')).reviewCommand(listArg, opts, ctx))());
  program.command('filing').argument(`<${ph('adjustment')}>`, m('cli.filing.id')).argument(list, m('cli.arg.list')).description(m('cli.filing'))
    .option(`-o, --output <${ph('dir')}>`, m('cli.filing.output'))
    .option(`--from <${ph('ref')}>`, m('cli.filing.from')).option(`--old <${ph('dir')}>`, m('cli.filing.old'))
    .option('--no-pdf', m('cli.filing.no-pdf'))
    .addHelpText('after', `\n${m('cli.filing.examples')}`)
    .action((id: string, listArg: string | undefined, opts: { output?: string; from?: string; old?: string; pdf?: boolean }) => run(async () => (await import('./commands/filing.js')).filingCommand(id, listArg, opts, ctx))());
  program.command('consult').argument(list, m('cli.arg.list')).description(m('cli.consult'))
    .option(`-o, --output <${ph('dir')}>`, m('cli.consult.output')).option(`--deadline <${ph('date')}>`, m('cli.consult.deadline'))
    .option(`--collect <${ph('dir')}>`, m('cli.consult.collect'))
    .addHelpText('after', `\n${m('cli.consult.examples')}`)
    .action((listArg: string | undefined, opts: { output?: string; deadline?: string; collect?: string }) => run(async () => (await import('./commands/consult.js')).consultCommand(listArg, opts, ctx))());

  const law = program.command('law').description(m('cli.law')).helpCommand(false).addHelpText('after', `\n${m('cli.law.examples')}`);
  law.command('list').description(m('cli.law.list')).option(`--laws <${ph('dir')}>`, m('cli.law.dir'))
    .action((opts: { laws?: string }) => run(async () => (await import('./commands/law.js')).lawCommand('list', [], opts, ctx))());
  law.command('show').argument(`<${ph('citation')}>`, m('cli.law.citation')).description(m('cli.law.show'))
    .option(`--laws <${ph('dir')}>`, m('cli.law.dir')).option(`--on <${ph('date')}>`, m('cli.check.on'))
    .action((citation: string, opts: { laws?: string; on?: string }) => run(async () => (await import('./commands/law.js')).lawCommand('show', [citation], opts, ctx))());
  law.command('diff').argument(`<${ph('law')}>`, m('cli.law.title')).argument(`[${ph('versions')}...]`, m('cli.law.versions')).description(m('cli.law.diff'))
    .option(`--laws <${ph('dir')}>`, m('cli.law.dir'))
    .action((title: string, versions: string[], opts: { laws: string }) => run(async () => (await import('./commands/law.js')).lawCommand('diff', [title, ...versions], opts, ctx))());
  law.command('add').argument(`<${ph('file')}>`, m('cli.law.file')).description(m('cli.law.add'))
    .option(`--laws <${ph('dir')}>`, m('cli.law.dir'))
    .option(`--title <${ph('title')}>`, m('cli.law.add.title')).option(`--level <${ph('level')}>`, m('cli.law.add.level'))
    .option(`--date <${ph('date')}>`, m('cli.law.add.date')).option(`--effective <${ph('date')}>`, m('cli.law.add.effective'))
    .option(`--alias <${ph('alias')}...>`, m('cli.law.add.alias'))
    .addHelpText('after', `\n${m('cli.law.add.examples')}`)
    .action((file: string, opts: LawAddFlags) => run(async () => (await import('./commands/law.js')).lawCommand('add', [file], opts, ctx))());
  law.command('drafts').argument(list, m('cli.arg.list')).description(m('cli.law.drafts'))
    .addHelpText('after', `\n${m('cli.law.drafts.examples')}`)
    .action((listArg: string | undefined) => run(async () => (await import('./commands/law.js')).lawCommand('drafts', listArg === undefined ? [] : [listArg], {}, ctx))());

  const help = localHelp(ctx.lang);
  for (const cmd of [program, ...program.commands, ...law.commands]) {
    cmd.exitOverride().configureOutput(program.configureOutput()).helpOption('-h, --help', m('cli.help'));
    cmd.configureHelp(help);
  }
  return program;
}

/** Options of `law add`: the front matter of a text that has none. */
interface LawAddFlags {
  laws?: string;
  title?: string;
  level?: string;
  date?: string;
  effective?: string;
  alias?: string[];
}

function detectLang(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i >= 0) {
    const value = argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
    return parseLang(value);
  }
  return parseLang(env.DUTYLIST_LANG);
}

function colorWanted(argv: string[], env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (argv.includes('--no-color')) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

async function ask(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

function localDate(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// Commander's own errors are English; each becomes a catalogue entry in the user's language.
function localiseCommanderError(message: string, lang: Lang): string {
  const text = message.replace(/^error: /, '');
  const rules: [RegExp, string][] = [
    [/^unknown option '(.+?)'(.*)$/s, 'commander.unknown-option'],
    [/^unknown command '(.+?)'(.*)$/s, 'commander.unknown-command'],
    [/^missing required argument '(.+?)'/, 'commander.missing-argument'],
    [/^option '(.+?)' argument missing/, 'commander.option-missing'],
    [/^too many arguments(?: for '(.+?)')?/, 'commander.excess'],
    [/^option '(.+?)' argument '(.+?)' is invalid\.(.*)$/s, 'commander.invalid-choice'],
  ];
  const detail = (s: string | undefined): string => {
    const guess = /\(Did you mean (.+?)\?\)/.exec(s ?? '')?.[1];
    if (guess) return t(lang, 'commander.did-you-mean', { name: guess });
    const choices = /Allowed choices are (.+?)\.?$/.exec((s ?? '').trim())?.[1];
    return choices ? t(lang, 'commander.allowed', { choices: choices.split(', ').join(t(lang, 'cli.note.separator')) }) : '';
  };
  for (const [pattern, key] of rules) {
    const hit = pattern.exec(text);
    if (hit) return t(lang, key, { a: hit[1] ?? 'dutylist', b: key === 'commander.invalid-choice' ? hit[2] ?? '' : detail(hit[2]), c: detail(hit[3]) });
  }
  return lang === 'en' ? text : t(lang, 'commander.other');
}
