/**
 * Time-aware graph analysis: centrality, paths, blocs, structural balance, timelines and change
 * between dates, over the graph valid on a date or in a window. Browser-safe (no node: imports);
 * the CLI and the web page list and run the same measures through MEASURES / runMeasure.
 */
export * from "./analysis-input-error";
export * from "./balance";
export * from "./blocs";
export * from "./centrality";
export * from "./diff";
export * from "./k-shortest-paths";
export * from "./layer";
export * from "./parameters";
export * from "./paths";
export * from "./registry";
export * from "./relation-ref";
export * from "./select-relations";
export * from "./signed-pairs";
export * from "./simple-projection";
export * from "./time-scope";
export * from "./timeline";
