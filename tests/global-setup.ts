/**
 * Runs once before the test files: names the external material that is missing, so the skipped
 * tests are explained in one place at the top of the run.
 */
import { ALL_SHARED_MATERIAL } from "./helpers/shared-material.js";

/** Vitest's global setup hook. */
export default function setup(): void {
  const missing = ALL_SHARED_MATERIAL.filter((m) => m.path === null);
  if (missing.length === 0) return;
  const lines = missing.map((m) => `  - ${m.name}: ${m.howToProvide}`);
  process.stderr.write(
    `\nExternal material not found; the tests that need it are skipped (their names say so):\n${lines.join("\n")}\n\n`,
  );
}
