// An import writes many files (every matter, list.yaml for new types, units.yaml for new units) and
// must leave the list as it was if it stops halfway. Every file is first written into a staging
// folder inside the list; only then is a journal written and each file renamed into place, the
// file it replaces kept in the staging folder. A run that dies while staging leaves the list
// untouched; one that dies while renaming is rolled back by the next import (`recoverImport`).
import { chmodSync, existsSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { makeFolder, writeFileAtomic, writeTarget } from '../io/atomic.js';
import { readInput } from '../io/read-input.js';

/** A journal names one file per imported row: 20,000 short paths. */
const JOURNAL_BYTES = 16 * 1024 * 1024;

export const STAGE_DIR = '.dutylist-import';
const JOURNAL = 'journal.json';

interface JournalEntry {
  /** Target, relative to the list folder. */
  target: string;
  /** Whether the target existed (its old content is kept as old/<n>). */
  existed: boolean;
}

// Tests stop the process at a chosen point to prove the list survives: "stage:N" or "commit:N"
// kills it (SIGKILL, no cleanup) after N files of that phase.
const KILL_AT = process.env.DUTYLIST_TEST_KILL_AT;

function maybeDie(phase: 'stage' | 'commit', done: number): void {
  if (KILL_AT === `${phase}:${done}`) process.kill(process.pid, 'SIGKILL');
}

/**
 * Files staged one by one as they are made (so a 20,000-matter import never holds them all),
 * then renamed into place together by `commit`; `abort` leaves the list untouched.
 */
export class StagedWrites {
  private readonly dir: string;
  private readonly targets: string[] = [];

  constructor(private readonly listDir: string, private readonly lang: Lang) {
    this.dir = join(listDir, STAGE_DIR);
    rmSync(this.dir, { recursive: true, force: true });
    try {
      makeFolder(join(this.dir, 'new'));
      makeFolder(join(this.dir, 'old'));
    } catch (e) {
      this.fail(this.dir, e);
    }
  }

  add(path: string, text: string): void {
    const i = this.targets.length;
    const target = writeTarget(path);
    const staged = join(this.dir, 'new', String(i));
    try {
      writeFileSync(staged, text);
      if (existsSync(target)) chmodSync(staged, statSync(target).mode & 0o7777);
    } catch (e) {
      this.abort();
      this.fail(path, e);
    }
    this.targets.push(target);
    maybeDie('stage', i + 1);
  }

  abort(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  commit(): void {
    const journal: JournalEntry[] = this.targets.map((target) => ({ target: relative(this.listDir, target), existed: existsSync(target) }));
    writeFileAtomic(join(this.dir, JOURNAL), JSON.stringify(journal), this.lang);
    try {
      journal.forEach((entry, i) => {
        const target = resolve(this.listDir, entry.target);
        makeFolder(dirname(target));
        if (entry.existed) renameSync(target, join(this.dir, 'old', String(i)));
        renameSync(join(this.dir, 'new', String(i)), target);
        maybeDie('commit', i + 1);
      });
    } catch (e) {
      rollBack(this.listDir, this.dir, journal);
      this.abort();
      this.fail(this.listDir, e);
    }
    this.abort();
  }

  private fail(path: string, e: unknown): never {
    throw new InputError(t(this.lang, 'write.failed', { file: path, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
}

/** Undoes an import that stopped halfway; true when there was one. */
export function recoverImport(listDir: string): boolean {
  const stage = join(listDir, STAGE_DIR);
  if (!existsSync(stage)) return false;
  const journalPath = join(stage, JOURNAL);
  if (existsSync(journalPath)) {
    let journal: JournalEntry[] = [];
    try {
      const read = readInput(journalPath, JOURNAL_BYTES);
      if (read.ok) journal = JSON.parse(read.bytes.toString('utf8')) as JournalEntry[];
    } catch {
      // A journal is written by rename, whole or not at all; an unreadable one means no rename began.
    }
    rollBack(listDir, stage, journal);
  }
  rmSync(stage, { recursive: true, force: true });
  return true;
}

function rollBack(listDir: string, stage: string, journal: readonly JournalEntry[]): void {
  journal.forEach((entry, i) => {
    const target = resolve(listDir, entry.target);
    const staged = join(stage, 'new', String(i));
    const old = join(stage, 'old', String(i));
    if (existsSync(old)) renameSync(old, target);
    else if (!entry.existed && !existsSync(staged) && existsSync(target)) unlinkSync(target);
  });
}


