import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import type { GraphDataFile } from "../src/data/validate-graph-data.js";
import { validateGraphData } from "../src/data/validate-graph-data.js";
import { buildGraph } from "../src/graph/build-graph.js";
import { buildKnowledgeGraph } from "../src/graph/knowledge-graph.js";
import { backersOf } from "../src/query/counterparties.js";
import { EntityResolver } from "../src/query/entity-resolver.js";
import { parseQueryDate } from "../src/query/query-date.js";
import { formatMs } from "./measure.js";
import type { ProcessRun } from "./spawn-measure.js";
import { compileCli, formatMb, median, ROOT, runFaultline, runMeasured } from "./spawn-measure.js";
import { writeSyntheticFolder } from "./synthetic-folder.js";

/** Elapsed time of an async step. */
async function timed<T>(fn: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const t0 = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - t0 };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

function row(label: string, ms: number, extra = ""): void {
  console.log(`  ${label.padEnd(58)} ${formatMs(ms).padStart(10)}${extra}`);
}

function ratio(baselineMs: number, ms: number, baseline: string): string {
  return `  ${(baselineMs / ms).toFixed(1)}× faster than ${baseline}`;
}

/** The median wall times of two runs, taken in turn `runs` times so a change of load falls on both. */
function alternatedMedians(runs: number, first: () => number, second: () => number): [number, number] {
  const [a, b]: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    a.push(first());
    b.push(second());
  }
  return [median(a), median(b)];
}

