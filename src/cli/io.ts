// Where a command writes: its report on `out`, problems and progress on `err`. Commands take an Io so that tests
// run them in-process and the binary passes the process's streams.

export interface Io {
  out(text: string): void;
  err(text: string): void;
}
