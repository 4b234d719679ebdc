import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

const REGISTER = resolve(ROOT, "tests", "helpers", "module-log", "register.mjs");
const logs = mkdtempSync(join(tmpdir(), "faultline-model-modules-"));
afterAll(() => rmSync(logs, { recursive: true, force: true }));

/** The URLs of every module node loads when it imports one compiled module of lib/ (built by the global setup). */
function modulesLoadedByImporting(compiled: string): string[] {
  const log = join(logs, `${compiled.replaceAll("/", "-")}.txt`);
  const run = spawnSync(process.execPath, ["--import", REGISTER, resolve(ROOT, "lib", compiled)], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, FAULTLINE_MODULE_LOG: log },
  });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(log, "utf8").split("\n").filter(Boolean);
}

describe("src/model/core.ts, the model without its schemas", () => {
  it("loads neither zod nor a schema module", () => {
    const loaded = modulesLoadedByImporting("model/core.js");
    expect(loaded.some((url) => url.endsWith("/lib/model/vocabulary.js"))).toBe(true);
    expect(
      loaded.filter((url) => url.includes("/node_modules/zod/") || url.includes("/model/schemas/")),
    ).toEqual([]);
  });

  it("while the complete barrel, src/model/index.ts, does load zod (so the check above can fail)", () => {
    const loaded = modulesLoadedByImporting("model/index.js");
    expect(loaded.filter((url) => url.includes("/node_modules/zod/"))).not.toEqual([]);
  });
});
