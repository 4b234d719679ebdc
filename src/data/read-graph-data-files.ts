import { join } from "node:path";
import { listGraphDataFiles } from "./list-graph-data-files.js";
import { missingGraphDataParts } from "./missing-graph-data-parts.js";
import type { Problem } from "./problem.js";
import { fileErrorReason, readJsonFile } from "./read-json-file.js";
import type { GraphDataFile } from "./validate-graph-data.js";

/** The files of a graph-data folder as the validator takes them, with what kept any of them from being read. */
export interface GraphDataFilesRead {
  readonly files: GraphDataFile[];
  /** Every file the rule selects, as displayed (read or not). */
  readonly paths: string[];
  readonly problems: Problem[];
  /** Entries the rule skips (nested folders, links, other names…), each with why. */
  readonly warnings: Problem[];
}

/**
 * Reads the files of a graph-data folder chosen by the one graph-data rule (graph-data-layout.ts),
 * strictly (read-json-file.ts). A missing sources.json, entities/ or relations/ is a problem;
 * skipped entries are warnings. `display` turns a path into the name shown in messages.
 */
export async function readGraphDataFiles(
  dir: string,
  display: (path: string) => string,
): Promise<GraphDataFilesRead> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  let layout;
  try {
    layout = listGraphDataFiles(dir);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const where = e.path ? display(e.path) : display(dir);
    problems.push({ file: where, path: "$", message: `cannot read the folder: ${fileErrorReason(error)}` });
    return { files: [], paths: [], problems, warnings };
  }
  for (const s of layout.skipped) {
    warnings.push({ file: display(join(dir, s.path)), path: "$", message: `skipped: ${s.reason}` });
  }
  for (const missing of missingGraphDataParts(layout.files)) {
    problems.push({ file: display(join(dir, missing.path)), path: "$", message: missing.message });
  }
  const files: GraphDataFile[] = [];
  for (const { path, role } of layout.files) {
    const full = join(dir, ...path.split("/"));
    const json = await readJsonFile(full, display(full));
    if (json.ok) files.push({ name: display(full), role, content: json.value });
    else problems.push(...json.problems);
  }
  return {
    files,
    paths: layout.files.map((f) => display(join(dir, ...f.path.split("/")))),
    problems,
    warnings,
  };
}
