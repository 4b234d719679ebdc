import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CENTRALITY_MEASURES, centralityProjection, runCentrality } from "../src/analysis/centrality.js";
import { selectRelations } from "../src/analysis/select-relations.js";
import { simpleProjection } from "../src/analysis/simple-projection.js";
import { loadDataset } from "../src/data/load-graph-data.js";
import type { Dataset } from "../src/model/core.js";
import { buildKnowledgeGraph } from "../src/graph/knowledge-graph.js";
import { readCsvRecords } from "../src/import/csv-records.js";
import { parseQueryDate } from "../src/query/query-date.js";
import { storePathFor } from "../src/store/cache-directory.js";
import { stampsPathFor } from "../src/store/file-stamps.js";
import { formatMs, measure, timeOnce } from "./measure.js";
import { compileCli } from "./spawn-measure.js";
import { writeSyntheticAcled } from "./synthetic-acled.js";
import { GED_FILE, importGedInto } from "./web/ged-folder.js";

const ROOT = resolve(import.meta.dirname, "..");
const SHIPPED = join(ROOT, "graph-data");

function freshCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "faultline-bench-import-")), "graph-data");
  cpSync(SHIPPED, dir, { recursive: true });
  return dir;
}

async function countCsv(path: string): Promise<number> {
  let n = 0;
  for await (const record of readCsvRecords(path)) n += record.fields.length > 0 ? 1 : 0;
  return n;
}

/** Wall time and this process's CPU time (user + system) of one run: on a shared machine the CPU time is the steadier figure. */
async function timeAsync<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { result, ms, cpuMs: (c.user + c.system) / 1000 };
}

/** The exit statuses of coreutils `timeout` when it stopped the command (SIGTERM), or had to kill it (SIGKILL). */
const TIMED_OUT = 124;
const KILLED = 137;

/** One spawned CLI run: wall time, CPU time (user + system), peak resident memory, exit status and output. */
interface CliRun {
  readonly ms: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly status: number | null;
  readonly stdout: string;
  /** The last line the run wrote on stderr (why it failed, when it did). */
  readonly lastError: string;
  readonly timedOut: boolean;
}

/**
 * Runs the compiled CLI of `cli` (a snapshot from compileCli, so a rebuild of lib/ by someone else
 * cannot change the code under the bench) under /usr/bin/time: wall time and peak RSS, killed after
 * `timeoutMs`.
 */
function cliRun(cli: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs?: number): CliRun {
  return nodeRun(cli, [join(cli, "bin", "faultline.js"), ...args], env, timeoutMs);
}

/** Runs node with these arguments under /usr/bin/time (and coreutils timeout when `timeoutMs` is given), as cliRun does. */
function nodeRun(
  cli: string,
  nodeArgs: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs?: number,
): CliRun {
  const report = join(cli, "time.txt");
  // coreutils timeout stops the CLI itself (killing /usr/bin/time would leave it running), with
  // SIGKILL 10 s after SIGTERM: a CLI busy in synchronous work never gets to its SIGTERM handler.
  const limit = timeoutMs === undefined ? [] : ["timeout", "-k", "10", String(Math.ceil(timeoutMs / 1000))];
  const t0 = performance.now();
  const run = spawnSync(
    "/usr/bin/time",
    ["-f", "%M %U %S", "-o", report, ...limit, process.execPath, ...nodeArgs],
    { encoding: "utf8", maxBuffer: 1 << 28, env },
  );
  const ms = performance.now() - t0;
  const [kb, user, system] = existsSync(report)
    ? readFileSync(report, "utf8").trim().split("\n").pop()!.split(" ").map(Number)
    : [NaN, NaN, NaN];
  rmSync(report, { force: true });
  const timedOut = timeoutMs !== undefined && (run.status === TIMED_OUT || run.status === KILLED);
  return {
    ms,
    cpuMs: (user! + system!) * 1000,
    maxRssMb: kb! / 1024,
    status: run.status,
    stdout: run.stdout ?? "",
    lastError: (run.stderr ?? "").trim().split("\n").pop() ?? "",
    timedOut,
  };
}

