import betweennessCentralityImport from "graphology-metrics/centrality/betweenness.js";
import closenessCentralityImport from "graphology-metrics/centrality/closeness.js";
import {
  degreeCentrality,
  inDegreeCentrality,
  outDegreeCentrality,
} from "graphology-metrics/centrality/degree.js";
import eigenvectorCentralityImport from "graphology-metrics/centrality/eigenvector.js";
import pagerankImport from "graphology-metrics/centrality/pagerank.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { commonJsDefault } from "./common-js-default.js";
import type { EntityRef } from "./relation-ref.js";
import { compareIds, entityRef } from "./relation-ref.js";
import type { RelationSelection } from "./select-relations.js";
import { selectRelations } from "./select-relations.js";
import type { Projection, ProjectionDirection } from "./simple-projection.js";
import { simpleProjection } from "./simple-projection.js";

// CommonJS modules whose typings disagree between Bundler and NodeNext resolution (see commonJsDefault).
const betweennessCentrality = commonJsDefault(betweennessCentralityImport);
const closenessCentrality = commonJsDefault(closenessCentralityImport);
const eigenvectorCentrality = commonJsDefault(eigenvectorCentralityImport);
const pagerank = commonJsDefault(pagerankImport);

/** The centrality measures, by id. */
export const CENTRALITY_MEASURES = [
  "degree",
  "in-degree",
  "out-degree",
  "betweenness",
  "closeness",
  "pagerank",
  "eigenvector",
] as const;

/** A centrality measure id. */
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

/** Whether parallel relations between a pair weigh more (`count`) or the same as one (`none`). */
export type Weighting = "count" | "none";

/** What to rank: a measure over a selection of relations, with the measure's own settings. */
export interface CentralityOptions extends RelationSelection {
  readonly measure: CentralityMeasure;
  /** Betweenness and closeness: follow relations' directions (symmetric ones both ways). Default false. */
  readonly directed?: boolean;
  /** PageRank and eigenvector: weigh a pair by its number of relations (default) or not. */
  readonly weighting?: Weighting;
  /** PageRank damping factor (default 0.85). */
  readonly alpha?: number;
  /** Keep only the N best (default all). */
  readonly top?: number | null;
}

/** An entity and its score under a measure. */
export interface ScoredEntity extends EntityRef {
  readonly score: number;
}

/** The projection each measure runs on (undirected unless the measure reads direction). */
export function centralityProjection(options: CentralityOptions): ProjectionDirection {
  switch (options.measure) {
    case "in-degree":
    case "out-degree":
    case "pagerank":
      return "directed";
    case "betweenness":
    case "closeness":
      return options.directed ? "directed" : "undirected";
    default:
      return "undirected";
  }
}

/** Runs graphology's implementation of a measure on a projection; scores by entity id. */
export function runCentrality(graph: Projection, options: CentralityOptions): Record<string, number> {
  const weight = options.weighting === "none" ? null : "weight";
  switch (options.measure) {
    case "degree":
      return degreeCentrality(graph);
    case "in-degree":
      return inDegreeCentrality(graph);
    case "out-degree":
      return outDegreeCentrality(graph);
    case "betweenness":
      // Unweighted on purpose: graphology reads a weight as a distance, and ours counts relations.
      return betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    case "closeness":
      return closenessCentrality(graph, { wassermanFaust: true });
    case "pagerank":
      return pagerank(graph, { getEdgeWeight: weight, alpha: options.alpha ?? 0.85, maxIterations: 1000 });
    case "eigenvector":
      return eigenvectorCentrality(graph, { getEdgeWeight: weight, maxIterations: 1000 });
  }
}

/**
 * Ranks the entities touched by the selected relations under a centrality measure, computed by
 * graphology-metrics on the measure's simple projection (see simpleProjection): best first, ties by
 * label then id. Degree, betweenness and closeness are normalised as graphology does (by n−1, and
 * by (n−1)(n−2)); closeness uses the Wasserman–Faust correction, so a disconnected graph still
 * ranks; PageRank reads direction; eigenvector is undirected (directed patron→client trees have no
 * useful eigenvector). An empty selection ranks nobody.
 */
export function centralityScores(kg: KnowledgeGraph, options: CentralityOptions): ScoredEntity[] {
  const graph = simpleProjection(kg, selectRelations(kg, options), centralityProjection(options));
  if (graph.order === 0) return [];
  const scores = runCentrality(graph, options);
  const ranked = graph
    .nodes()
    .map((id) => ({ ...entityRef(kg, id), score: scores[id] ?? 0 }))
    .sort(
      (a, b) => compareScores(a.score, b.score) || a.label.localeCompare(b.label) || compareIds(a.id, b.id),
    );
  return options.top === undefined || options.top === null ? ranked : ranked.slice(0, options.top);
}

/** Higher scores first; scores within 1e-12 of each other count as tied (floating-point noise). */
function compareScores(a: number, b: number): number {
  return Math.abs(a - b) <= 1e-12 ? 0 : b - a;
}
