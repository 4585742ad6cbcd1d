// How `check` writes each file's result the moment it is handed on (in input order): the text report, the JSON
// document (opened first, one entry per file, closed at the end — or when interrupted, so it always parses), or
// JSON Lines (one file's object per line, the same object as in the JSON document's `files`).

import { FileJson } from "./check-json";
import type { Io } from "./io";
import { closingReport, RunTotals } from "./report";

export interface ResultSink {
  file(json: FileJson, text: readonly string[]): void;
  end(totals: RunTotals): void;
}

export function textSink(io: Io, several: boolean): ResultSink {
  return {
    file(json, text) {
      if (!text.length) return;
      // Each file's part ends with a blank line when others follow or the total closes the report.
      io.out(`${text.join("\n")}\n${several ? "\n" : ""}`);
    },
    end(totals) {
      if (several) io.out(closingReport(totals).join("\n"));
      else if (totals.interrupted) io.out("已中断（Ctrl-C）\n");
    },
  };
}

/** A JSON value indented to sit at `depth` levels of two spaces. */
function indented(value: unknown, depth: number): string {
  const pad = "  ".repeat(depth);
  return pad + JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

export function jsonSink(io: Io, version: string): ResultSink {
  let count = 0;
  io.out(`{\n  "tool": "juesuan",\n  "version": ${JSON.stringify(version)},\n  "files": [`);
  return {
    file(json) {
      io.out(`${count++ ? "," : ""}\n${indented(json, 2)}`);
    },
    end(totals) {
      io.out(`${count ? "\n  " : ""}]${totals.interrupted ? ',\n  "interrupted": true' : ""}\n}\n`);
    },
  };
}

export function jsonlSink(io: Io): ResultSink {
  return {
    file(json) {
      io.out(`${JSON.stringify(json)}\n`);
    },
    end() {},
  };
}
