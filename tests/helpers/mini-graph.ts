import { loadDataset } from "../../src/data/load-graph-data.js";
import type { KnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { buildKnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { miniData, writeGraphData } from "./mini-data.js";

/** The knowledge graph of the mini data set, optionally changed first. */
export async function miniGraph(mutate?: (d: ReturnType<typeof miniData>) => void): Promise<KnowledgeGraph> {
  const data = miniData();
  mutate?.(data);
  return buildKnowledgeGraph(await loadDataset(writeGraphData(data), { corpusDir: null }));
}
