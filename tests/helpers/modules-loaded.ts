import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect } from "vitest";
import { ROOT } from "./run-cli.js";

const REGISTER = resolve(ROOT, "tests", "helpers", "module-log", "register.mjs");

/**
 * Runs the real CLI with a module hook and returns every module it loaded, as paths from the root
 * (src/X for both the sources and their compiled lib/X.js); fails when the run did not exit 0.
 */
export function modulesLoadedBy(args: readonly string[]): string[] {
  return modulesLoadedRunning("bin/faultline.js", args);
}

/** Runs one script of the project (a path from the root) under node with the module hook; the modules it loaded, as modulesLoadedBy names them. */
export function modulesLoadedRunning(script: string, args: readonly string[] = []): string[] {
  const log = join(mkdtempSync(join(tmpdir(), "faultline-modules-")), "modules.txt");
  const run = spawnSync(process.execPath, ["--import", REGISTER, resolve(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, FAULTLINE_MODULE_LOG: log },
  });
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

/** The loaded modules (source or compiled) that lie in one of these folders or packages. */
export function modulesWithin(modules: readonly string[], prefixes: readonly string[]): string[] {
  return modules.filter((m) => prefixes.some((p) => m.startsWith(p) || m.includes(`/${p}`)));
}
