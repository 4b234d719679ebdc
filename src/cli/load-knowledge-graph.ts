import { loadGraphData } from "../data/load-graph-data";
import { formatProblem } from "../data/problem";
import type { KnowledgeGraph } from "../graph/knowledge-graph";
import { buildKnowledgeGraph } from "../graph/knowledge-graph";
import { badInput } from "./cli-error";

/** Loads and builds the knowledge graph of a graph-data folder; invalid data ends the command with exit 2. */
export async function loadKnowledgeGraph(dataDir: string): Promise<KnowledgeGraph> {
  const result = await loadGraphData(dataDir);
  if (!result.dataset) {
    const lines = result.problems.map(formatProblem).join("\n");
    throw badInput(
      `${lines}\n${result.problems.length} problem(s) in ${dataDir}; run \`faultline check\` for details`,
    );
  }
  return buildKnowledgeGraph(result.dataset);
}
