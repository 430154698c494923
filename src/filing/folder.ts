// A package folder written whole or not at all: the files go into a temporary folder beside the
// target, which is then renamed into place. A previous package in the target (it has a
// manifest.json) is replaced; any other folder there is left alone.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { MANIFEST_FILE } from './manifest.js';

export class PackageFolder {
  readonly temp: string;

  constructor(readonly target: string, private readonly shown: string, private readonly lang: Lang) {
    if (existsSync(target) && !replaceable(target)) throw new InputError(t(lang, 'filing.exists', { dir: shown }));
    mkdirSync(dirname(target), { recursive: true });
    this.temp = mkdtempSync(join(dirname(target), `.${basename(target)}.tmp-`));
    // mkdtemp makes a private folder; the package is an ordinary one.
    chmodSync(this.temp, 0o755);
  }

  write(file: string, bytes: Uint8Array | string): void {
    try {
      writeFileSync(join(this.temp, file), bytes);
    } catch (e) {
      throw new InputError(t(this.lang, 'write.failed', { file: join(this.shown, file), detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
    }
  }

  /** Puts the folder in place (replacing an earlier package). */
  commit(): void {
    const old = existsSync(this.target) ? `${this.temp}-old` : undefined;
    try {
      if (old) renameSync(this.target, old);
      renameSync(this.temp, this.target);
    } catch (e) {
      if (old && !existsSync(this.target) && existsSync(old)) renameSync(old, this.target);
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      throw new InputError(t(this.lang, ['EBUSY', 'EPERM', 'EACCES'].includes(code) ? 'write.locked' : 'write.failed', { file: this.shown, detail: code }));
    }
    if (old) rmSync(old, { recursive: true, force: true });
  }

  discard(): void {
    rmSync(this.temp, { recursive: true, force: true });
  }
}

function replaceable(dir: string): boolean {
  if (!statSync(dir).isDirectory()) return false;
  const names = readdirSync(dir);
  return names.length === 0 || names.includes(MANIFEST_FILE);
}
