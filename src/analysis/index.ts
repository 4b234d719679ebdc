/**
 * Time-aware graph analysis: centrality, paths, blocs, structural balance, timelines and change
 * between dates, over the graph valid on a date or in a window. Browser-safe (no node: imports);
 * the CLI and the web page list and run the same measures through MEASURES / runMeasure.
 */
export * from "./balance.js";
export * from "./blocs.js";
export * from "./centrality.js";
export * from "./diff.js";
export * from "./k-shortest-paths.js";
export * from "./layer.js";
export * from "./parameters.js";
export * from "./paths.js";
export * from "./registry.js";
export * from "./relation-ref.js";
export * from "./select-relations.js";
export * from "./signed-pairs.js";
export * from "./simple-projection.js";
export * from "./time-scope.js";
export * from "./timeline.js";
