import graphData from "virtual:graph-data";
import type { GraphDataFile, ValidationResult } from "../data/validate-graph-data.js";
import { validateGraphData } from "../data/validate-graph-data.js";

/**
 * The graph-data files, read at build time by the CLI's own reader (the `virtual:graph-data`
 * module of vite.config.ts: the shipped folder, or $FAULTLINE_DATA), named `graph-data/…` as the
 * CLI names them.
 */
export function bundledGraphDataFiles(): GraphDataFile[] {
  return graphData.files;
}

/**
 * Validates the bundled graph-data exactly as `faultline check` does (without the corpus paragraph
 * check, the corpus not being part of the site), reporting files that could not be read (and a
 * missing sources.json, entities/ or relations/) as problems too.
 */
export function validateBundledGraphData(): ValidationResult {
  return validateGraphData(graphData.files, null, [...graphData.problems]);
}
