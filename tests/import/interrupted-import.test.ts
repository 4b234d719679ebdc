import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, it } from "vitest";
import { writeSyntheticAcled } from "../../bench/synthetic-acled.js";
import { loadGraphData } from "../../src/data/load-graph-data.js";
import { ROOT } from "../helpers/run-cli.js";
import { copyOfShippedData, folderSnapshot } from "./import-helpers.js";

it("an import killed while it writes leaves the folder exactly as it was", async () => {
  const dir = copyOfShippedData();
  const before = folderSnapshot(dir);
  const file = join(mkdtempSync(join(tmpdir(), "faultline-kill-")), "synthetic-acled.csv");
  writeSyntheticAcled(file, 50_000);
  const child = spawn(
    process.execPath,
    [join(ROOT, "bin", "faultline.js"), "import", "acled", file, "--into", dir],
    {
      stdio: "ignore",
    },
  );
  const exited = new Promise<void>((done) => child.on("exit", () => done()));
  // Kill it once the new folder is being built beside the old one (or let it finish if it is fast).
  let sawPartial = false;
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    if (readdirSync(dirname(dir)).some((f) => f.includes(".partial-"))) {
      sawPartial = true;
      child.kill("SIGKILL");
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await exited;
  expect(sawPartial).toBe(true);
  expect(folderSnapshot(dir)).toEqual(before);
  const loaded = await loadGraphData(dir, { corpusDir: null });
  expect(loaded.problems).toEqual([]);
}, 120_000);
