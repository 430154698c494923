import type { Lang } from '../i18n/index.js';

/** What every command receives from the CLI layer: language, colour, and where to write. */
export interface CommandContext {
  lang: Lang;
  /** True when output may carry ANSI colour (TTY, not NO_COLOR, not --no-color). */
  color: boolean;
  /** Results (stdout). */
  out: (text: string) => void;
  /** Progress and chatter (stderr). Both out and err escape control, bidi and zero-width
   *  characters of the text they are given (src/report/printable.ts). */
  err: (text: string) => void;
  /** stderr as it is, for the progress bar's own carriage returns and erase sequence only. */
  status?: (text: string) => void;
  cwd: string;
  /** Today's date as YYYY-MM-DD (overridable for tests with DUTYLIST_TODAY). */
  today: string;
  /** Environment (CI variables such as GITHUB_STEP_SUMMARY); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Progress bars may be drawn on stderr: it is a terminal, and not a CI log. */
  progress?: boolean;
  /** Asks the person at the terminal and returns the answer; absent when nobody is there
   *  (stdin or stderr not a terminal, CI), so commands never wait for input that cannot come. */
  ask?: (question: string) => Promise<string>;
}
