import { relative, sep } from 'node:path';
import { checkList, errorCount } from '../check/run.js';
import { GitRepo } from '../diff/git.js';
import { InputError, UsageError } from '../errors.js';
import { registerMessages, t } from '../i18n/index.js';
import { launcherCommand } from '../init/launcher.js';
import { writeFileAtomic } from '../io/atomic.js';
import { displayPath } from '../load/list.js';
import { readYamlFile } from '../load/read.js';
import { releaseMessages } from '../release/messages.js';
import { stampManifest } from '../release/stamp.js';
import { formatters } from '../report/index.js';
import { parseDate, reportOptions } from './check.js';
import type { CommandContext } from './context.js';

registerMessages(releaseMessages);

export interface ReleaseCommandOptions {
  /** 施行日期 of the new version (YYYY-MM-DD); default today. */
  effective?: string;
  /** Also tag the current commit vVERSION, when the list's files are committed. */
  tag?: boolean;
}

const VERSION = /^\d{4}\.\d+$/;

/** `dutylist release VERSION`: check, stamp list.yaml, optionally tag; commits nothing. */
export async function releaseCommand(version: string, listArg: string | undefined, opts: ReleaseCommandOptions, ctx: CommandContext): Promise<number> {
  if (!VERSION.test(version)) throw new UsageError(t(ctx.lang, 'release.bad-version', { version }));
  const effective = parseDate(opts.effective, ctx) ?? ctx.today;
  // The citations must hold on the day the version takes effect.
  const checked = checkList(listArg, { lang: ctx.lang, onDate: effective, cwd: ctx.cwd });
  const errors = errorCount(checked.diagnostics);
  if (checked.diagnostics.length > 0) ctx.err(formatters.stylish(checked.diagnostics, reportOptions(checked, effective, ctx)));
  if (errors > 0 || !checked.manifest) {
    ctx.err(t(ctx.lang, 'release.refused', { errors: Math.max(errors, 1), version }) + '\n');
    return 1;
  }
  const { manifest, location } = checked;
  if (compareVersions(version, manifest.version) < 0) throw new UsageError(t(ctx.lang, 'release.older', { version, current: manifest.version }));

  const file = displayPath(location.manifest, ctx.cwd);
  const stamped = manifest.version !== version || manifest.effective !== effective;
  if (stamped) {
    const source = readYamlFile(location.manifest, file).source;
    if (!source) throw new InputError(t(ctx.lang, 'file/unreadable', { detail: file }));
    writeFileAtomic(location.manifest, stampManifest(source.text, { version, effective }), ctx.lang);
    ctx.err(t(ctx.lang, 'release.stamped', { file, version, effective, oldVersion: manifest.version, oldEffective: manifest.effective }) + '\n');
  } else {
    ctx.err(t(ctx.lang, 'release.unchanged', { file, version, effective }) + '\n');
  }

  const tag = `v${version}`;
  const command = launcherCommand(ctx.cwd);
  const next: string[] = [];
  let code = 0;
  if (opts.tag) {
    const outcome = tagRelease(location.dir, tag, ctx);
    if (outcome.dirty.length > 0) {
      next.push(t(ctx.lang, 'release.next.commit', { files: outcome.dirty.join(' '), version }), t(ctx.lang, 'release.next.tag', { command, version, tag }));
    } else if (outcome.failed) {
      code = 2;
    } else {
      next.push(t(ctx.lang, 'release.next.push', { tag }));
    }
  } else {
    if (stamped) next.push(t(ctx.lang, 'release.next.commit', { files: file, version }));
    next.push(t(ctx.lang, 'release.next.tag', { command, version, tag }));
  }
  next.push(t(ctx.lang, 'release.next.export', { command, workbook: `${manifest.title}.xlsx` }));
  ctx.out(`${t(ctx.lang, 'release.next')}\n${next.join('\n')}\n`);
  return code;
}

/** Tags the current commit when the list's files hold no uncommitted change. */
function tagRelease(listDir: string, tag: string, ctx: CommandContext): { dirty: string[]; failed: boolean } {
  let repo: GitRepo;
  try {
    repo = GitRepo.at(listDir, displayPath(listDir, ctx.cwd), ctx.lang);
  } catch {
    throw new InputError(t(ctx.lang, 'release.no-git', { dir: displayPath(listDir, ctx.cwd) }));
  }
  // The list folder and the registries beside it (units.yaml, laws/) are what the version is made of.
  const scope = relative(repo.root, listDir).split(sep).slice(0, -1).join('/') || '.';
  const dirty = repo.changedFiles([scope]).map((p) => displayPath(`${repo.root}/${p}`, ctx.cwd));
  const head = repo.head();
  if (dirty.length > 0 || head === undefined) {
    ctx.err(t(ctx.lang, 'release.dirty', { files: dirty.join('、') || displayPath(listDir, ctx.cwd) }) + '\n');
    return { dirty: dirty.length > 0 ? dirty : [displayPath(listDir, ctx.cwd)], failed: false };
  }
  const existing = repo.tagCommit(tag);
  if (existing === head) {
    ctx.err(t(ctx.lang, 'release.tag-already', { tag }) + '\n');
    return { dirty: [], failed: false };
  }
  if (existing) {
    ctx.err(t(ctx.lang, 'release.tag-exists', { tag, commit: existing.slice(0, 7) }) + '\n');
    return { dirty: [], failed: true };
  }
  const refused = repo.createTag(tag);
  if (refused !== undefined) {
    ctx.err(t(ctx.lang, 'release.tag-failed', { tag, detail: refused }) + '\n');
    return { dirty: [], failed: true };
  }
  ctx.err(t(ctx.lang, 'release.tagged', { tag, commit: head.slice(0, 7) }) + '\n');
  return { dirty: [], failed: false };
}

/** Year, then number: 2026.10 comes after 2026.9. */
function compareVersions(a: string, b: string): number {
  const [ya = 0, na = 0] = a.split('.').map(Number);
  const [yb = 0, nb = 0] = b.split('.').map(Number);
  return ya - yb || na - nb;
}
