/**
 * Faultline's Node entry (`faultline/node`): reading graph-data folders from disk, finding the
 * corpus, and writing exports and graph-data folders. Everything else is in the browser-safe
 * main entry (`faultline`, src/index.ts).
 */

// Reading and checking a graph-data folder.
export type { LoadOptions, LoadResult } from "./data/load-graph-data.js";
export { loadDataset, loadGraphData } from "./data/load-graph-data.js";
export type { CorpusLocation } from "./data/corpus-location.js";
export { CORPUS_ENV, locateCorpus } from "./data/corpus-location.js";

/** The graph-data folder shipped with the package (the data the `faultline` command answers on). */
export { SHIPPED_DATA_DIR } from "./cli/paths.js";

// Files: an import read from disk, an export written whole or not at all, a graph-data folder.
export { readImportInput } from "./formats/node/read-import.js";
export { writeChunksToFile, writeFilesAtomically } from "./formats/node/write-chunks.js";
export { writeGraphDataFolder } from "./formats/node/write-graph-data-folder.js";
