// A worker thread of `check --jobs N`: checks the files the main thread sends, one at a time, and posts back plain
// data (checked-file.ts). A bug in the engine comes back as `bug`: that file is reported as failed, the batch goes on.

import { parentPort, workerData } from "node:worker_threads";
import { checkFile, CheckFileOptions } from "./check";
import { checkedFile } from "./checked-file";
import { ReportOptions } from "./report";

export interface WorkerSetup {
  readonly check: CheckFileOptions;
  readonly report: ReportOptions;
}

export interface WorkerJob {
  readonly index: number;
  readonly file: string;
  readonly annotateTo?: string;
}

const setup = workerData as WorkerSetup;

parentPort?.on("message", (job: WorkerJob) => {
  checkFile(job.file, { ...setup.check, annotateTo: job.annotateTo }).then(
    (r) => parentPort?.postMessage({ index: job.index, done: checkedFile(r, setup.report) }),
    (e: unknown) => parentPort?.postMessage({ index: job.index, bug: String((e as Error)?.message ?? e) }),
  );
});
