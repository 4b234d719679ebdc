import type { Problem } from "../data/problem";
import type { GraphDataFile } from "../data/validate-graph-data";
import { validateGraphData } from "../data/validate-graph-data";
import type { Dataset } from "../model";

/** Where an imported item or a rejection comes from: a file, and a line in it when known. */
export interface ImportOrigin {
  readonly file: string;
  readonly line: number | null;
}

/** An item an import read (a source, entity or relation as graph-data would hold it), not yet validated. */
export interface ImportedItem {
  readonly value: unknown;
  readonly origin: ImportOrigin;
}

/** A row or element an import could not use, and why. */
export interface Rejection extends ImportOrigin {
  readonly message: string;
}

/** What a format reader found: the items it could read, and every row or element it could not. */
export interface ImportRead {
  readonly sources: ImportedItem[];
  readonly entities: ImportedItem[];
  readonly relations: ImportedItem[];
  readonly rejections: Rejection[];
  /** Rows or elements read in all (kept and rejected), for the report. */
  readonly elements: number;
  /** Checks that need the validated dataset (e.g. a GEXF edge's time against its relations' dates). */
  readonly verify?: (dataset: Dataset) => Rejection[];
}

/** The end of an import: the dataset when everything was read and valid, and every rejection otherwise. */
export interface ImportOutcome {
  readonly dataset: Dataset | null;
  readonly rejections: readonly Rejection[];
  readonly elements: number;
}

/** An empty ImportRead to fill. */
export function emptyImportRead(): ImportRead & { elements: number } {
  return { sources: [], entities: [], relations: [], rejections: [], elements: 0 };
}

/** Formats a rejection as `file:line: message` (or `file: message`), as compilers do. */
export function formatRejection(r: Rejection): string {
  return `${r.file}${r.line === null ? "" : `:${r.line}`}: ${r.message}`;
}

const ROLES = [
  ["sources", "source"],
  ["entities", "entity"],
  ["relations", "relation"],
] as const;

const ITEM_PATH = /^\$\.(sources|entities|relations)\[(\d+)\]\.?(.*)$/;

/** Rewrites a validator problem on the assembled items as a rejection at the item's file and line. */
function toRejection(problem: Problem, read: ImportRead, fallback: string): Rejection {
  const m = ITEM_PATH.exec(problem.path);
  const role = m ? ROLES.find(([r]) => r === m[1]) : undefined;
  const item = m && role ? read[role[0]][Number(m[2])] : undefined;
  if (!m || !role || !item)
    return { file: fallback, line: null, message: `${problem.path}: ${problem.message}` };
  const value = item.value as { id?: unknown };
  const name = typeof value?.id === "string" ? `${role[1]} "${value.id}"` : role[1];
  const field = m[3] ? `${m[3]}: ` : "";
  return { ...item.origin, message: `${name}: ${field}${problem.message}` };
}

/**
 * Validates what a reader found with the project's validator (the same checks as `faultline
 * check`), so an import is accepted only when the data is sound, and reports every problem at
 * its row or element. Pure.
 */
export function finishImport(
  read: ImportRead,
  input: string,
  paragraphCounts: ReadonlyMap<string, number> | null = null,
): ImportOutcome {
  const files: GraphDataFile[] = ROLES.map(([role]) => ({
    name: role,
    role,
    content: { [role]: read[role].map((i) => i.value) },
  }));
  const { dataset, problems } = validateGraphData(files, paragraphCounts);
  const rejections = [...read.rejections, ...problems.map((p) => toRejection(p, read, input))];
  if (dataset && read.verify) rejections.push(...read.verify(dataset));
  return { dataset: rejections.length === 0 ? dataset : null, rejections, elements: read.elements };
}
