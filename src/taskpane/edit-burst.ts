// 自动复查 waits for a burst of edits to end (typing down a column, a paste raising one event per area) and then
// re-checks once for every sheet the burst touched. Timers are injected so the logic runs in Node.

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Quiet time after the last edit before re-checking. */
export const EDIT_QUIET_MS = 300;

export class EditBurst {
  private readonly sheets = new Set<string>();
  private timer: unknown;

  constructor(
    private readonly run: (sheets: string[]) => void,
    private readonly quietMs = EDIT_QUIET_MS,
    private readonly timers: Timers = realTimers,
  ) {}

  add(sheets: readonly string[]): void {
    for (const s of sheets) this.sheets.add(s);
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => this.flush(), this.quietMs);
  }

  get pending(): readonly string[] {
    return [...this.sheets];
  }

  /** Re-checks now (the sheets gathered so far), or does nothing when none. */
  flush(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    const sheets = [...this.sheets];
    this.sheets.clear();
    if (sheets.length) this.run(sheets);
  }

  /** Forgets the edits gathered (自动复查 turned off, or a full 校验 reads everything anyway). */
  cancel(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    this.sheets.clear();
  }
}
