// A progress bar for long exports (10,000 matters): on stderr, only on a terminal, never in a CI
// log or a pipe, and only once the job has run a second — short runs print nothing extra.
const DELAY_MS = 1000;
const WIDTH = 30;

export interface Progress {
  /** `done` of the total are finished. */
  update(done: number): void;
  /** Clears the bar. */
  end(): void;
}

const SILENT: Progress = { update: () => undefined, end: () => undefined };

export function progressBar(total: number, label: string, enabled: boolean, write: (text: string) => void, now: () => number = Date.now): Progress {
  if (!enabled || total <= 0) return SILENT;
  const started = now();
  let shown = false;
  let lastPercent = -1;
  let calls = 0;
  return {
    update(done) {
      // Reading the clock for every row costs more than the row: look every 64 rows.
      if (++calls % 64 !== 0 && done < total) return;
      if (!shown && now() - started < DELAY_MS) return;
      const percent = Math.floor((done * 100) / total);
      if (percent === lastPercent) return;
      shown = true;
      lastPercent = percent;
      const filled = Math.round((percent / 100) * WIDTH);
      write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${percent}% ${done}/${total}`);
    },
    end() {
      if (shown) write('\r\u001b[K');
    },
  };
}
