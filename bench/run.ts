/**
 * `npm run bench`: prints the figures of every benchmark, each against a baseline measured in the
 * same run. `npm run bench -- store cli` runs only the sections named (time-index, analysis,
 * formats, web, map, store, cli, import); `--relations=N` sets the size of the large ones (default 10^6).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchAnalysis } from "./analysis.bench.js";
import { benchFormats } from "./formats.bench.js";
import { benchImport } from "./import.bench.js";
import { benchMap } from "./map.bench.js";
import { benchCliStart, benchStore } from "./store.bench.js";
import { benchTimeIndex } from "./time-index.bench.js";
import { benchWeb } from "./web.bench.js";

const sizeArg = process.argv.find((a) => a.startsWith("--relations="));
const size = sizeArg ? Number(sizeArg.split("=")[1]) : 1_000_000;
const named = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const run = (section: string) => named.length === 0 || named.includes(section);
// Every temporary folder of the run (built sites, imported folders, browser profiles) goes in one
// folder of its own, removed when the run ends.
const runFolder = mkdtempSync(join(tmpdir(), "faultline-bench-"));
process.env.TMPDIR = runFolder;
try {
  if (run("time-index")) benchTimeIndex(size);
  if (run("analysis")) benchAnalysis();
  if (run("formats")) benchFormats(size);
  if (run("web")) await benchWeb();
  if (run("map")) await benchMap();
  if (run("store")) await benchStore(size);
  if (run("cli")) benchCliStart();
  if (run("import")) await benchImport(size);
} finally {
  rmSync(runFolder, { recursive: true, force: true });
}
