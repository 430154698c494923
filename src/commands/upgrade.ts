import { chmodSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { registerMessages, t } from '../i18n/index.js';
import { buildVersion, runningBuild, TOOL_FILE, toolFiles } from '../init/vendor.js';
import { writeFileAtomic } from '../io/atomic.js';
import { readInput, readInputOrFail } from '../io/read-input.js';
import { displayPath } from '../load/list.js';
import { releaseMessages } from '../release/messages.js';
import type { CommandContext } from './context.js';

registerMessages(releaseMessages);

/** `dutylist upgrade`: the repository's vendored copy becomes the running version. */
export async function upgradeCommand(ctx: CommandContext): Promise<number> {
  const root = repositoryRoot(ctx.cwd);
  if (!root) throw new InputError(t(ctx.lang, 'upgrade.not-a-repository', { file: TOOL_FILE }));
  const build = runningBuild();
  if (!build) throw new InputError(t(ctx.lang, 'upgrade.no-build'));
  const target = join(root, ...TOOL_FILE.split('/'));
  const from = buildVersion(readInputOrFail(target, displayPath(target, ctx.cwd), MAX_TOOL_BYTES, ctx.lang).toString('utf8')) ?? t(ctx.lang, 'upgrade.unknown-version');
  for (const file of toolFiles(build)) {
    const path = join(root, ...file.path.split('/'));
    // Unchanged files are left alone: cmd.exe reads a running batch file line by line, so
    // rewriting dutylist.cmd under `dutylist upgrade` itself would cut it off mid-run.
    if (existsSync(path) && sameText(path, file.content)) continue;
    writeFileAtomic(path, file.content, ctx.lang);
    if (file.executable) chmodSync(path, 0o755);
    ctx.out(`${displayPath(path, ctx.cwd)}\n`);
  }
  const shown = displayPath(target, ctx.cwd);
  const key = from === build.version ? 'upgrade.same' : newer(from, build.version) ? 'upgrade.older' : 'upgrade.done';
  ctx.err(t(ctx.lang, key, { file: shown, from, to: build.version, version: build.version }) + '\n');
  return 0;
}

/** The nearest folder, from `cwd` upwards, that holds the vendored tool. */
function repositoryRoot(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ...TOOL_FILE.split('/')))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** True when semantic version `a` is later than `b`. */
function newer(a: string, b: string): boolean {
  const parts = (v: string): number[] => v.split(/[.-]/).slice(0, 3).map((n) => Number.parseInt(n, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
}

/** The vendored program is about 1 MB; a file far past that is not one. */
const MAX_TOOL_BYTES = 64 * 1024 * 1024;

function sameText(path: string, content: string): boolean {
  const read = readInput(path, MAX_TOOL_BYTES);
  return read.ok && read.bytes.toString('utf8') === content;
}