/** The GED Syria import (16,566 rows) against a plain parse of the same CSV, both in this process. */
async function benchGedImport(): Promise<string | null> {
  console.log("\n## Import of UCDP GED Syria 2016–2019 (16,566 events) into a copy of the shipped data");
  if (!existsSync(GED_FILE)) {
    console.log(
      `  skipped: ${GED_FILE} is missing (set FAULTLINE_REFERENCE_DATA or place ../shared/reference-data)`,
    );
    return null;
  }
  const parse = await timeAsync(() => countCsv(GED_FILE));
  const parses = [parse];
  for (let i = 0; i < 2; i++) parses.push(await timeAsync(() => countCsv(GED_FILE)));
  const imports: { ms: number; cpuMs: number }[] = [];
  let kept = 0;
  let last = "";
  for (let i = 0; i < 3; i++) {
    const into = freshCopy();
    const run = await timeAsync(() => importGedInto(into));
    imports.push(run);
    kept = run.result.kept;
    if (last) rmSync(resolve(last, ".."), { recursive: true, force: true });
    last = into;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const wall = (runs: { ms: number }[]) => median(runs.map((r) => r.ms));
  const cpu = (runs: { cpuMs: number }[]) => median(runs.map((r) => r.cpuMs));
  console.log(
    `  plain CSV parse (our streaming reader, every field of ${parse.result.toLocaleString("en")} records)  median ${formatMs(wall(parses))}, CPU ${formatMs(cpu(parses))}  (baseline)`,
  );
  console.log(
    `  import (read, reconcile, dedupe places, write folder; ${kept.toLocaleString("en")} kept)  median ${formatMs(wall(imports))}, CPU ${formatMs(cpu(imports))}  ${(wall(imports) / wall(parses)).toFixed(1)}× the parse (CPU ${(cpu(imports) / cpu(parses)).toFixed(1)}×)  (target < 2 s)`,
  );
  return last;
}

/** Centrality on the imported GED graph in one month, ours (graphology) against networkx on the same projection. */
function benchCentralityVsNetworkx(dir: string, dataset: Dataset): void {
  console.log(
    "\n## Centrality on the imported GED graph, June 2017: ours (graphology) vs networkx on the same projection",
  );
  const kg = buildKnowledgeGraph(dataset);
  const scope = { kind: "at", date: parseQueryDate("2017-06") } as const;
  const selected = selectRelations(kg, { scope });
  const measures = CENTRALITY_MEASURES.filter(
    (m) => m === "degree" || m === "pagerank" || m === "betweenness",
  );
  const edgesFile = join(dir, "..", "projection.json");
  const projections = {
    undirected: simpleProjection(kg, selected, "undirected"),
    directed: simpleProjection(kg, selected, "directed"),
  };
  writeFileSync(
    edgesFile,
    JSON.stringify({
      undirected: projections.undirected.mapEdges((_, a, s, t) => [s, t, a.weight]),
      directed: projections.directed.mapEdges((_, a, s, t) => [s, t, a.weight]),
    }),
  );
  console.log(
    `  ${selected.length.toLocaleString("en")} relations; ${projections.undirected.order} actors and places, ${projections.undirected.size} undirected edges, ${projections.directed.size} arcs`,
  );
  const script = `
import json, sys, time, networkx as nx
d = json.load(open(sys.argv[1]))
u = nx.Graph(); u.add_weighted_edges_from(d["undirected"])
g = nx.DiGraph(); g.add_weighted_edges_from(d["directed"])
def t(f, runs):
    best = []
    for _ in range(runs):
        t0 = time.perf_counter(); r = f(); best.append((time.perf_counter() - t0) * 1000)
    best.sort(); return best[len(best) // 2], r
out = {}
for name, f, runs in (("degree", lambda: nx.degree_centrality(u), 5), ("pagerank", lambda: nx.pagerank(g, alpha=0.85, weight="weight", max_iter=1000), 5), ("betweenness", lambda: nx.betweenness_centrality(u, normalized=True), 1)):
    ms, r = t(f, runs)
    out[name] = {"ms": ms, "top": sorted(r, key=lambda k: -r[k])[:5]}
print(json.dumps(out))`;
  const python = ["python3", "/usr/bin/python3"].find(
    (p) => spawnSync(p, ["-c", "import networkx"], { stdio: "ignore" }).status === 0,
  );
  const py = spawnSync(python ?? "python3", ["-c", script, edgesFile], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const nx =
    py.status === 0 ? (JSON.parse(py.stdout) as Record<string, { ms: number; top: string[] }>) : null;
  if (!nx) console.log(`  networkx not available: ${py.stderr.trim().split("\n").at(-1) ?? ""}`);
  for (const m of measures) {
    const projection = projections[centralityProjection({ measure: m, scope })];
    let scores: Record<string, number> = {};
    const ours = measure(
      m,
      () => (scores = runCentrality(projection, { measure: m, scope })),
      m === "betweenness" ? 1 : 5,
      m === "betweenness" ? 0 : 1,
    );
    const top = Object.keys(scores)
      .sort((a, b) => scores[b]! - scores[a]!)
      .slice(0, 5);
    const theirs = nx?.[m];
    // The same top 5 when networkx's five have, by our scores, our five's scores in order (ties in either order).
    const close = (a: number | undefined, b: number | undefined) =>
      a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    const sameTop = theirs?.top.every((id, i) => close(scores[id], scores[top[i]!])) ?? false;
    const vs = theirs
      ? `networkx ${formatMs(theirs.ms).padStart(10)}  ratio ${(theirs.ms / ours.medianMs).toFixed(1)}× (networkx/ours); same top 5: ${sameTop ? "yes" : `no (ours ${top.join(",")}; networkx ${theirs.top.join(",")})`}`
      : "";
    console.log(`  ${m.padEnd(12)} ours ${formatMs(ours.medianMs).padStart(10)}  ${vs}`);
  }
}

/** A script for `node --input-type=module -e`: runs `body` (which may await) and prints its wall and CPU time in ms as JSON. */
function timedScript(imports: string, body: string): string {
  return [
    imports,
    "const c0 = process.cpuUsage(); const t0 = performance.now();",
    body,
    "const c = process.cpuUsage(c0);",
    "console.log(JSON.stringify({ ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, ...(typeof extra === 'object' ? extra : {}) }));",
  ].join("\n");
}

/** The wall and CPU time a timedScript printed on its last line. */
function scriptTiming(run: CliRun): { ms: number; cpuMs: number; files?: number; bytes?: number } {
  return JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as {
    ms: number;
    cpuMs: number;
    files?: number;
    bytes?: number;
  };
}

/** The baseline of the commands on the imported folder: a plain read + JSON.parse of its files, in a fresh process. */
function plainParse(cli: string, dir: string, env: NodeJS.ProcessEnv): CliRun {
  return nodeRun(
    cli,
    [
      "--input-type=module",
      "-e",
      timedScript(
        'import { readdirSync, readFileSync } from "node:fs"; import { join } from "node:path"; let extra;',
        [
          `const dir = ${JSON.stringify(dir)};`,
          'const files = ["sources.json", ...["entities", "relations"].flatMap((d) => readdirSync(join(dir, d)).filter((f) => f.endsWith(".json")).map((f) => join(d, f)))];',
          "let bytes = 0; const values = files.map((f) => { const b = readFileSync(join(dir, f)); bytes += b.length; return JSON.parse(b.toString('utf8')); });",
          "extra = { files: files.length, bytes };",
        ].join("\n"),
      ),
    ],
    env,
  );
}

/**
 * The commands on the imported folder in the order a user meets them, each in a fresh process
 * (wall, CPU, peak RSS, and both times against a plain read + JSON.parse of the same files in
 * this run): the first command after the import (check: validates and writes the store), then
 * check, stats, backers and snapshot answered from the store (check also with the store's key
 * confirmed by hashing every file instead of by the files' stamps), then check --no-cache
 * (validation alone, so the store write's share shows).
 */
function benchCommandsAfterImport(cli: string, dir: string, env: NodeJS.ProcessEnv): void {
  console.log(
    `\n## Commands on the imported folder, in a user's order (fresh process each; wall, CPU, peak RSS; load average ${loadavg()[0]!.toFixed(1)})`,
  );
  const parse = plainParse(cli, dir, env);
  // Whole processes against a whole process (node's start included on both sides).
  const inside = scriptTiming(parse);
  const base = { ...inside, ms: parse.ms, cpuMs: parse.cpuMs, maxRssMb: parse.maxRssMb };
  const times = (ms: number, cpuMs: number, maxRssMb: number) =>
    `${formatMs(ms).padStart(9)}, CPU ${formatMs(cpuMs).padStart(9)}, peak RSS ${maxRssMb.toFixed(0).padStart(5)} MB`;
  console.log(
    `  ${`read + JSON.parse of the ${base.files} files, ${((base.bytes ?? 0) / 1e6).toFixed(0)} MB`.padEnd(60)} ${times(base.ms, base.cpuMs, base.maxRssMb)}  (baseline; the read and parse alone ${formatMs(inside.ms)}, CPU ${formatMs(inside.cpuMs)})`,
  );
  const row = (label: string, run: CliRun, note = "") => {
    if (run.status !== 0) {
      const why = run.timedOut ? `not finished in ${formatMs(COMMAND_TIMEOUT_MS)}` : `exit ${run.status}`;
      console.log(`  ${label.padEnd(60)} ${why} (peak RSS ${run.maxRssMb.toFixed(0)} MB): ${run.lastError}`);
      return;
    }
    const ratios = `${(run.ms / base.ms).toFixed(1)}× wall, ${(run.cpuMs / base.cpuMs).toFixed(1)}× CPU of the parse`;
    console.log(`  ${label.padEnd(60)} ${times(run.ms, run.cpuMs, run.maxRssMb)}  ${ratios}${note}`);
  };
  const cold = cliRun(cli, ["check", "--data", dir], env, COMMAND_TIMEOUT_MS);
  row("first command after import: check (validate, write store)", cold);
  const same = (run: CliRun) => (run.stdout === cold.stdout ? "" : "  (output differs from the cold check!)");
  const warm = cliRun(cli, ["check", "--data", dir], env, COMMAND_TIMEOUT_MS);
  row("check (from the store; key confirmed by the files' stamps)", warm, same(warm));
  // Without kept stamps the key is confirmed by reading and hashing every file (the stamps are then renewed).
  rmSync(stampsPathFor(storePathFor(dir, env)), { force: true });
  const hashed = cliRun(cli, ["check", "--data", dir], env, COMMAND_TIMEOUT_MS);
  row("check (from the store; key confirmed by hashing every file)", hashed, same(hashed));
  const questions: [string, string[]][] = [
    ["stats (from the store)", ["stats", "--json"]],
    [
      "backers Syrian government --at 2020-06-15 (from the store)",
      ["backers", "Syrian government", "--at", "2020-06-15", "--json"],
    ],
    ["snapshot --at 2020-06-15 (from the store)", ["snapshot", "--at", "2020-06-15", "--json"]],
  ];
  for (const [label, args] of questions)
    row(label, cliRun(cli, [...args, "--data", dir], env, COMMAND_TIMEOUT_MS));
  const full = cliRun(cli, ["check", "--no-cache", "--data", dir], env, COMMAND_TIMEOUT_MS);
  row("check --no-cache (validation alone, no store)", full, same(full));
}

/** Five minutes: a command on the 10^6-relation folder that takes longer is reported as not finished. */
const COMMAND_TIMEOUT_MS = 300_000;

/** A synthetic ACLED-layout file of `rows` rows: the import's time and peak memory, then commands on the result. */
async function benchSyntheticAcled(rows: number): Promise<void> {
  console.log(
    `\n## Import of a synthetic ACLED-layout file of ${rows.toLocaleString("en")} rows (generated here, never committed; load average ${loadavg()[0]!.toFixed(1)})`,
  );
  const work = mkdtempSync(join(tmpdir(), "faultline-bench-acled-"));
  const cli = compileCli();
  const env = { ...process.env, FAULTLINE_CACHE_DIR: join(work, "cache") };
  try {
    const file = join(work, "synthetic-acled.csv");
    const written = timeOnce(() => writeSyntheticAcled(file, rows));
    console.log(`  file written in ${formatMs(written.ms)}: ${(statSync(file).size / 1e6).toFixed(0)} MB`);
    const parse = await timeAsync(() => countCsv(file));
    console.log(
      `  plain CSV parse (our streaming reader, every field, in this process)  ${formatMs(parse.ms).padStart(10)}, CPU ${formatMs(parse.cpuMs)}  (baseline)`,
    );
    const into = join(work, "graph-data");
    cpSync(SHIPPED, into, { recursive: true });
    const dry = cliRun(cli, ["import", "acled", file, "--into", into, "--dry-run", "--json"], env);
    console.log(
      `  import --dry-run (read, reconcile, no write)  ${formatMs(dry.ms).padStart(10)}, CPU ${formatMs(dry.cpuMs)}  peak RSS ${dry.maxRssMb.toFixed(0)} MB  ${(dry.ms / parse.ms).toFixed(1)}× the parse (CPU ${(dry.cpuMs / parse.cpuMs).toFixed(1)}×)`,
    );
    const run = cliRun(cli, ["import", "acled", file, "--into", into, "--json"], env);
    if (run.status !== 0) throw new Error(`import exited ${run.status}`);
    const report = JSON.parse(run.stdout) as {
      kept: number;
      rejected: unknown[];
      relations: { added: number };
    };
    console.log(
      `  import (writes ${report.relations.added.toLocaleString("en")} relations; ${report.kept.toLocaleString("en")} kept, ${report.rejected.length.toLocaleString("en")} rejected)  ${formatMs(run.ms).padStart(10)}, CPU ${formatMs(run.cpuMs)}  peak RSS ${run.maxRssMb.toFixed(0)} MB  ${(run.ms / parse.ms).toFixed(1)}× the parse (CPU ${(run.cpuMs / parse.cpuMs).toFixed(1)}×), ${(run.ms / dry.ms).toFixed(1)}× the dry run  (targets ≤ 60 s, ≤ 2 GB)`,
    );
    // The first command after the import finds no store: it validates the files and writes one.
    rmSync(join(work, "cache"), { recursive: true, force: true });
    benchCommandsAfterImport(cli, into, env);
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(cli, { recursive: true, force: true });
  }
}

/**
 * `npm run bench -- import`: the GED import against a plain parse, centrality on the imported
 * graph against networkx, and a synthetic ACLED file of `rows` rows (run it under
 * `flock /tmp/faultline-bench.lock` at 10^6).
 */
export async function benchImport(rows: number): Promise<void> {
  console.log("\n# Event-data import");
  const dir = await benchGedImport();
  if (dir) {
    benchCentralityVsNetworkx(dir, await loadDataset(dir, { corpusDir: null }));
    rmSync(resolve(dir, ".."), { recursive: true, force: true });
  }
  await benchSyntheticAcled(rows);
}
