import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CENTRALITY_MEASURES, centralityProjection, runCentrality } from "../src/analysis/centrality.js";
import { selectRelations } from "../src/analysis/select-relations.js";
import { simpleProjection } from "../src/analysis/simple-projection.js";
import { loadDataset } from "../src/data/load-graph-data.js";
import type { Dataset } from "../src/model/index.js";
import { buildKnowledgeGraph } from "../src/graph/knowledge-graph.js";
import { readCsvRecords } from "../src/import/csv-records.js";
import { importEvents } from "../src/import/import-events.js";
import { parseQueryDate } from "../src/query/query-date.js";
import { formatMs, measure, timeOnce } from "./measure.js";
import { compileCli } from "./spawn-measure.js";
import { writeSyntheticAcled } from "./synthetic-acled.js";

const ROOT = resolve(import.meta.dirname, "..");
const SHIPPED = join(ROOT, "graph-data");
const REFERENCE = process.env.FAULTLINE_REFERENCE_DATA ?? resolve(ROOT, "..", "shared", "reference-data");
const GED_FILE = join(REFERENCE, "ucdp-ged", "ged191-syria-2016-2019.csv");

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
    const run = await timeAsync(() =>
      importEvents({
        format: "ucdp-ged",
        file: GED_FILE,
        fileDisplay: GED_FILE,
        into,
        intoDisplay: into,
        dryRun: false,
        strict: false,
      }),
    );
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
    const vs = theirs
      ? `networkx ${formatMs(theirs.ms).padStart(10)}  ratio ${(theirs.ms / ours.medianMs).toFixed(1)}× (networkx/ours); same top 5: ${top.join(",") === theirs.top.join(",") ? "yes" : `no (${theirs.top.join(",")})`}`
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

/**
 * Loading the imported folder, each step in a fresh process: a plain JSON.parse of its files (the
 * baseline), the loader's first validation (strict read, schemas, cross-checks, validity), opening
 * the store a first load wrote, and building the graphology graph from it. Returns the baseline run.
 */