function must(run: ProcessRun, what: string): ProcessRun {
  if (run.status !== 0) throw new Error(`${what} exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  return run;
}

/** Today's path, stage by stage, in this process: read + parse, validation, graphology, resolver, query. */
async function todaysStages(
  dir: string,
  entityName: string,
  at: string,
): Promise<{ readonly loadMs: number; readonly totalMs: number }> {
  const files: GraphDataFile[] = [];
  const roleOf = (path: string): GraphDataFile["role"] | null =>
    path === "sources.json"
      ? "sources"
      : path.startsWith("entities/")
        ? "entities"
        : path.startsWith("relations/")
          ? "relations"
          : null;
  const read = await timed(async () => {
    for (const path of readdirSync(dir, { recursive: true }).map(String).sort()) {
      const role = roleOf(path.replaceAll("\\", "/"));
      if (role && path.endsWith(".json"))
        files.push({ name: path, role, content: JSON.parse(await readFile(join(dir, path), "utf8")) });
    }
  });
  const validated = await timed(() => validateGraphData(files, null));
  const dataset = validated.result.dataset;
  if (!dataset)
    throw new Error(`synthetic folder invalid: ${JSON.stringify(validated.result.problems.slice(0, 3))}`);
  const graph = await timed(() => buildGraph(dataset));
  const resolver = await timed(() => new EntityResolver(dataset.entities));
  const query = await timed(() => {
    const kg = buildKnowledgeGraph(dataset);
    const entity = resolver.result.resolve(entityName).candidates[0]!.entity;
    return backersOf(kg, entity.id, parseQueryDate(at)).length;
  });
  row("read + JSON.parse of every file", read.ms);
  row("zod validation + cross-checks + validity (validateGraphData)", validated.ms);
  row("graphology graph build", graph.ms);
  row("entity resolver index", resolver.ms);
  row("backers query (adjacency, lazy parts)", query.ms);
  const totalMs = read.ms + validated.ms + graph.ms + resolver.ms + query.ms;
  row("today's path in all", totalMs);
  return { loadMs: read.ms + validated.ms, totalMs };
}

/**
 * The store at scale: a synthetic graph-data folder of `relationCount` relations, loaded today's
 * way (stage by stage), by `faultline check`, by a `backers … --at` answer with and without the
 * validated store, and by networkx and igraph as peers, each figure with its baseline from this run.
 */
export async function benchStore(relationCount = 1_000_000): Promise<void> {
  console.log(
    `\n# Store: ${relationCount.toLocaleString("en")} synthetic relations between 10,000 entities (load average ${loadavg()[0]!.toFixed(1)})`,
  );
  const cli = compileCli();
  const root = mkdtempSync(join(tmpdir(), "faultline-bench-store-"));
  const dir = join(root, "graph-data");
  const cacheEnv = { ...process.env, FAULTLINE_CACHE_DIR: join(root, "cache") };
  const question = ["backers", "Group 17", "--at", "2016-05-01", "--data", dir];
  try {
    const written = await timed(() => writeSyntheticFolder(dir, relationCount));
    console.log(
      `  folder written in ${formatMs(written.ms)}: ${(folderBytes(dir) / 2 ** 20).toFixed(0)} MB of JSON (pretty-printed, one file per kind)`,
    );

    console.log("\n## Today's path, stage by stage (in one process)");
    const today = await todaysStages(dir, "Group 17", "2016-05-01");

    console.log("\n## Peers loading the same folder into a multigraph (read + parse + build)");
    const peers: [string, string][] = [
      ["networkx", "python3"],
      ["igraph", "/usr/bin/python3"],
    ];
    const peerMs = new Map<string, number>();
    for (const [library, python] of peers) {
      const run = runMeasured(python, [join(ROOT, "bench", "peers", "load_graph_data.py"), dir, library]);
      if (run.status !== 0) {
        console.log(`  ${library}: not run (${run.stderr.trim().split("\n").pop()})`);
        continue;
      }
      const out = JSON.parse(run.stdout) as { seconds: number; edges: number; peakMb: number };
      peerMs.set(library, out.seconds * 1000);
      row(`${library} (${python})`, out.seconds * 1000, `  peak ${formatMb(out.peakMb)}, ${out.edges} edges`);
    }

    console.log("\n## faultline check of the whole folder (spawned CLI)");
    const check = must(runFaultline(cli, ["check", dir], cacheEnv), "check");
    row("faultline check", check.wallMs, `  peak ${formatMb(check.peakRssMb)}  (target ≤ 15 s)`);

    console.log(
      "\n## A `backers … --at` answer (spawned CLI), target ≤ 3 s wall and ≤ 1 GB peak from the store",
    );
    const uncached = must(runFaultline(cli, [...question, "--no-cache"], cacheEnv), "backers --no-cache");
    row(
      "--no-cache: validate every file (baseline)",
      uncached.wallMs,
      `  peak ${formatMb(uncached.peakRssMb)}`,
    );
    const first = must(runFaultline(cli, question, cacheEnv), "backers (store miss)");
    row("first answer: validate and write the store", first.wallMs, `  peak ${formatMb(first.peakRssMb)}`);
    const hits = [0, 1, 2].map(() => must(runFaultline(cli, question, cacheEnv), "backers (store hit)"));
    if (hits.some((h) => h.stdout !== uncached.stdout)) throw new Error("the answer from the store differs");
    const hitMs = median(hits.map((h) => h.wallMs));
    const hitRss = Math.max(...hits.map((h) => h.peakRssMb ?? 0));
    row(
      "from the store (median of 3)",
      hitMs,
      `  peak ${formatMb(hitRss)}${ratio(uncached.wallMs, hitMs, "--no-cache")}; ${(today.totalMs / hitMs).toFixed(1)}× today's path`,
    );

    console.log("\n## Cold load from the store (one fresh process: key over every file, open, columns)");
    const coldScript = [
      `import { loadValidatedDataset } from ${JSON.stringify(join(cli, "lib", "store", "load-validated-dataset.js"))};`,
      "const t0 = performance.now();",
      `const r = await loadValidatedDataset(${JSON.stringify(dir)});`,
      "const ms = performance.now() - t0;",
      "console.log(JSON.stringify({ from: r.from, ms, relations: r.columnar.table.size }));",
    ].join("\n");
    const cold = spawnSync(process.execPath, ["--input-type=module", "-e", coldScript], {
      env: cacheEnv,
      encoding: "utf8",
    });
    const coldOut = JSON.parse(cold.stdout) as { from: string; ms: number; relations: number };
    row("read + parse + validate, today's path (baseline, above)", today.loadMs);
    row(
      `open from the store (${coldOut.from}, ${coldOut.relations} relations)`,
      coldOut.ms,
      `${ratio(today.loadMs, coldOut.ms, "today's load")}  (target ≤ 3 s)`,
    );
    for (const [library, ms] of peerMs)
      console.log(`  against ${library}: ${(ms / coldOut.ms).toFixed(1)}× faster`);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(cli, { recursive: true, force: true });
  }
}

