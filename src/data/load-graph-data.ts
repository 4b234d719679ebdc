import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Dataset } from "../model/core.js";
import { corpusParagraphCounts } from "./corpus.js";
import { locateCorpus } from "./corpus-location.js";
import { displayPath } from "./display-path.js";
import type { Problem } from "./problem.js";
import { formatProblem } from "./problem.js";
import { FaultlineError } from "../faultline-error.js";
import { readGraphDataFiles } from "./read-graph-data-files.js";
import { validateGraphData } from "./validate-graph-data.js";

/** Where to find the corpus whose paragraph counts evidence is checked against (null: skip that check). */
export interface LoadOptions {
  readonly corpusDir?: string | null;
}

/** Everything a load found: the dataset when there were no problems, and every problem otherwise. */
export interface LoadResult {
  readonly dataset: Dataset | null;
  readonly problems: readonly Problem[];
  /** The files read, as displayed in problems. */
  readonly files: readonly string[];
  /** What the load skipped without failing (entries that are not graph-data files), named. */
  readonly warnings: readonly Problem[];
}

/**
 * The corpus folder used when none is given: FAULTLINE_CORPUS, else ../shared/corpus beside the
 * repository, else ../shared/corpus beside the checkout that holds `dataDir`; null when none is there.
 */
export function defaultCorpusDir(dataDir: string): string | null {
  const located = locateCorpus();
  if (located.dir !== null || located.problem !== null) return located.dir;
  const candidate = resolve(dataDir, "..", "..", "shared", "corpus");
  return existsSync(candidate) ? candidate : null;
}

/**
 * Reads a graph-data folder (sources.json, entities/*.json, relations/*.json), validates every
 * item and cross-checks the whole, collecting all problems before giving up.
 */
export async function loadGraphData(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const display = displayPath;
  if (!existsSync(dir)) {
    return {
      dataset: null,
      problems: [{ file: display(dir), path: "$", message: "no such folder" }],
      files: [],
      warnings: [],
    };
  }
  const { files, paths, problems, warnings } = await readGraphDataFiles(dir, display);
  const corpusDir = options.corpusDir === undefined ? defaultCorpusDir(dir) : options.corpusDir;
  const corpusFiles = files
    .filter((f) => f.role === "sources")
    .flatMap((f) => ((f.content as { sources?: { file?: unknown }[] }).sources ?? []).map((s) => s?.file))
    .filter((f): f is string => typeof f === "string");
  const paragraphCounts = corpusDir ? corpusParagraphCounts(corpusDir, corpusFiles) : null;
  const { dataset } = validateGraphData(files, paragraphCounts, problems);
  return { dataset, problems, files: paths, warnings };
}

/** Loads a graph-data folder, throwing an invalid-data FaultlineError that lists every problem when it is not valid. */
export async function loadDataset(dir: string, options: LoadOptions = {}): Promise<Dataset> {
  const result = await loadGraphData(dir, options);
  if (!result.dataset) {
    throw new FaultlineError("invalid-data", result.problems.map(formatProblem), {
      summary: `${result.problems.length} problem(s) in the data:\n${result.problems.map(formatProblem).join("\n")}`,
    });
  }
  return result.dataset;
}
