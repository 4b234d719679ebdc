import { join } from "node:path";
import { graphDataListing } from "./graph-data-listing.js";
import type { Problem } from "./problem.js";
import { readJsonFile } from "./read-json-file.js";
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
  const listing = graphDataListing(dir, display);
  const { problems, warnings } = listing;
  if (listing.layout === null) return { files: [], paths: [], problems, warnings };
  const files: GraphDataFile[] = [];
  for (const { path, role } of listing.layout.files) {
    const full = join(dir, ...path.split("/"));
    const json = await readJsonFile(full, display(full));
    if (json.ok) files.push({ name: display(full), role, content: json.value });
    else problems.push(...json.problems);
  }
  return { files, paths: listing.paths, problems, warnings };
}
