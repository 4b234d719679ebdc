import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";

/** The project root. */
export const ROOT = resolve(import.meta.dirname, "..");

/** One run of a child process: wall time, peak resident memory (when /usr/bin/time is at hand), exit status and output. */
export interface ProcessRun {
  readonly wallMs: number;
  /** Peak resident set size in MiB, or null when /usr/bin/time is missing. */
  readonly peakRssMb: number | null;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const TIME = "/usr/bin/time";

/** Runs a command to completion, timing its wall clock here and reading its peak RSS from GNU time. */
export function runMeasured(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): ProcessRun {
  const withTime = existsSync(TIME);
  const dir = mkdtempSync(join(tmpdir(), "faultline-bench-time-"));
  const report = join(dir, "time.txt");
  try {
    const [file, fileArgs] = withTime
      ? [TIME, ["-f", "%M", "-o", report, command, ...args]]
      : [command, [...args]];
    const t0 = performance.now();
    const run = spawnSync(file, fileArgs, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 1 << 30 });
    const wallMs = performance.now() - t0;
    const kb =
      withTime && existsSync(report) ? Number(readFileSync(report, "utf8").trim().split("\n").pop()) : NaN;
    return {
      wallMs,
      peakRssMb: Number.isFinite(kb) ? kb / 1024 : null,
      status: run.status,
      stdout: run.stdout,
      stderr: run.stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the `faultline` command (compiled bin) of `cli` (a snapshot from `compileCli`) with these arguments. */
export function runFaultline(
  cli: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): ProcessRun {
  return runMeasured(process.execPath, [join(cli, "bin", "faultline.js"), ...args], env);
}

/**
 * Compiles src/ into lib/ (incremental) and copies bin/ and lib/ to a temporary folder, so the
 * spawned CLI runs the current sources and no rebuild during the bench changes the code (and with
 * it the store key) under it. Returns the folder; `rmSync` it when done.
 */
export function compileCli(): string {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-b", "tsconfig.build.json"],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (run.status !== 0)
    console.log(
      `  (warning: tsc -b tsconfig.build.json failed; the CLI runs the last compiled lib/)\n${run.stdout.slice(0, 2000)}`,
    );
  const snapshot = mkdtempSync(join(tmpdir(), "faultline-bench-cli-"));
  for (const part of ["bin", "lib", "package.json", "graph-data"])
    cpSync(join(ROOT, part), join(snapshot, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(snapshot, "node_modules"), "dir");
  return snapshot;
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Megabytes with no decimals, or "n/a". */
export function formatMb(mb: number | null): string {
  return mb === null ? "n/a" : `${mb.toFixed(0)} MB`;
}
