import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import closenessCentrality from "graphology-metrics/centrality/closeness.js";
import {
  degreeCentrality,
  inDegreeCentrality,
  outDegreeCentrality,
} from "graphology-metrics/centrality/degree.js";
import eigenvectorCentrality from "graphology-metrics/centrality/eigenvector.js";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import type { CentralityMeasure, Projection } from "../src/analysis/index.js";
import {
  CENTRALITY_MEASURES,
  centralityProjection,
  centralityScores,
  diffDates,
  findBlocs,
  findPaths,
  selectRelations,
  simpleProjection,
  structuralBalance,
  timeline,
} from "../src/analysis/index.js";
import { buildKnowledgeGraph } from "../src/graph/knowledge-graph.js";
import type { Dataset, Relation, RelationKind } from "../src/model/core.js";
import { dayToIso } from "../src/model/core.js";
import { parseQueryDate } from "../src/query/query-date.js";
import { snapshotAt } from "../src/query/snapshot.js";
import type { Measurement } from "./measure.js";
import { formatMs, measure, timeOnce } from "./measure.js";
import { seededRandom } from "../src/analysis/seeded-random.js";
import { datedRelations } from "../src/time/dated-relations.js";
import { syntheticDataset } from "./synthetic-dataset.js";

/** The state kind each synthetic kind becomes: hostile events become `fights`, talks `allied-with`. */
const AS_STATE: Record<string, RelationKind> = {
  attacked: "fights",
  "clashed-with": "fights",
  "negotiated-with": "allied-with",
  backs: "backs",
  "allied-with": "allied-with",
  fights: "fights",
};

/**
 * The synthetic dataset (same entities and pairs) with every relation turned into a state holding
 * on `day`: begun up to ~5 years before, ending up to ~5 years after (1 in 30 still open).
 */
export function statesValidOn(base: Dataset, day: number, seed = 11): Dataset {
  const random = seededRandom(seed);
  const sources = new Map(base.sources.map((s) => [s.id, s]));
  const relations = base.relations.map((r): Relation => {
    const start = dayToIso(day - Math.floor(random() * 2000));
    const end = random() < 1 / 30 ? null : dayToIso(day + Math.floor(random() * 2000));
    const relation = {
      id: r.id,
      kind: AS_STATE[r.kind]!,
      source: r.source,
      target: r.target,
      start,
      end,
      status: r.status,
      evidence: r.evidence,
    };
    return relation;
  });
  return { ...base, relations: datedRelations(relations, sources, base.entities) };
}

/** graphology-metrics called directly on a projection built beforehand, as ours calls it. */
function rawCentrality(measure: CentralityMeasure, graph: Projection): Record<string, number> {
  switch (measure) {
    case "degree":
      return degreeCentrality(graph);
    case "in-degree":
      return inDegreeCentrality(graph);
    case "out-degree":
      return outDegreeCentrality(graph);
    case "betweenness":
      return betweennessCentrality(graph, { getEdgeWeight: null });
    case "closeness":
      return closenessCentrality(graph, { wassermanFaust: true });
    case "pagerank":
      return pagerank(graph, { getEdgeWeight: "weight", maxIterations: 1000 });
    case "eigenvector":
      return eigenvectorCentrality(graph, { getEdgeWeight: "weight", maxIterations: 1000 });
  }
}

function printRows(title: string, rows: readonly Measurement[], baseline: Measurement, note = ""): void {
  console.log(`\n## ${title}`);
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const r of rows) {
    const ratio =
      r === baseline ? "(baseline)" : `${(r.medianMs / baseline.medianMs).toFixed(1)}× ${baseline.label}`;
    console.log(
      `  ${r.label.padEnd(width)}  median ${formatMs(r.medianMs).padStart(10)}  min ${formatMs(r.minMs).padStart(10)}  (${r.runs} runs)  ${ratio}`,
    );
  }
  if (note) console.log(`  ${note}`);
}

/**
 * Every analysis measure on a synthetic graph of `entityCount` entities and `relationCount`
 * relations all valid on one date, against baselines measured in the same run: the snapshot of
 * that date through the time index, the projection build, and graphology's raw call per measure.
 */
