import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const t0 = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - t0 };
}

/** Runs the CLI under /usr/bin/time: wall time and peak resident memory of the whole process. */
function cliRun(args: readonly string[]): {
  ms: number;
  maxRssMb: number;
  status: number | null;
  stdout: string;
} {
  const t0 = performance.now();
  const run = spawnSync(
    "/usr/bin/time",
    ["-f", "%M", process.execPath, join(ROOT, "bin", "faultline.js"), ...args],
    {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    },
  );
  const ms = performance.now() - t0;
  const lines = run.stderr.trim().split("\n");
  const maxRssKb = Number(lines[lines.length - 1]);
  return { ms, maxRssMb: maxRssKb / 1024, status: run.status, stdout: run.stdout };
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
  const parses = [parse.ms];
  for (let i = 0; i < 2; i++) parses.push((await timeAsync(() => countCsv(GED_FILE))).ms);
  const imports: number[] = [];
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
    imports.push(run.ms);
    kept = run.result.kept;
    if (last) rmSync(resolve(last, ".."), { recursive: true, force: true });
    last = into;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `  plain CSV parse (our streaming reader, ${parse.result.toLocaleString("en")} records)  median ${formatMs(median(parses))}  (baseline)`,
  );
  console.log(
    `  import (read, reconcile, dedupe places, write folder; ${kept.toLocaleString("en")} kept)  median ${formatMs(median(imports))}  ${(median(imports) / median(parses)).toFixed(1)}× the parse  (target < 2 s)`,
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

/** A synthetic ACLED-layout file of `rows` rows: the import's time and peak memory, then commands on the result. */
function benchSyntheticAcled(rows: number): void {
  console.log(
    `\n## Import of a synthetic ACLED-layout file of ${rows.toLocaleString("en")} rows (generated here, never committed)`,
  );
  const work = mkdtempSync(join(tmpdir(), "faultline-bench-acled-"));
  try {
    const file = join(work, "synthetic-acled.csv");
    const written = timeOnce(() => writeSyntheticAcled(file, rows));
    console.log(`  file written in ${formatMs(written.ms)}: ${(statSync(file).size / 1e6).toFixed(0)} MB`);
    const into = join(work, "graph-data");
    cpSync(SHIPPED, into, { recursive: true });
    const parse = cliRun(["import", "acled", file, "--into", into, "--dry-run", "--json"]);
    const run = cliRun(["import", "acled", file, "--into", into, "--json"]);
    if (run.status !== 0) throw new Error(`import exited ${run.status}`);
    const report = JSON.parse(run.stdout) as {
      kept: number;
      rejected: unknown[];
      relations: { added: number };
    };
    console.log(
      `  import --dry-run (read, reconcile, no write)  ${formatMs(parse.ms).padStart(10)}  peak RSS ${parse.maxRssMb.toFixed(0)} MB  (baseline)`,
    );
    console.log(
      `  import (writes ${report.relations.added.toLocaleString("en")} relations; ${report.kept.toLocaleString("en")} kept, ${report.rejected.length.toLocaleString("en")} rejected)  ${formatMs(run.ms).padStart(10)}  peak RSS ${run.maxRssMb.toFixed(0)} MB  ${(run.ms / parse.ms).toFixed(1)}× the dry run  (targets ≤ 60 s, ≤ 2 GB)`,
    );
    console.log("\n## Commands on the imported folder, against the same command on the shipped data");
    const commands: string[][] = [
      ["check"],
      ["stats", "--json"],
      ["backers", "Syrian government", "--at", "2020-06-15", "--json"],
      ["snapshot", "--at", "2020-06-15", "--json"],
    ];
    for (const c of commands) {
      const shipped = cliRun([...c, "--data", SHIPPED]);
      const first = cliRun([...c, "--data", into]);
      const second = cliRun([...c, "--data", into]);
      console.log(
        `  ${c
          .filter((a) => a !== "--json")
          .join(" ")
          .padEnd(
            44,
          )} shipped ${formatMs(shipped.ms).padStart(9)}  imported ${formatMs(first.ms).padStart(9)} then ${formatMs(second.ms).padStart(9)} (${(second.ms / shipped.ms).toFixed(1)}×)  peak RSS ${Math.max(first.maxRssMb, second.maxRssMb).toFixed(0)} MB  exit ${second.status}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
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
  if (dir) benchCentralityVsNetworkx(dir, await loadDataset(dir, { corpusDir: null }));
  benchSyntheticAcled(rows);
}
