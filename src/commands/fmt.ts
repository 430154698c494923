import { fmtMessages } from '../fmt/messages.js';
import { changesOf } from '../fmt/changes.js';
import { formatYaml, type Normalise } from '../fmt/format.js';
import type { FileKind } from '../fmt/order.js';
import { registerMessages, t } from '../i18n/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { readInputOrFail } from '../io/read-input.js';
import { applyFixes, checkCitation, loadRegistry, normaliseCitation } from '../laws/index.js';
import { problemMessage } from '../check/diagnostics.js';
import { checkList, citationDates, type CheckedList } from '../check/run.js';
import { displayPath, fileStem, findList, lawsDirOf, yamlFiles, type ListLocation } from '../load/list.js';
import { readYamlFile } from '../load/read.js';
import { MAX_FILE_BYTES, type SyntaxProblem } from '../load/yaml.js';
import { yamlProblems } from '../load/yaml-problems.js';
import { isApproved } from '../adjust/status.js';
import type { Adjustment } from '../types.js';
import type { CommandContext } from './context.js';

registerMessages(fmtMessages);

export interface FmtCommandOptions {
  /** Write nothing; exit 1 when a file would change. */
  check?: boolean;
  /** Also replace article numbers that a law's revision moved (citation/renumbered). */
  fix?: boolean;
}

type Outcome = 'same' | 'changed' | 'failed';

export async function fmtCommand(listArg: string | undefined, opts: FmtCommandOptions, ctx: CommandContext): Promise<number> {
  const location = findList(listArg, ctx.cwd, ctx.lang);
  // --fix needs what check knows (dates, adjustments); its registry then serves the spelling too.
  const checked = opts.fix ? checkList(listArg, { lang: ctx.lang, onDate: ctx.today, cwd: ctx.cwd }) : undefined;
  const registry = checked?.registry ?? loadRegistry(lawsDirOf(location), { lang: ctx.lang });
  const normalise: Normalise = (s) => normaliseCitation(registry, s);
  const renumber = checked ? renumberer(checked, ctx.today) : undefined;
  const approved = checked ? approvedCitationChanges(checked.adjustments.map((a) => a.adjustment)) : undefined;
  const outcomes = filesOf(location).map(([path, kind]) => {
    const id = fileStem(path);
    const perFile: Normalise = kind === 'matter' && renumber && approved ? (s) => renumber(normalise(approved(id, s)), id) : normalise;
    return formatFile(path, kind, perFile, opts.check === true, ctx);
  });
  const count = outcomes.length;
  const changed = outcomes.filter((o) => o === 'changed').length;
  const failed = outcomes.filter((o) => o === 'failed').length;
  if (failed > 0) ctx.err(t(ctx.lang, 'fmt.summary.failed', { failed }) + '\n');
  if (opts.check) {
    ctx.err(t(ctx.lang, changed > 0 ? 'fmt.summary.check' : 'fmt.summary.clean', { changed, count }) + '\n');
    return changed > 0 || failed > 0 ? 1 : 0;
  }
  ctx.err(t(ctx.lang, changed > 0 ? 'fmt.summary.written' : 'fmt.summary.clean', { changed, same: count - changed - failed, count }) + '\n');
  return failed > 0 ? 1 : 0;
}

function filesOf(location: ListLocation): [string, FileKind][] {
  return [
    [location.manifest, 'list'],
    ...yamlFiles(location.mattersDir).map((p): [string, FileKind] => [p, 'matter']),
    ...yamlFiles(location.adjustmentsDir).map((p): [string, FileKind] => [p, 'adjustment']),
    ...yamlFiles(location.consultationsDir).map((p): [string, FileKind] => [p, 'consultation']),
  ];
}

/** Moves citations to the article that now carries their content, judged for each matter by
 *  the date it was written against (the same dates `check` uses). A citation an adjustment still
 *  under way names (a draft, or a record not yet decided) is left for that record. */
function renumberer(checked: CheckedList, today: string): (citation: string, id: string) => string {
  const effective = checked.manifest?.effective ?? today;
  const adjustments = checked.adjustments.map((a) => a.adjustment);
  const citedOn = citationDates(effective, adjustments);
  const pending = new Set(adjustments.filter((a) => !a.decision || a.status === 'draft')
    .flatMap((a) => a.items.flatMap((i) => (i.citations ?? []).map((c) => `${i.matter}\0${c.from}`))));
  return (citation, id) => {
    if (pending.has(`${id}\0${citation}`)) return citation;
    const moved = checkCitation(checked.registry, citation, today, { citedOn: citedOn(id) }).filter((f) => f.code === 'renumbered');
    return applyFixes(citation, moved);
  };
}

/** The citation changes of approved adjustments, as a rewrite of one citation of one matter. */
function approvedCitationChanges(adjustments: Adjustment[]): (id: string, citation: string) => string {
  const to = new Map<string, string>();
  for (const a of adjustments) {
    if (!isApproved(a)) continue;
    for (const item of a.items) for (const c of item.citations ?? []) if (c.to !== undefined) to.set(`${item.matter}\0${c.from}`, c.to);
  }
  return (id, citation) => to.get(`${id}\0${citation}`) ?? citation;
}

function formatFile(path: string, kind: FileKind, normalise: Normalise, checkOnly: boolean, ctx: CommandContext): Outcome {
  const shown = displayPath(path, ctx.cwd);
  const read = readYamlFile(path, shown);
  const fail = (problems: SyntaxProblem[]): Outcome => {
    for (const p of problems) ctx.err(`${shown}:${p.line}:${p.column}  ${problemMessage(ctx.lang, p)}\n`);
    return 'failed';
  };
  if (read.problems.length > 0 || !read.source) return fail(read.problems);
  const result = formatYaml(read.source.text, kind, normalise);
  if (!result.ok) return fail(yamlProblems(read.source, result.errors));
  // One policy, the README's: a UTF-8 BOM and CRLF line ends are acceptable, so fmt keeps the
  // file's own and never counts them as a change (git's eol setting decides what is stored).
  const raw = readInputOrFail(path, shown, MAX_FILE_BYTES, ctx.lang);
  const text = inStyleOf(raw, result.text);
  if (raw.equals(Buffer.from(text, 'utf8'))) return 'same';
  const changes: string[] = changesOf(read.source.text, result.text, kind, normalise);
  if (changes.length === 0) changes.push('line-ends');
  if (!checkOnly) writeFileAtomic(path, text, ctx.lang);
  ctx.out(`${shown}  ${changes.map((c) => t(ctx.lang, `fmt.change.${c}`)).join(t(ctx.lang, 'fmt.change.separator'))}\n`);
  return 'changed';
}

/** `text` (LF, no BOM) with the BOM and line ends of the file's bytes: CRLF if it used any. */
function inStyleOf(raw: Buffer, text: string): string {
  const bom = raw.length >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? '\uFEFF' : '';
  const crlf = raw.includes('\r\n');
  return bom + (crlf ? text.replace(/\n/g, '\r\n') : text);
}