/** CLI answers on the shipped data against a bare `node -e 0`, both spawned in this run (target ≤ 150 ms, ≤ 2× node). */
export function benchCliStart(runs = 15): void {
  console.log(
    `\n# CLI answer on the shipped data against bare node start (spawned, median of ${runs} runs; load average ${loadavg()[0]!.toFixed(1)})`,
  );
  const cli = compileCli();
  const root = mkdtempSync(join(tmpdir(), "faultline-bench-cli-"));
  const env = { ...process.env, FAULTLINE_CACHE_DIR: join(root, "cache") };
  try {
    const bare = median(
      Array.from({ length: runs }, () => runMeasured(process.execPath, ["-e", "0"], env).wallMs),
    );
    row("node -e 0 (baseline)", bare);
    const questions = [
      ["backers", "HTS", "--at", "2019-06-06"],
      ["resolve", "Idlib", "--all"],
      ["allies", "Syrian government", "--at", "2016-06"],
    ];
    for (const q of questions) {
      must(runFaultline(cli, q, env), q.join(" ")); // writes the store
      const ms = median(
        Array.from({ length: runs }, () => must(runFaultline(cli, q, env), q.join(" ")).wallMs),
      );
      row(`faultline ${q.join(" ")}`, ms, `  ${(ms / bare).toFixed(2)}× node -e 0  (target ≤ 150 ms, ≤ 2×)`);
    }
    const q = questions[0]!;
    // Before the model was split from its schemas every command loaded zod and built every schema
    // at start-up. The same answer with lib/model/schemas preloaded is that cost; runs alternate.
    const schemas = pathToFileURL(join(cli, "lib", "model", "schemas", "index.js")).href;
    const bin = join(cli, "bin", "faultline.js");
    const [withoutZod, withZod] = alternatedMedians(
      runs,
      () => must(runFaultline(cli, q, env), q.join(" ")).wallMs,
      () => must(runMeasured(process.execPath, ["--import", schemas, bin, ...q], env), "preloaded").wallMs,
    );
    row(`${q.join(" ")}: zod + schemas preloaded`, withZod);
    row(
      `${q.join(" ")}: as shipped, no zod`,
      withoutZod,
      `${ratio(withZod, withoutZod, "with zod + schemas")}, ${(withZod - withoutZod).toFixed(0)} ms less`,
    );
    // The model alone: node importing the complete barrel (zod, every schema built) or core.js.
    const [complete, core] = alternatedMedians(
      runs,
      () => must(runMeasured(process.execPath, [join(cli, "lib", "model", "index.js")], env), "model").wallMs,
      () => must(runMeasured(process.execPath, [join(cli, "lib", "model", "core.js")], env), "core").wallMs,
    );
    row("node lib/model/index.js (zod + schemas)", complete);
    row(
      "node lib/model/core.js (no zod)",
      core,
      `${ratio(complete, core, "index.js")}, ${(complete - core).toFixed(0)} ms less`,
    );
    const noCache = median(
      Array.from(
        { length: Math.ceil(runs / 3) },
        () => must(runFaultline(cli, [...q, "--no-cache"], env), "no-cache").wallMs,
      ),
    );
    row(`faultline ${q.join(" ")} --no-cache`, noCache, `  ${(noCache / bare).toFixed(2)}× node -e 0`);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(cli, { recursive: true, force: true });
  }
}
