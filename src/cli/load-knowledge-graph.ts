import { formatProblem } from "../data/problem.js";
import { FaultlineError } from "../faultline-error.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { knowledgeGraphOf } from "../graph/knowledge-graph.js";
import { loadValidatedDataset } from "../store/load-validated-dataset.js";
import { validationNotice } from "./validation-notice.js";

/** What a command loads: its graph-data folder and its parsed options (`--no-cache` among them). */
export interface GraphRequest {
  readonly dataDir: string;
  readonly values?: Readonly<Record<string, unknown>>;
}

/**
 * Loads the knowledge graph of a graph-data folder through the validated store (unless
 * `--no-cache`); invalid data ends the command with exit 2. Only what the command touches gets
 * built: the graphology graph, time index and whole relations wait until first asked for.
 */
export async function loadKnowledgeGraph(request: string | GraphRequest): Promise<KnowledgeGraph> {
  const { dataDir, values } = typeof request === "string" ? { dataDir: request, values: {} } : request;
  const cache = values?.["no-cache"] !== true;
  const result = await loadValidatedDataset(dataDir, {
    cache,
    onValidate: validationNotice(process.stderr, dataDir, cache),
  });
  if (!result.columnar) {
    const lines = result.problems.map(formatProblem).join("\n");
    throw new FaultlineError("invalid-data", result.problems.map(formatProblem), {
      summary: `${lines}\n${result.problems.length} problem(s) in ${dataDir}; run \`faultline check\` for details`,
    });
  }
  if (result.storeNote !== null) process.stderr.write(`faultline: note: not cached: ${result.storeNote}\n`);
  return knowledgeGraphOf(result.columnar);
}
