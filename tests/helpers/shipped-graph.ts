import { join } from "node:path";
import { loadDataset } from "../../src/data/load-graph-data.js";
import type { KnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { buildKnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { ROOT } from "./run-cli.js";

/** The shipped graph-data folder. */
export const SHIPPED_DATA = join(ROOT, "graph-data");

let cached: Promise<KnowledgeGraph> | undefined;

/** The knowledge graph of the shipped data, loaded once per test file. */
export function shippedGraph(): Promise<KnowledgeGraph> {
  cached ??= loadDataset(SHIPPED_DATA).then(buildKnowledgeGraph);
  return cached;
}
