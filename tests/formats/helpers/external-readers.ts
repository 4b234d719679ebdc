import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GEXF_SCHEMA, materialFile } from "../../helpers/shared-material.js";

/** Python with networkx (the `python3` on PATH, else Debian's). */
export { NETWORKX_PYTHON } from "../../helpers/python-with.js";

/** Debian's Python, with python3-igraph installed by .ci/run. */
export const IGRAPH_PYTHON = "/usr/bin/python3";

/** Writes text into a fresh temporary folder and returns the file's path. */
export function writeTempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "faultline-format-test-")), name);
  writeFileSync(path, text);
  return path;
}

/**
 * Validates files against the GEXF 1.3 RELAX NG schema with Debian's xmllint; returns what it said.
 * Needs the schema (guard the test with `itWith([GEXF_SCHEMA])` / `describeWith`).
 */
export function xmllintGexf(files: readonly string[]): { status: number | null; output: string } {
  const rng = materialFile(GEXF_SCHEMA, "gexf.rng");
  const run = spawnSync("xmllint", ["--noout", "--relaxng", rng, ...files], { encoding: "utf8" });
  if (run.error) throw run.error;
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Runs a Python script with arguments and parses the JSON it prints; fails loudly on a non-zero exit. */
export function runPython<T>(python: string, script: string, args: readonly string[] = []): T {
  const run = spawnSync(python, ["-c", script, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`${python} exited ${run.status}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
