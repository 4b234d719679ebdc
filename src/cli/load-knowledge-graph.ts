import { loadGraphData } from "../data/load-graph-data.js";
import { formatProblem } from "../data/problem.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { buildKnowledgeGraph } from "../graph/knowledge-graph.js";
import { FaultlineError } from "../faultline-error.js";

/** Loads and builds the knowledge graph of a graph-data folder; invalid data ends the command with exit 2. */
export async function loadKnowledgeGraph(dataDir: string): Promise<KnowledgeGraph> {
  const result = await loadGraphData(dataDir);
  if (!result.dataset) {
    const lines = result.problems.map(formatProblem).join("\n");
    throw new FaultlineError("invalid-data", result.problems.map(formatProblem), {
      summary: `${lines}\n${result.problems.length} problem(s) in ${dataDir}; run \`faultline check\` for details`,
    });
  }
  return buildKnowledgeGraph(result.dataset);
}
