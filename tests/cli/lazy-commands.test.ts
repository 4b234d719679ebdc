import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

const REGISTER = resolve(ROOT, "tests", "helpers", "module-log", "register.mjs");

/** Runs the real CLI with a module hook and returns every module it loaded, as paths from the root. */
function modulesLoadedBy(args: readonly string[]): string[] {
  const log = join(mkdtempSync(join(tmpdir(), "faultline-modules-")), "modules.txt");
  const run = spawnSync(
    process.execPath,
    ["--import", REGISTER, resolve(ROOT, "bin", "faultline.js"), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, FAULTLINE_MODULE_LOG: log },
    },
  );
  expect(run.status, run.stderr).toBe(0);
  return (
    readFileSync(log, "utf8")
      .split("\n")
      .filter((url) => url.startsWith("file://"))
      .map((url) => decodeURIComponent(new URL(url).pathname))
      // Paths inside the project relative to it; packages reached through a link keep their full path.
      .map((path) => (path.startsWith(`${ROOT}/`) ? path.slice(ROOT.length + 1) : path))
      // The compiled CLI runs lib/X.js, the sources src/X.ts: name both as src/X.
      .map((path) => path.replace(/^lib\//, "src/").replace(/\.(?:js|ts)$/, ""))
  );
}

/** Whether a loaded module (source or compiled) lies in one of these folders or packages. */
const within = (modules: readonly string[], prefixes: readonly string[]) =>
  modules.filter((m) => prefixes.some((p) => m.startsWith(p) || m.includes(`/${p}`)));

/** What answering about names never needs: analysis, exports and imports, and their libraries. */
const HEAVY = [
  "src/analysis/",
  "src/formats/gexf",
  "src/formats/graphml",
  "src/formats/csv",
  "src/formats/export",
  "src/import/",
  "src/draft/",
  "node_modules/graphology-metrics/",
  "node_modules/graphology-communities-louvain/",
  "node_modules/graphology-shortest-path/",
];

describe("commands load lazily: a question imports only the code that answers it", () => {
  it("resolve loads its own module and no analysis, format or other command code", () => {
    const modules = modulesLoadedBy(["resolve", "Assad"]);
    expect(within(modules, ["src/cli/commands/resolve"])).toHaveLength(1);
    expect(within(modules, HEAVY)).toEqual([]);
    expect(within(modules, ["src/cli/commands/"]).sort()).toEqual([
      "src/cli/commands/index",
      "src/cli/commands/resolve",
    ]);
  });

  it("the program's help loads no command module at all", () => {
    const modules = modulesLoadedBy(["--help"]);
    expect(within(modules, ["src/cli/commands/"])).toEqual(["src/cli/commands/index"]);
    expect(within(modules, ["src/query/", "src/graph/", "node_modules/zod/", ...HEAVY])).toEqual([]);
  });

  it("the hook does see what a command needs: centrality loads graphology-metrics, export gexf the GEXF writer", () => {
    expect(
      within(modulesLoadedBy(["centrality", "--top", "1"]), ["node_modules/graphology-metrics/"]),
    ).not.toEqual([]);
    const exported = modulesLoadedBy([
      "export",
      "gexf",
      "--out",
      join(mkdtempSync(join(tmpdir(), "faultline-")), "g.gexf"),
    ]);
    expect(within(exported, ["src/formats/gexf-writer"])).toHaveLength(1);
    expect(within(exported, ["node_modules/graphology-metrics/"])).toEqual([]);
  });
});
