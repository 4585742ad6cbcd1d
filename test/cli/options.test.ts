// Strict options per command (issue 13, item 5): an unknown option, a value given to a switch or a missing value
// is a usage error (exit 2) naming the option and suggesting the nearest valid one; `juesuan` alone prints usage.
import { existsSync } from "node:fs";
import path from "node:path";
import { editDistance, nearest, parseArgs } from "../../src/cli/args";
import { SAMPLE_PATH } from "../helpers/sample";
import { run, tempDir } from "./helpers";

const dir = tempDir("opts");

/** A usage error: exit 2, nothing on stdout, the message on stderr's first line, then the command's usage. */
async function expectUsageError(args: string[], message: string): Promise<string> {
  const r = await run(args);
  expect([r.code, r.out]).toEqual([2, ""]);
  const lines = r.err.split("\n");
  expect(lines[0]).toBe(`juesuan: ${message}`);
  expect(lines[1]).toBe("用法：");
  expect(r.err).toContain("运行 juesuan --help 查看完整说明。");
  return r.err;
}

describe("unknown options are refused with the nearest valid one (were: ignored)", () => {
  test("check --jsn → --json", async () => {
    const err = await expectUsageError(["check", "--jsn"], "未知选项 --jsn，是否想用 --json？");
    expect(err).toContain("juesuan check [文件.xlsx|文件夹 …]");
    expect(err).not.toContain("juesuan template");
  });

  test("template project --out x.xlsx --bogus: refused, nothing written", async () => {
    const out = path.join(dir, "x.xlsx");
    const err = await expectUsageError(["template", "project", "--out", out, "--bogus"], "未知选项 --bogus（template 可用的选项：--out --indicators --profile --year --force）");
    expect(err).toContain("juesuan template project|dept");
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    [["fill", SAMPLE_PATH, "--out", "x.xlsx", "--overwrit"], "未知选项 --overwrit，是否想用 --overwrite？"],
    [["check", "--recal"], "未知选项 --recal，是否想用 --recalc？"],
    [["check", "--prfile", "national"], "未知选项 --prfile，是否想用 --profile？"],
    [["template", "dept", "--out", "x.xlsx", "--indicator", "5"], "未知选项 --indicator，是否想用 --indicators？"],
    [["check", "--overwrite"], "check 没有选项 --overwrite（它属于 fill）"],
    [["check", "--year", "2023"], "check 没有选项 --year（它属于 template）"],
    [["check", "-j"], "未知选项 -j（选项以 -- 开头，例如 --json）"],
  ])("%j", async (args, message) => {
    await expectUsageError(args, message);
  });
});

describe("values: switches take none, valued options need one", () => {
  test.each([
    [["check", "--json=1"], "选项 --json 是开关，不接受值（收到 --json=1）"],
    [["fill", SAMPLE_PATH, "--out", "x.xlsx", "--overwrite=yes"], "选项 --overwrite 是开关，不接受值（收到 --overwrite=yes）"],
    [["check", SAMPLE_PATH, "--out"], "选项 --out 需要一个值"],
    [["check", SAMPLE_PATH, "--out", "--json"], "选项 --out 需要一个值"],
    [["check", "--profile="], "选项 --profile 需要一个值"],
    [["check", "--out", "a.xlsx", "--out", "b.xlsx"], "选项 --out 只能给一次（收到 a.xlsx 和 b.xlsx）"],
  ])("%j", async (args, message) => {
    await expectUsageError(args, message);
  });

  test("--name=value is --name value", () => {
    expect(parseArgs(["check", "--profile=province-80-70-60", "a.xlsx"]).flags.get("profile")).toBe("province-80-70-60");
    expect(parseArgs(["check", "--profile", "national", "a.xlsx"])).toEqual({
      command: "check",
      positional: ["a.xlsx"],
      flags: new Map([["profile", "national"]]),
    });
  });

  test("after --, a file may start with a dash", () => {
    expect(parseArgs(["check", "--json", "--", "--odd.xlsx"])).toEqual({ command: "check", positional: ["--odd.xlsx"], flags: new Map([["json", true]]) });
  });

  test("an unknown scoring profile is a usage error before any work", async () => {
    await expectUsageError(["check", SAMPLE_PATH, "--profile", "mars", "--json"], "未知的评分口径：mars（可选：national、province-80-70-60）");
  });
});

describe("commands", () => {
  test("`juesuan` alone prints the usage and a hint to try the sample, exit 0 (was: checked the sample)", async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out.startsWith("用法：\n  juesuan check [文件.xlsx|文件夹 …]")).toBe(true);
    expect(r.out.endsWith("\n\n试一试：juesuan check  （校验内置样例工作簿）\n")).toBe(true);
    expect(r.out).not.toContain("识别到");
  });

  test("`juesuan check` with no file still checks the bundled sample", async () => {
    const r = await run(["check"]);
    expect(r.code).toBe(1);
    expect(r.out.split("\n").slice(0, 3)).toEqual([`文件：${path.join("assets", "sample", "sample.xlsx")}`, "  模板：云南（公开01–公开12）（自动识别）", "  识别到 33 张表："]);
  });

  test("--help and --version work anywhere, even next to a mistake", async () => {
    for (const args of [["--help"], ["-h"], ["check", "--jsn", "--help"], ["help"]]) {
      const r = await run(args);
      expect([args, r.code, r.out.startsWith("用法："), r.err]).toEqual([args, 0, true, ""]);
    }
    expect((await run(["fill", "--version"])).out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test.each([
    [["chekc"], "未知命令 chekc，是否想用 check？"],
    [["frobnicate"], "未知命令 frobnicate（可用的命令：check、fill、template）"],
    [["报表.xlsx"], "未知命令 报表.xlsx：请把命令写在前面，例如 juesuan check 报表.xlsx"],
    [["--json"], "请先写命令再写选项，例如 juesuan check --json"],
  ])("%j", async (args, message) => {
    const r = await run(args);
    expect([r.code, r.out, r.err.split("\n")[0]]).toEqual([2, "", `juesuan: ${message}`]);
  });
});

test("edit distance and the nearest option", () => {
  expect(editDistance("jsn", "json")).toBe(1);
  expect(editDistance("kitten", "sitting")).toBe(3);
  expect(editDistance("", "out")).toBe(3);
  expect(editDistance("chekc", "check")).toBe(1); // two neighbours swapped
  expect(nearest("jsn", ["json", "out", "profile"])).toBe("json");
  expect(nearest("ot", ["overwrite", "out"])).toBe("out");
  expect(nearest("over", ["overwrite", "json"])).toBe("overwrite"); // a prefix
  expect(nearest("bogus", ["out", "indicators", "profile", "year", "force"])).toBeUndefined();
});
