// `dutylist law drafts [LIST]`, and the drafting step of `law add`: the draft adjustments the
// list needs because the registry holds newer versions of the laws its matters cite.
import { resolve } from 'node:path';
import { adjustMessages } from '../adjust/messages.js';
import { writeDrafts, type WrittenDraft } from '../adjust/run.js';
import { checkList } from '../check/run.js';
import { registerMessages, t } from '../i18n/index.js';
import type { Instrument } from '../laws/index.js';
import { displayPath, findList, lawsDirOf } from '../load/list.js';
import type { CommandContext } from './context.js';

registerMessages(adjustMessages);

/** Writes and reports the drafts of the list at `listArg`; exit 0. */
export function lawDraftsCommand(listArg: string | undefined, ctx: CommandContext): number {
  const checked = checkList(listArg, { lang: ctx.lang, onDate: ctx.today, cwd: ctx.cwd });
  const written = writeDrafts(checked, ctx.today, ctx.lang);
  if (written.length === 0) ctx.out(`${t(ctx.lang, 'draft.none')}\n`);
  report(written, ctx);
  return 0;
}

/** After `law add`: the draft for `instrument` in the list found from the working directory,
 *  when that list reads the registry the text went into. Silent where there is no such list. */
export function draftAfterAdd(registryDir: string, instrument: Instrument, ctx: CommandContext): void {
  let location;
  try {
    location = findList(undefined, ctx.cwd, ctx.lang);
  } catch {
    return;
  }
  if (resolve(lawsDirOf(location)) !== resolve(registryDir)) return;
  const checked = checkList(location.dir, { lang: ctx.lang, onDate: ctx.today, cwd: ctx.cwd });
  const reread = checked.registry.instruments.find((i) => i.title === instrument.title);
  if (reread) report(writeDrafts(checked, ctx.today, ctx.lang, reread), ctx);
}

function report(written: WrittenDraft[], ctx: CommandContext): void {
  for (const { draft, path, outcome } of written) {
    const file = displayPath(path, ctx.cwd);
    ctx.out(`${t(ctx.lang, `draft.${outcome}`, { file, matters: draft.adjustment.items.length, resolved: draft.resolved, open: draft.open })}\n`);
  }
  if (written.some((w) => w.outcome !== 'reviewed')) ctx.err(`${t(ctx.lang, 'draft.next')}\n`);
}
