// Progress on stderr for folder runs: on a terminal a line redrawn in place with the count, the rate and the time
// left; otherwise quiet lines — one per file for a small run, at most one a second for a large one.

import path from "node:path";

export interface Progress {
  step(done: number, file: string): void;
  end(): void;
}

/** A small run lists every file in logs; a larger one prints a line at most this often. */
const EVERY_FILE_UP_TO = 20;
const QUIET_INTERVAL_MS = 1000;

/** "1分05秒", "42秒". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}秒`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}分${String(s % 60).padStart(2, "0")}秒`;
  return `${Math.floor(m / 60)}小时${String(m % 60).padStart(2, "0")}分`;
}

export function progress(total: number, write: (t: string) => void, isTty: boolean, now: () => number = () => performance.now()): Progress {
  const WIDTH = 24;
  const started = now();
  let lastLine = -Infinity;
  const rateText = (done: number) => {
    const seconds = (now() - started) / 1000;
    if (done === 0 || seconds <= 0) return "";
    const rate = done / seconds;
    return `${rate.toFixed(1)} 个/秒，预计剩余 ${duration((total - done) / rate)}`;
  };
  return {
    step(done, file) {
      const name = path.basename(file);
      if (!isTty) {
        if (total <= EVERY_FILE_UP_TO) return write(`[${done}/${total}] ${name}\n`);
        if (done < total && now() - lastLine < QUIET_INTERVAL_MS) return;
        lastLine = now();
        return write(`[${done}/${total}] ${rateText(done)}\n`);
      }
      const filled = Math.round((done / total) * WIDTH);
      write(`\r校验中 [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${done}/${total} ${rateText(done)} ${name.slice(0, 30).padEnd(30)}`);
    },
    end() {
      if (isTty) write("\n");
    },
  };
}

/** Only folders with more than a few workbooks get a progress display. */
export const PROGRESS_THRESHOLD = 3;
