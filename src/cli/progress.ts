// Progress on stderr for long folder runs: a bar redrawn in place on a terminal, one line per file otherwise.

import path from "node:path";

export interface Progress {
  step(done: number, file: string): void;
  end(): void;
}

export function progress(total: number, write: (t: string) => void, isTty: boolean): Progress {
  const WIDTH = 24;
  return {
    step(done, file) {
      const name = path.basename(file);
      if (!isTty) {
        write(`[${done}/${total}] ${name}\n`);
        return;
      }
      const filled = Math.round((done / total) * WIDTH);
      write(`\r校验中 [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${done}/${total} ${name.slice(0, 40).padEnd(40)}`);
    },
    end() {
      if (isTty) write("\n");
    },
  };
}

/** Only folders with more than a few workbooks get a progress display. */
export const PROGRESS_THRESHOLD = 3;
