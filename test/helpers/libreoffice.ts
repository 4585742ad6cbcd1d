// Recalculating an .xlsx with LibreOffice: an independent spreadsheet engine to check that the formulas the
// product writes compute what the product says they compute.
//
// Trap: by default LibreOffice keeps the cached result of a formula in an .xlsx (=A1+A2 cached as 999 stays
// 999), so a naive conversion only echoes back what we wrote. We therefore run soffice with a throw-away user
// profile whose registrymodifications.xcu sets Calc/Formula/Load/OOXMLRecalcMode = 0 ("always recalculate").
//
// Calls are serialised (one soffice at a time; soffice instances sharing a profile would also collide).
import { spawn } from "node:child_process";
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const TIMEOUT_MS = 120_000;

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice executable: $SOFFICE, else the first `soffice` on PATH, else Debian's install location. */
function findSoffice(): string | undefined {
  const candidates = [
    process.env.SOFFICE,
    ...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, "soffice")),
    "/usr/lib/libreoffice/program/soffice",
  ];
  for (const c of candidates) {
    if (!c) continue;
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

/** A temporary folder holding the recalculating profile and staged inputs; removed when the process exits. */
function ensureWorkRoot(): string {
  if (workRoot) return workRoot;
  const root = mkdtempSync(path.join(os.tmpdir(), "juesuan-lo-"));
  mkdirSync(path.join(root, "profile", "user"), { recursive: true });
  writeFileSync(path.join(root, "profile", "user", "registrymodifications.xcu"), RECALC_XCU, "utf8");
  mkdirSync(path.join(root, "stage"));
  process.once("exit", () => rmSync(root, { recursive: true, force: true }));
  workRoot = root;
  return root;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Converts `inputXlsx` with LibreOffice into a new .xlsx whose formula results were recomputed by LibreOffice,
 * and returns its path: `<outDir>/<input name>.recalc.xlsx` (outDir defaults to a fresh temporary folder).
 */
export function recalculate(inputXlsx: string, outDir?: string): Promise<string> {
  const run = queue.then(() => convert(inputXlsx, outDir));
  queue = run.catch(() => undefined);
  return run;
}

async function convert(inputXlsx: string, outDir?: string): Promise<string> {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) not found: apt-get install libreoffice-calc-nogui");
  const input = path.resolve(inputXlsx);
  if (!existsSync(input)) throw new Error(`recalculate: input not found: ${input}`);

  const root = ensureWorkRoot();
  const out = path.resolve(outDir ?? mkdtempSync(path.join(root, "out-")));
  mkdirSync(out, { recursive: true });

  // soffice names its output after the input; stage a copy under a distinct name so the output can never
  // overwrite the input, even when outDir is the input's folder.
  const stem = `${path.basename(input, path.extname(input))}.recalc`;
  const staged = path.join(root, "stage", `${stem}.xlsx`);
  const output = path.join(out, `${stem}.xlsx`);
  if (output === input) throw new Error(`recalculate: output would overwrite the input ${input}`);
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
  if (timedOut) throw new Error(`LibreOffice conversion timed out after ${TIMEOUT_MS} ms${detail()}`);
  if (code !== 0) throw new Error(`LibreOffice conversion failed (exit ${code ?? signal})${detail()}`);
  // soffice exits 0 even when it cannot load the file ("Error: source file could not be loaded")
  if (!existsSync(output)) throw new Error(`LibreOffice produced no output ${output}${detail()}`);
  return output;
}

function runSoffice(
  cmd: string,
  args: string[],
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    // own process group, so a timeout kills soffice.bin as well as the soffice launcher script
    const child = spawn(cmd, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, TIMEOUT_MS);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(new Error(`cannot start LibreOffice (${cmd}): ${err.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}
