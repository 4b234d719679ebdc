import { pathKey } from "./strict-json.js";
import { oneLine } from "./visible-text.js";

/** One thing wrong with the data: which file, where in it (a JSON path such as `$.relations[3].source`), and what. */
export interface Problem {
  readonly file: string;
  readonly path: string;
  readonly message: string;
  /** The id of the item the path points into (a relation, entity or source), when it has one. */
  readonly id?: string;
}

/**
 * Formats a problem as `file: path (id): message` for terminals and logs, always on one line:
 * line breaks and control characters from the data are shown escaped, so no value can forge a
 * problem line.
 */
export function formatProblem(p: Problem): string {
  return oneLine(`${p.file}: ${p.path}${p.id === undefined ? "" : ` (${p.id})`}: ${p.message}`);
}

/** Turns a path of keys and indexes into JSON path text, e.g. `["relations", 3, "source"]` → `$.relations[3].source` (odd keys quoted: `$["a b"]`). */
export function jsonPath(path: readonly PropertyKey[]): string {
  return `$${path.map((k) => (typeof k === "number" ? `[${k}]` : pathKey(String(k)))).join("")}`;
}
