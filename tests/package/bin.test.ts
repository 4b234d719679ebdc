/** bin/faultline.js runs the compiled CLI in lib/, and says how to build it when it is missing. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";

describe("bin/faultline.js", () => {
  it("runs the compiled CLI under plain node, with no TypeScript loader", () => {
    expect(readFileSync(join(ROOT, "bin", "faultline.js"), "utf8")).not.toMatch(/tsx|\.ts"/);
    const run = runCli(["resolve", "Levant Liberation Organization", "--json"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('"hts"');
  });

  it("says to run npm run build:lib, and exits 2, when lib/ has not been built", () => {
    const copy = mkdtempSync(join(tmpdir(), "faultline-unbuilt-"));
    mkdirSync(join(copy, "bin"));
    copyFileSync(join(ROOT, "bin", "faultline.js"), join(copy, "bin", "faultline.js"));
    const run = spawnSync(process.execPath, [join(copy, "bin", "faultline.js"), "--help"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("the compiled CLI is missing (lib/); run `npm run build:lib` first");
  });
});
