/** One thing wrong with the data: which file, where in it (a JSON path such as `$.relations[3].source`), and what. */
export interface Problem {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

/** Formats a problem as `file: path: message` for terminals and logs. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}

/** Turns a path of keys and indexes into JSON path text, e.g. `["relations", 3, "source"]` → `$.relations[3].source`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return `$${path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`)).join("")}`;
}
