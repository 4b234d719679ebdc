import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type Graph from "graphology";
import { write as writeGraphologyGexf } from "graphology-gexf";
import { buildGraph } from "../src/graph/build-graph.js";
import { wholeDataset } from "../src/formats/export-selection.js";
import { gexfChunks, gexfStats } from "../src/formats/gexf-writer.js";
import { formatMs, measure, printMeasurements, timeOnce } from "./measure.js";
import { syntheticDataset } from "./synthetic-dataset.js";

/** Heap for the measuring process: the dataset, the graphology graph and a 0.4 GB string outgrow node's default 4 GB. */
const HEAP_MB = 12_288;

/**
 * Writing 10^6 relations as GEXF: our dynamic writer (merged edges with spells, every attribute,
 * the records that import reads back) against graphology-gexf's static writer on the same graph
 * (graphology's edge attributes, no time), both producing the whole file in memory, in one
 * process with a larger heap (spawned from here). Three runs each; the median drops a cold run.
 */
export function benchFormats(relationCount = 1_000_000): void {
  const run = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_MB}`,
      "--import",
      "tsx",
      fileURLToPath(import.meta.url),
      String(relationCount),
    ],
    { stdio: "inherit" },
  );
  if (run.status !== 0) throw new Error(`the formats bench failed (exit ${run.status})`);
}

function measureFormats(relationCount: number): void {
  const built = timeOnce(() => syntheticDataset(10_000, relationCount));
  const graph = timeOnce(() => buildGraph(built.result));
  console.log(
    `\n# Formats: GEXF of ${relationCount.toLocaleString("en")} synthetic relations between 10,000 entities`,
  );
  console.log(
    `  dataset generated in ${formatMs(built.ms)}; graphology graph built in ${formatMs(graph.ms)}`,
  );

  let theirs = 0;
  const graphology = measure(
    "graphology-gexf write (static)",
    () => {
      theirs = writeGraphologyGexf(graph.result as unknown as Graph, {
        version: "1.3",
        pretty: false,
      }).length;
    },
    3,
    0,
  );
  let ours = 0;
  let edges = 0;
  const faultline = measure(
    "faultline gexfChunks (dynamic)",
    () => {
      const stats = gexfStats();
      ours = 0;
      for (const chunk of gexfChunks(wholeDataset(built.result), { stats })) ours += chunk.length;
      edges = stats.edges;
    },
    3,
    0,
  );
  printMeasurements(`Write the whole graph as GEXF (${relationCount.toLocaleString("en")} relations)`, [
    graphology,
    faultline,
  ]);
  console.log(
    `  graphology: ${graph.result.size.toLocaleString("en")} edges, ${(theirs / 1e6).toFixed(0)} M characters; ` +
      `faultline: ${edges.toLocaleString("en")} merged edges with spells and records, ${(ours / 1e6).toFixed(0)} M characters`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) measureFormats(Number(process.argv[2]));