function benchFolderLoad(cli: string, dir: string, env: NodeJS.ProcessEnv): CliRun {
  console.log(
    `\n## Loading the imported folder (fresh process each; wall, CPU, peak RSS; load average ${loadavg()[0]!.toFixed(1)})`,
  );
  const lib = (path: string) => JSON.stringify(join(cli, "lib", path));
  const parse = nodeRun(
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
  const timing = (run: CliRun) =>
    JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as {
      ms: number;
      cpuMs: number;
      files?: number;
      bytes?: number;
      relations?: number;
      edges?: number;
    };
  const base = timing(parse);
  const row = (label: string, run: CliRun, inside: { ms: number; cpuMs: number }, vs = true) =>
    console.log(
      `  ${label.padEnd(58)} ${formatMs(inside.ms).padStart(9)}, CPU ${formatMs(inside.cpuMs).padStart(9)}  (process: ${formatMs(run.ms)}, peak RSS ${run.maxRssMb.toFixed(0)} MB)${vs ? `  ${(inside.cpuMs / base.cpuMs).toFixed(1)}× the JSON.parse CPU` : "  (baseline)"}`,
    );
  row(
    `read + JSON.parse of the ${base.files} files, ${((base.bytes ?? 0) / 1e6).toFixed(0)} MB`,
    parse,
    base,
    false,
  );
  const validate = nodeRun(
    cli,
    [
      "--input-type=module",
      "-e",
      timedScript(
        `import { loadGraphData } from ${lib("data/load-graph-data.js")}; let extra;`,
        [
          `const r = await loadGraphData(${JSON.stringify(dir)}, { corpusDir: null });`,
          "if (!r.dataset) { console.error(r.problems.slice(0, 5)); process.exit(2); }",
          "extra = { relations: r.dataset.relations.length };",
        ].join("\n"),
      ),
    ],
    env,
    COMMAND_TIMEOUT_MS,
  );
  if (validate.timedOut || validate.status !== 0)
    console.log(
      `  first validation: ${validate.timedOut ? `not finished in ${formatMs(COMMAND_TIMEOUT_MS)}` : `exit ${validate.status}`} (peak RSS ${validate.maxRssMb.toFixed(0)} MB)`,
    );
  else
    row(
      `first validation (loadGraphData: ${timing(validate).relations?.toLocaleString("en")} relations)`,
      validate,
      timing(validate),
    );
  const write = cliRun(cli, ["stats", "--data", dir], env, COMMAND_TIMEOUT_MS);
  if (write.status !== 0) {
    console.log(`  stats (writing the store): exit ${write.status}: ${write.lastError}`);
    return parse;
  }
  const open = nodeRun(
    cli,
    [
      "--input-type=module",
      "-e",
      timedScript(
        `import { loadValidatedDataset } from ${lib("store/load-validated-dataset.js")}; import { knowledgeGraphOf } from ${lib("graph/knowledge-graph.js")}; let extra;`,
        [
          `const r = await loadValidatedDataset(${JSON.stringify(dir)});`,
          "const opened = { ms: performance.now() - t0, cpuMs: (process.cpuUsage(c0).user + process.cpuUsage(c0).system) / 1000 };",
          "const g0 = performance.now(); const gc0 = process.cpuUsage();",
          "const graph = knowledgeGraphOf(r.columnar).graph;",
          "const gc = process.cpuUsage(gc0);",
          "extra = { from: r.from, opened, graphMs: performance.now() - g0, graphCpuMs: (gc.user + gc.system) / 1000, edges: graph.size, nodes: graph.order };",
        ].join("\n"),
      ),
    ],
    env,
    COMMAND_TIMEOUT_MS,
  );
  if (open.status !== 0) {
    console.log(
      `  store open + graph: exit ${open.status}${open.timedOut ? " (not finished)" : ""} (peak RSS ${open.maxRssMb.toFixed(0)} MB): ${open.lastError}`,
    );
    return parse;
  }
  const o = timing(open) as unknown as {
    opened: { ms: number; cpuMs: number };
    from: string;
    graphMs: number;
    graphCpuMs: number;
    edges: number;
    nodes: number;
  };
  row(`open the store (${o.from}) a first load wrote`, open, o.opened);
  row(
    `then build the graphology graph (${o.nodes.toLocaleString("en")} nodes, ${o.edges.toLocaleString("en")} edges)`,
    open,
    { ms: o.graphMs, cpuMs: o.graphCpuMs },
  );
  return parse;
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
    const baseline = benchFolderLoad(cli, into, env);
    // The commands below start without a store again: their first run validates the files.
    rmSync(join(work, "cache"), { recursive: true, force: true });
    console.log(
      `\n## Commands on the imported folder, against the same command on the shipped data and the plain JSON.parse above (load average ${loadavg()[0]!.toFixed(1)})`,
    );
    const commands: string[][] = [
      ["check"],
      ["stats", "--json"],
      ["backers", "Syrian government", "--at", "2020-06-15", "--json"],
      ["snapshot", "--at", "2020-06-15", "--json"],
    ];
    for (const c of commands) {
      const label = c.filter((a) => a !== "--json").join(" ");
      const shipped = cliRun(cli, [...c, "--data", SHIPPED], env, COMMAND_TIMEOUT_MS);
      const first = cliRun(cli, [...c, "--data", into], env, COMMAND_TIMEOUT_MS);
      if (first.timedOut) {
        console.log(
          `  ${label.padEnd(44)} shipped ${formatMs(shipped.ms).padStart(9)}  imported: not finished in ${formatMs(COMMAND_TIMEOUT_MS)} (peak RSS ${first.maxRssMb.toFixed(0)} MB)`,
        );
        continue;
      }
      const second = cliRun(cli, [...c, "--data", into], env, COMMAND_TIMEOUT_MS);
      console.log(
        `  ${label.padEnd(44)} shipped ${formatMs(shipped.ms).padStart(9)}  imported ${formatMs(first.ms).padStart(9)} (CPU ${formatMs(first.cpuMs)}, ${(first.cpuMs / baseline.cpuMs).toFixed(1)}× the JSON.parse CPU; peak RSS ${first.maxRssMb.toFixed(0)} MB) then ${formatMs(second.ms).padStart(9)} (CPU ${formatMs(second.cpuMs)}, ${(second.cpuMs / baseline.cpuMs).toFixed(1)}×; peak RSS ${second.maxRssMb.toFixed(0)} MB)  exit ${second.status}`,
      );
    }
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
