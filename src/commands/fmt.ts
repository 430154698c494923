import { readFileSync } from 'node:fs';
import { fmtMessages } from '../fmt/messages.js';
import { formatYaml, type Normalise } from '../fmt/format.js';
import type { FileKind } from '../fmt/order.js';
import { registerMessages, t } from '../i18n/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { applyFixes, checkCitation, loadRegistry, normaliseCitation } from '../laws/index.js';
import { checkList, citationDates, type CheckedList } from '../check/run.js';
import { displayPath, fileStem, findList, lawsDirOf, yamlFiles, type ListLocation } from '../load/list.js';
import { readYamlFile } from '../load/read.js';
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
  const outcomes = filesOf(location).map(([path, kind]) => {
    const id = fileStem(path);
    const perFile: Normalise = kind === 'matter' && renumber ? (s) => renumber(normalise(s), id) : normalise;
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
  ];
}

/** Moves citations to the article that now carries their content, judged for each matter by
 *  the date it was written against (the same dates `check` uses). */
function renumberer(checked: CheckedList, today: string): (citation: string, id: string) => string {
  const effective = checked.manifest?.effective ?? today;
  const citedOn = citationDates(effective, checked.adjustments.map((a) => a.adjustment));
  return (citation, id) => {
    const moved = checkCitation(checked.registry, citation, today, { citedOn: citedOn(id) }).filter((f) => f.code === 'renumbered');
    return applyFixes(citation, moved);
  };
}

function formatFile(path: string, kind: FileKind, normalise: Normalise, checkOnly: boolean, ctx: CommandContext): Outcome {
  const shown = displayPath(path, ctx.cwd);
  const read = readYamlFile(path, shown);
  if (read.problems.length > 0 || !read.source) {
    for (const p of read.problems) ctx.err(`${shown}:${p.line}:${p.column}  ${t(ctx.lang, p.code, p.params)}\n`);
    return 'failed';
  }
  const result = formatYaml(read.source.text, kind, normalise);
  if (!result.ok) {
    const { line, column } = read.source.position(result.offset);
    ctx.err(`${shown}:${line}:${column}  ${t(ctx.lang, 'fmt.parse-error', { detail: result.message })}\n`);
    return 'failed';
  }
  // Compared as bytes, so a BOM or CRLF alone counts as a change.
  if (readFileSync(path).equals(Buffer.from(result.text, 'utf8'))) return 'same';
  if (!checkOnly) writeFileAtomic(path, result.text, ctx.lang);
  ctx.out(`${shown}\n`);
  return 'changed';
}

