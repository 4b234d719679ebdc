import { relative } from "node:path";
import type { Problem } from "./problem.js";
import { readGraphDataFiles } from "./read-graph-data-files.js";
import type { GraphDataFile } from "./validate-graph-data.js";

/** The id the page imports its graph-data from. */
export const GRAPH_DATA_MODULE_ID = "virtual:graph-data";

/** What the page receives: the files read by the CLI's reader, what kept any file from being read, and what was skipped. */
export interface BundledGraphData {
  readonly files: GraphDataFile[];
  readonly problems: Problem[];
  readonly warnings: Problem[];
}

/** The part of a Vite plugin this one uses (typed here so src/ does not depend on Vite's types). */
interface GraphDataPlugin {
  readonly name: string;
  resolveId(id: string): string | undefined;
  load(
    this: { addWatchFile(path: string): void; warn(message: string): void },
    id: string,
  ): Promise<string | undefined>;
}

/**
 * A Vite plugin giving the page the graph-data folder `dataDir` as `virtual:graph-data`, read by
 * the very reader the CLI uses (the one graph-data rule, strict JSON): the page and the CLI read
 * the same files the same way. Skipped entries are Vite warnings too; files are named `graph-data/…`.
 */
export function graphDataVitePlugin(dataDir: string): GraphDataPlugin {
  const resolved = `\0${GRAPH_DATA_MODULE_ID}`;
  return {
    name: "faultline-graph-data",
    resolveId(id) {
      return id === GRAPH_DATA_MODULE_ID ? resolved : undefined;
    },
    async load(id) {
      if (id !== resolved) return undefined;
      const display = (path: string) => `graph-data/${relative(dataDir, path).split("\\").join("/")}`;
      const read = await readGraphDataFiles(dataDir, display);
      this.addWatchFile(dataDir);
      for (const f of read.paths) this.addWatchFile(`${dataDir}/${f.slice("graph-data/".length)}`);
      for (const w of read.warnings) this.warn(`${w.file}: ${w.message}`);
      const data: BundledGraphData = { files: read.files, problems: read.problems, warnings: read.warnings };
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
