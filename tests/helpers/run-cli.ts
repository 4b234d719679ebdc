import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

/** The project root, where bin/faultline.js lives. */
export const ROOT = resolve(import.meta.dirname, "..", "..");

/** What a CLI run printed and how it exited. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns the real `faultline` command as a user would (node bin/faultline.js ARGS) and waits for it. */
export function runCli(args: readonly string[], options: { cwd?: string } = {}): CliRun {
  const run = spawnSync(process.execPath, [resolve(ROOT, "bin", "faultline.js"), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the CLI with --json and parses its answer; fails loudly when it did not exit 0. */
export function runCliJson<T = unknown>(args: readonly string[]): T {
  const run = runCli([...args, "--json"]);
  if (run.status !== 0) throw new Error(`faultline ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