export function benchAnalysis(entityCount = 10_000, relationCount = 100_000): void {
  const date = parseQueryDate("2020-06-15");
  const built = timeOnce(() => statesValidOn(syntheticDataset(entityCount, relationCount), date.lo));
  const kg = timeOnce(() => buildKnowledgeGraph(built.result));
  console.log(
    `\n# Analysis: ${entityCount.toLocaleString("en")} entities, ${relationCount.toLocaleString("en")} relations valid on ${date.text}`,
  );
  console.log(`  dataset built in ${formatMs(built.ms)}; graph + time index in ${formatMs(kg.ms)}`);
  const g = kg.result;
  const scope = { kind: "at", date } as const;
  const held = snapshotAt(g, date).relations.length;
  if (held !== relationCount)
    throw new Error(`expected all ${relationCount} relations on ${date.text}, got ${held}`);

  const snapshot = measure("snapshot", () => snapshotAt(g, date), 10, 2);
  const undirected = measure(
    "undirected projection",
    () => simpleProjection(g, selectRelations(g, { scope }), "undirected"),
    5,
    1,
  );
  const directed = measure(
    "directed projection",
    () => simpleProjection(g, selectRelations(g, { scope }), "directed"),
    5,
    1,
  );
  printRows("Baselines: the graph of the date", [snapshot, undirected, directed], snapshot);

  // Ours (selection, projection, graphology, ranking) against graphology's call alone on a ready projection.
  const projections = {
    undirected: simpleProjection(g, selectRelations(g, { scope }), "undirected"),
    directed: simpleProjection(g, selectRelations(g, { scope }), "directed"),
  };
  console.log(
    `  projections: ${projections.undirected.order.toLocaleString("en")} nodes, ${projections.undirected.size.toLocaleString("en")} undirected edges, ${projections.directed.size.toLocaleString("en")} arcs`,
  );
  // Ours (selection, projection, graphology, ranking) against graphology's call alone on a ready
  // projection. Betweenness and closeness are O(n·m): one run each, and no second run of the raw
  // call, whose time is ours less the projection (measured above).
  console.log("\n## Centrality: ours (select + project + graphology + rank) against graphology's call alone");
  for (const m of CENTRALITY_MEASURES) {
    const heavy = m === "betweenness" || m === "closeness";
    const ours = measure(m, () => centralityScores(g, { measure: m, scope }), heavy ? 1 : 5, heavy ? 0 : 1);
    const projection = centralityProjection({ measure: m, scope }) === "directed" ? directed : undirected;
    const vsRaw = heavy
      ? `projection ${((projection.medianMs / ours.medianMs) * 100).toFixed(0)}% of it`
      : (() => {
          const raw = measure(
            m,
            () => rawCentrality(m, projections[centralityProjection({ measure: m, scope })]),
            5,
            1,
          );
          return `graphology alone ${formatMs(raw.medianMs)} (${(ours.medianMs / raw.medianMs).toFixed(0)}×)`;
        })();
    console.log(
      `  ${m.padEnd(12)} median ${formatMs(ours.medianMs).padStart(10)} (${ours.runs} runs)  ${(ours.medianMs / snapshot.medianMs).toFixed(0).padStart(5)}× the snapshot; ${vsRaw}`,
    );
  }

  const ids = g.dataset.entities.map((e) => e.id);
  const random = seededRandom(3);
  const pairs = Array.from(
    { length: 20 },
    () => [ids[Math.floor(random() * ids.length)]!, ids[Math.floor(random() * ids.length)]!] as const,
  );
  const path1 = measure(
    "path k=1",
    (i) => findPaths(g, pairs[i % 20]![0], pairs[i % 20]![1], { scope }),
    20,
    2,
  );
  const path5 = measure(
    "paths k=5",
    (i) => findPaths(g, pairs[i % 20]![0], pairs[i % 20]![1], { scope, k: 5 }),
    10,
    1,
  );
  const blocs = measure("blocs (Louvain)", () => findBlocs(g, { scope }), 3, 1);
  const balance = measure("balance", () => structuralBalance(g, { scope }), 3, 1);
  const history = measure(
    "timeline of one entity",
    (i) => timeline(g, { entity: ids[i % ids.length]! }),
    10,
    2,
  );
  const later = parseQueryDate("2021-06-15");
  const diff = measure("diff of two dates", () => diffDates(g, { before: date, after: later }), 3, 1);
  printRows(
    "Paths, blocs, balance, timeline, diff",
    [snapshot, path1, path5, blocs, balance, history, diff],
    snapshot,
  );
}
