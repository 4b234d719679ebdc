import { join } from "node:path";
import type { GraphDataLayout } from "./graph-data-layout.js";
import { listGraphDataFiles } from "./list-graph-data-files.js";
import { missingGraphDataParts } from "./missing-graph-data-parts.js";
import type { Problem } from "./problem.js";
import { fileErrorReason } from "./read-json-file.js";

/** What the graph-data rule makes of a folder's entries, as `check` reports it, before any file is read. */
export interface GraphDataListing {
  /** The rule's verdict on the folder's entries; null when the folder could not be listed. */
  readonly layout: GraphDataLayout | null;
  /** Every file the rule selects, as displayed. */
  readonly paths: string[];
  /** A folder that cannot be listed, or lacks sources.json, entities/*.json or relations/*.json. */
  readonly problems: Problem[];
  /** Entries the rule skips (nested folders, links, other names…), each with why. */
  readonly warnings: Problem[];
}

/**
 * Lists a graph-data folder by the one graph-data rule (graph-data-layout.ts): the files it reads,
 * the entries it skips (warnings) and the parts it lacks (problems). A walk of the folder, no file
 * read; `display` turns a path into the name shown in messages.
 */
export function graphDataListing(dir: string, display: (path: string) => string): GraphDataListing {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  let layout: GraphDataLayout;
  try {
    layout = listGraphDataFiles(dir);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const where = e.path ? display(e.path) : display(dir);
    problems.push({ file: where, path: "$", message: `cannot read the folder: ${fileErrorReason(error)}` });
    return { layout: null, paths: [], problems, warnings };
  }
  for (const s of layout.skipped) {
    warnings.push({ file: display(join(dir, s.path)), path: "$", message: `skipped: ${s.reason}` });
  }
  for (const missing of missingGraphDataParts(layout.files)) {
    problems.push({ file: display(join(dir, missing.path)), path: "$", message: missing.message });
  }
  const paths = layout.files.map((f) => display(join(dir, ...f.path.split("/"))));
  return { layout, paths, problems, warnings };
}
