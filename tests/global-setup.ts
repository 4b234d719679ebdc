/**
 * Runs once before the test files. Compiles src/ into lib/ (incremental: quick when nothing
 * changed), so the tests that spawn `faultline` as a user does run the current sources; and names
 * the external material that is missing, so skipped tests are explained at the top of the run.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ALL_SHARED_MATERIAL } from "./helpers/shared-material.js";

const ROOT = resolve(import.meta.dirname, "..");

/** A lock folder, so that test runs started together do not write lib/ at the same time. */
const LOCK = join(ROOT, "lib", ".build-lock");

/** A lock older than this was left by a run that died; it is taken over. */
const STALE_MS = 5 * 60_000;

/** True when the run holding the lock has died (its process is gone) or held it too long. */
function lockIsStale(): boolean {
  const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
  if (age > STALE_MS) return true;
  const pid = Number(readFileSync(join(LOCK, "pid"), { encoding: "utf8", flag: "a+" }));
  if (!pid) return false; // just taken, pid not written yet
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

async function withBuildLock<T>(work: () => T): Promise<T> {
  mkdirSync(join(ROOT, "lib"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, "pid"), String(process.pid));
      break;
    } catch {
      try {
        if (lockIsStale()) rmSync(LOCK, { recursive: true, force: true });
        else await sleep(250);
      } catch {
        await sleep(250); // the lock went away while we looked: try again
      }
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** `npm run build:lib` in this process's stead: tsc -b tsconfig.build.json. */
function buildLib(): void {
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const run = spawnSync(process.execPath, [tsc, "-b", join(ROOT, "tsconfig.build.json")], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (run.error) throw run.error;
  // tsc emits even when types are wrong; the type errors are `npm run typecheck`'s to report.
  if (run.status !== 0) {
    process.stderr.write(
      `\nnpm run build:lib reported type errors (lib/ was still written):\n${run.stdout}\n`,
    );
  }
}

/**
 * Points TMPDIR at a folder of this run's own, so every temporary folder a test, a spawned
 * `faultline` or chromium makes lands there; returns what removes it when the run ends.
 */
function runTemporaryFolder(): () => void {
  const folder = mkdtempSync(join(tmpdir(), "faultline-tests-"));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}

/** Vitest's global setup hook; the function it returns is the teardown. */
export default async function setup(): Promise<() => void> {
  const removeTemporaryFolder = runTemporaryFolder();
  await withBuildLock(buildLib);
  const missing = ALL_SHARED_MATERIAL.filter((m) => m.path === null);
  if (missing.length === 0) return removeTemporaryFolder;
  const lines = missing.map((m) => `  - ${m.name}: ${m.howToProvide}`);
  process.stderr.write(
    `\nExternal material not found; the tests that need it are skipped (their names say so):\n${lines.join("\n")}\n\n`,
  );
  return removeTemporaryFolder;
}
