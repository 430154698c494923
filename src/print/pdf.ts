// Workbook → PDF through LibreOffice (`soffice --headless`), the same office suite the tests print
// with. The conversion runs in a private temporary folder with its own LibreOffice profile (a
// running LibreOffice on the user's profile would swallow the job), and the PDF is moved to its
// place with an atomic rename. Used by `export` and `diff -o`; anything that writes a workbook may.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../errors.js';
import { registerMessages, t, type Lang } from '../i18n/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { printMessages } from './messages.js';

registerMessages(printMessages);

/** A PDF conversion takes seconds; a hung office suite must not hang the command. */
const TIMEOUT_MS = 180_000;

/** Whether an output path asks for a PDF. */
export function isPdfPath(path: string): boolean {
  return /\.pdf$/i.test(path);
}

/** The soffice executable: `DUTYLIST_SOFFICE`, then PATH, then the usual install folders. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env.DUTYLIST_SOFFICE;
  if (named) return existsSync(named) ? named : undefined;
  const exe = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of exe) if (existsSync(join(dir, name))) return join(dir, name);
  }
  const usual = process.platform === 'win32'
    ? [join(env.ProgramFiles ?? 'C:\\Program Files', 'LibreOffice', 'program', 'soffice.exe'), join(env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'LibreOffice', 'program', 'soffice.exe')]
    : ['/Applications/LibreOffice.app/Contents/MacOS/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];
  return usual.find((p) => existsSync(p));
}

/** Converts workbook bytes to a PDF written atomically at `target`. Input error (exit 2) without LibreOffice. */
export async function convertToPdf(xlsx: Uint8Array, target: string, lang: Lang, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const soffice = findSoffice(env);
  if (!soffice) throw new InputError(t(lang, 'pdf.no-office'));
  const dir = mkdtempSync(join(tmpdir(), 'dutylist-pdf-'));
  try {
    const input = join(dir, 'document.xlsx');
    writeFileSync(input, xlsx, { mode: 0o600 });
    const args = [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', dir, input];
    const detail = await run(soffice, args);
    const pdf = join(dir, 'document.pdf');
    if (!existsSync(pdf)) throw new InputError(t(lang, 'pdf.failed', { detail: detail || 'no output', file: target }));
    writeFileAtomic(target, readFileSync(pdf), lang);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Resolves with a short reason on failure (the caller checks for the PDF), never rejects.
function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: TIMEOUT_MS, windowsHide: true, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, HOME: process.env.HOME ?? tmpdir() } }, (error, _stdout, stderr) => {
      if (!error) return resolve('');
      const reason = error.killed ? `timeout ${TIMEOUT_MS / 1000} s` : String(stderr).trim().split('\n').pop() || error.message;
      resolve(reason.slice(0, 200));
    });
  });
}
