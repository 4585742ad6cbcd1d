// Recalculating an .xlsx with LibreOffice (headless): `juesuan check|fill --recalc` reads formula results computed
// by LibreOffice instead of the results the file cached (stale, or missing in files written by scripts), and the
// tests use it as an independent spreadsheet engine to check that the formulas the product writes compute what the
// product says they compute.
//
// Trap: by default LibreOffice keeps the cached result of a formula in an .xlsx (=A1+A2 cached as 999 stays
// 999), so a naive conversion only echoes back what was written. We therefore run soffice with a throw-away user
// profile whose registrymodifications.xcu sets Calc/Formula/Load/OOXMLRecalcMode = 0 ("always recalculate").
//
// Calls are serialised (one soffice at a time; soffice instances sharing a profile would also collide). The input is
// never touched: a copy is staged under another name and converted into a temporary folder. soffice runs in its own
// process group so that a timeout can kill soffice.bin too; the group is also killed when this process exits or is
// interrupted (Ctrl-C), so no LibreOffice is left behind.
import { ChildProcess, spawn } from "node:child_process";
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const SOFFICE_MISSING = "未找到 LibreOffice（soffice），无法使用 --recalc；请安装 LibreOffice 或在 Excel/WPS 中重新计算并保存";

const TIMEOUT_MS = 120_000;

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Why a recalculation failed; `message` carries the command and soffice's output, for tests and debugging. */
export class LibreOfficeError extends Error {
  constructor(
    readonly kind: "missing" | "timeout" | "failed" | "no-output",
    message: string,
  ) {
    super(message);
  }
}

/**
 * The soffice executable: $SOFFICE when set (then only that one: a wrong path is "not found", not silently another
 * LibreOffice), else the first `soffice` on PATH, else the usual install locations.
 */
export function findSoffice(): string | undefined {
  const candidates = process.env.SOFFICE
    ? [process.env.SOFFICE]
    : [
        ...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, "soffice")),
        "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice/program/soffice",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
      ];
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      if (statSync(c).isFile()) return c;
    } catch {
      // not this one
    }
  }
  return undefined;
}

export function libreOfficeAvailable(): boolean {
  return findSoffice() !== undefined;
}

let workRoot: string | undefined;
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}

/** A temporary folder holding the recalculating profile and staged inputs; removed when the process exits. */
function ensureWorkRoot(): string {
  if (workRoot) return workRoot;
  const root = mkdtempSync(path.join(os.tmpdir(), "juesuan-lo-"));
  mkdirSync(path.join(root, "profile", "user"), { recursive: true });
  writeFileSync(path.join(root, "profile", "user", "registrymodifications.xcu"), RECALC_XCU, "utf8");
  mkdirSync(path.join(root, "stage"));
  process.once("exit", () => {
    for (const child of running) killGroup(child);
    rmSync(root, { recursive: true, force: true });
  });
  workRoot = root;
  return root;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Converts `inputXlsx` with LibreOffice into a new .xlsx whose formula results were recomputed by LibreOffice,
 * and returns its path: `<outDir>/<input name>.recalc.xlsx` (outDir defaults to a fresh temporary folder, removed
 * with the others when the process exits).
 */
export function recalculate(inputXlsx: string, outDir?: string): Promise<string> {
  const run = queue.then(() => convert(inputXlsx, outDir));
  queue = run.catch(() => undefined);
  return run;
}

async function convert(inputXlsx: string, outDir?: string): Promise<string> {
  const soffice = findSoffice();
  if (!soffice) throw new LibreOfficeError("missing", "LibreOffice (soffice) not found: apt-get install libreoffice-calc-nogui");
  const input = path.resolve(inputXlsx);
  if (!existsSync(input)) throw new LibreOfficeError("failed", `recalculate: input not found: ${input}`);

  const root = ensureWorkRoot();
  const out = path.resolve(outDir ?? mkdtempSync(path.join(root, "out-")));
  mkdirSync(out, { recursive: true });

  // soffice names its output after the input; stage a copy under a distinct name so the output can never
  // overwrite the input, even when outDir is the input's folder.
  const stem = `${path.basename(input, path.extname(input))}.recalc`;
  const staged = path.join(root, "stage", `${stem}.xlsx`);
  const output = path.join(out, `${stem}.xlsx`);
  if (output === input) throw new LibreOfficeError("failed", `recalculate: output would overwrite the input ${input}`);
  copyFileSync(input, staged);
  rmSync(output, { force: true });

  const args = [
    `-env:UserInstallation=${pathToFileURL(path.join(root, "profile")).href}`,
    "--headless",
    "--invisible",
    "--norestore",
    "--nolockcheck",
    "--nodefault",
    "--nologo",
    "--convert-to",
    "xlsx",
    "--outdir",
    out,
    staged,
  ];
  const { code, signal, stdout, stderr, timedOut } = await runSoffice(soffice, args);
  rmSync(staged, { force: true });

  const detail = () => `\n  command: ${soffice} ${args.join(" ")}\n  stdout: ${stdout.trim()}\n  stderr: ${stderr.trim()}`;
  if (timedOut) throw new LibreOfficeError("timeout", `LibreOffice conversion timed out after ${TIMEOUT_MS} ms${detail()}`);
  if (code !== 0) throw new LibreOfficeError("failed", `LibreOffice conversion failed (exit ${code ?? signal})${detail()}`);
  // soffice exits 0 even when it cannot load the file ("Error: source file could not be loaded")
  if (!existsSync(output)) throw new LibreOfficeError("no-output", `LibreOffice produced no output ${output}${detail()}`);
  return output;
}

function runSoffice(
  cmd: string,
  args: string[],
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    // own process group, so a timeout kills soffice.bin as well as the soffice launcher script
    const child = spawn(cmd, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    running.add(child);
    // The group does not get the terminal's Ctrl-C: pass it on, then let the signal do what it would have done.
    const onSignal = (sig: NodeJS.Signals) => {
      killGroup(child);
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
      if (workRoot) rmSync(workRoot, { recursive: true, force: true });
      process.kill(process.pid, sig);
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    const done = () => {
      clearTimeout(timer);
      running.delete(child);
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
    };
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, TIMEOUT_MS);
    child.on("error", (err) => {
      done();
      reject(new LibreOfficeError("failed", `cannot start LibreOffice (${cmd}): ${err.message}`));
    });
    child.on("close", (code, signal) => {
      done();
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}
