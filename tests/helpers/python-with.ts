/**
 * Which Python to run an independent reader with: the `python3` on PATH when it has the module,
 * else Debian's /usr/bin/python3 (where .ci/run installs python3-networkx and python3-igraph).
 */
import { spawnSync } from "node:child_process";

const CANDIDATES = ["python3", "/usr/bin/python3"] as const;

/** True when `python` can import `module`. */
function canImport(python: string, module: string): boolean {
  const run = spawnSync(python, ["-c", `import ${module}`], { stdio: "ignore" });
  return run.status === 0;
}

/** The first Python that can import `module`; `python3` when none can (its run then says why). */
export function pythonWith(module: string): string {
  return CANDIDATES.find((python) => canImport(python, module)) ?? "python3";
}

/** Python with networkx. */
export const NETWORKX_PYTHON = pythonWith("networkx");
