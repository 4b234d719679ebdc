import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { FolderEntry, GraphDataLayout } from "./graph-data-layout.js";
import { graphDataLayout } from "./graph-data-layout.js";

function entryType(stats: import("node:fs").Stats): Pick<FolderEntry, "type" | "what"> {
  if (stats.isSymbolicLink()) return { type: "symlink" };
  if (stats.isDirectory()) return { type: "folder" };
  if (stats.isFile()) return { type: "file" };
  if (stats.isFIFO()) return { type: "other", what: "a FIFO (named pipe)" };
  if (stats.isSocket()) return { type: "other", what: "a socket" };
  return { type: "other", what: "a device" };
}

/**
 * Every entry under `dir` (symbolic links reported, never followed), as the graph-data rule takes
 * them. File-system errors (an unreadable folder) are thrown as they are.
 */
export function folderEntries(dir: string): FolderEntry[] {
  const entries: FolderEntry[] = [];
  const walk = (relative: string) => {
    for (const name of readdirSync(join(dir, relative)).sort()) {
      const path = relative === "" ? name : `${relative}/${name}`;
      const type = entryType(lstatSync(join(dir, path)));
      entries.push({ path, ...type });
      if (type.type === "folder") walk(path);
    }
  };
  walk("");
  return entries;
}

/** Which files of the graph-data folder `dir` are read, and which are skipped (with why), by the one rule of graph-data-layout. */
export function listGraphDataFiles(dir: string): GraphDataLayout {
  return graphDataLayout(folderEntries(dir));
}
