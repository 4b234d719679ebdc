import type { GraphDataFile, ValidationResult } from "../data/validate-graph-data.js";
import { validateGraphData } from "../data/validate-graph-data.js";

/**
 * The graph-data files, read at build time (the `@graph-data` alias of vite.config.ts: the shipped
 * folder, or $FAULTLINE_DATA), as parsed JSON keyed by their path.
 */
const MODULES = import.meta.glob<unknown>(
  ["@graph-data/sources.json", "@graph-data/entities/*.json", "@graph-data/relations/*.json"],
  { eager: true, import: "default" },
);

const FILE_PATTERN = /\/(sources\.json|(entities|relations)\/[^/]+\.json)$/;

/** The bundled files as the validator takes them, named `graph-data/…` as the CLI names them. */
export function bundledGraphDataFiles(): GraphDataFile[] {
  const files: GraphDataFile[] = [];
  for (const path of Object.keys(MODULES).sort()) {
    const match = FILE_PATTERN.exec(path);
    if (!match) continue;
    const role = (match[2] ?? "sources") as GraphDataFile["role"];
    files.push({ name: `graph-data/${match[1]}`, role, content: MODULES[path] });
  }
  return files;
}

/**
 * Validates the bundled graph-data exactly as `faultline check` does (without the corpus paragraph
 * check, the corpus not being part of the site), reporting missing files as problems too.
 */
export function validateBundledGraphData(): ValidationResult {
  const files = bundledGraphDataFiles();
  const problems = (["sources", "entities", "relations"] as const)
    .filter((role) => !files.some((f) => f.role === role))
    .map((role) => ({
      file: role === "sources" ? "graph-data/sources.json" : `graph-data/${role}`,
      path: "$",
      message: `no ${role} files`,
    }));
  return validateGraphData(files, null, problems);
}
