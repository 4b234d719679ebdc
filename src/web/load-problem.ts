import type { Problem } from "../data/problem.js";
import type { Rejection } from "../formats/import-result.js";

/** One thing wrong with files a user opened: which file, where in it (a JSON path or a line), and what. */
export interface LoadProblem {
  readonly file: string;
  /** `$.relations[3].source (id)`, `line 12`, or null when the whole file is concerned. */
  readonly place: string | null;
  readonly message: string;
}

/** A validator problem (file, JSON path, item id) as the page lists it. */
export function fromProblem(p: Problem): LoadProblem {
  const place =
    p.path === "$" && p.id === undefined ? null : `${p.path}${p.id === undefined ? "" : ` (${p.id})`}`;
  return { file: p.file, place, message: p.message };
}

/** An import rejection (file, line) as the page lists it. */
export function fromRejection(r: Rejection): LoadProblem {
  return { file: r.file, place: r.line === null ? null : `line ${r.line}`, message: r.message };
}

/** A problem about a whole file. */
export function fileProblem(file: string, message: string): LoadProblem {
  return { file, place: null, message };
}
