import { checkList } from '../check/run.js';
import { InputError, UsageError } from '../errors.js';
import { registerMessages, t } from '../i18n/index.js';
import { computeStats, type ListStats } from '../stats/compute.js';
import { statsMessages } from '../stats/messages.js';
import { statsTable } from '../stats/table.js';
import type { Lang } from '../i18n/index.js';
import type { CommandContext } from './context.js';

registerMessages(statsMessages);

export interface StatsCommandOptions {
  /** table (default) or json. */
  format?: string;
}

const formats: Record<string, (stats: ListStats, lang: Lang) => string> = {
  table: statsTable,
  json: (stats) => `${JSON.stringify(stats, null, 2)}\n`,
};

export async function statsCommand(listArg: string | undefined, opts: StatsCommandOptions, ctx: CommandContext): Promise<number> {
  const format = opts.format ?? 'table';
  const render = Object.hasOwn(formats, format) ? formats[format] : undefined;
  if (!render) throw new UsageError(t(ctx.lang, 'stats.format', { format, allowed: Object.keys(formats).join(', ') }));
  const result = checkList(listArg, { lang: ctx.lang, onDate: ctx.today, cwd: ctx.cwd });
  if (!result.manifest || !result.units) throw new InputError(t(ctx.lang, 'stats.no-registry'));
  const stats = computeStats(result.manifest, result.units, result.matters.map((m) => m.matter));
  ctx.out(render(stats, ctx.lang));
  const skipped = result.fileCount - result.matters.length;
  if (skipped > 0) ctx.err(t(ctx.lang, 'stats.skipped', { skipped }) + '\n');
  // Counts that leave out unreadable matters are incomplete: a finding, not a clean run.
  return skipped > 0 ? 1 : 0;
}
