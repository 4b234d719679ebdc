import type { Problem } from "../data/problem.js";
import { oneLine } from "../data/visible-text.js";
import type { GraphDataFile } from "../data/validate-graph-data.js";
import { validateGraphData } from "../data/validate-graph-data.js";
import { derivedControlIds } from "../time/derive-control.js";
import type { Dataset } from "../model/core.js";
import { EntitySchema, SourceSchema } from "../model/index.js";

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
  /** Ids of sources and entities the reader rejected, as `source:ID` and `entity:ID`. */
  readonly rejectedIds: Set<string>;
  /** Kinds of item the reader could not read at all (a missing file, an unreadable sources list). */
  readonly unread: Set<"sources" | "entities">;
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
  return {
    sources: [],
    entities: [],
    relations: [],
    rejections: [],
    elements: 0,
    rejectedIds: new Set(),
    unread: new Set(),
  };
}

/** Formats a rejection as `file:line: message` (or `file: message`), as compilers do, always on one line (control characters from the data shown escaped). */
export function formatRejection(r: Rejection): string {
  return oneLine(`${r.file}${r.line === null ? "" : `:${r.line}`}: ${r.message}`);
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

const UNKNOWN_REFERENCE = /^unknown (entity|source) "(.*?)"(?: \(did you mean ".*"\?\))?$/;

/**
 * Splits rejections into those to show and those that only follow from an entity or source
 * rejected already (every relation citing it would be "unknown"): the latter are summed up in one
 * line per rejected item, with the lines they come from.
 */
function collapseConsequences(rejections: readonly Rejection[], read: ImportRead): Rejection[] {
  const rejected = new Set(read.rejectedIds);
  for (const item of read.entities) {
    if (!EntitySchema.safeParse(item.value).success)
      rejected.add(`entity:${String((item.value as { id?: unknown })?.id)}`);
  }
  for (const item of read.sources) {
    if (!SourceSchema.safeParse(item.value).success)
      rejected.add(`source:${String((item.value as { id?: unknown })?.id)}`);
  }
  const shown: Rejection[] = [];
  const following = new Map<string, { file: string; lines: number[] }>();
  for (const r of rejections) {
    const m = UNKNOWN_REFERENCE.exec(r.message.replace(/^[^:]*: [^:]*: /, ""));
    const key = m ? `${m[1]}:${m[2]}` : null;
    const consequence =
      key !== null &&
      (rejected.has(key) || (m![1] === "source" ? read.unread.has("sources") : read.unread.has("entities")));
    if (!consequence) {
      shown.push(r);
      continue;
    }
    const group = following.get(key!) ?? { file: r.file, lines: [] };
    if (r.line !== null && group.lines.at(-1) !== r.line) group.lines.push(r.line);
    following.set(key!, group);
  }
  for (const [key, { file, lines }] of following) {
    const [what, id] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
    const where =
      lines.length === 0
        ? ""
        : ` (line${lines.length > 1 ? "s" : ""} ${lines.slice(0, 12).join(", ")}${lines.length > 12 ? ", …" : ""})`;
    shown.push({
      file,
      line: null,
      message: `${lines.length || "some"} relation(s) refer to the ${what} "${id}", which could not be read${where}`,
    });
  }
  return shown;
}

/**
 * Validates what a reader found with the project's validator (the same checks as `faultline
 * check`), so an import is accepted only when the data is sound, and reports every problem at
 * its row or element (problems that only follow from a rejected entity or source are summed up
 * under it). Pure.
 */
export function finishImport(
  read: ImportRead,
  input: string,
  paragraphCounts: ReadonlyMap<string, number> | null = null,
): ImportOutcome {
  // Controls derived from captures come back from an export; they are derived again, not entered.
  const derived = derivedControlIds(read.relations.map((i) => i.value));
  // The items validated, so that a problem's index ($.relations[N]) finds its row.
  const entered: ImportRead = {
    ...read,
    relations: read.relations.filter((i) => !derived.has((i.value as { id?: string }).id ?? "")),
  };
  const files: GraphDataFile[] = ROLES.map(([role]) => ({
    name: role,
    role,
    content: { [role]: entered[role].map((i) => i.value) },
  }));
  const { dataset, problems } = validateGraphData(files, paragraphCounts, [], { summariseKnockOns: false });
  const rejections = collapseConsequences(
    [...read.rejections, ...problems.map((p) => toRejection(p, entered, input))],
    read,
  );
  if (dataset && read.verify) rejections.push(...read.verify(dataset));
  return { dataset: rejections.length === 0 ? dataset : null, rejections, elements: read.elements };
}

/**
 * Refuses an import that would give a graph-data folder without entities or without entered
 * relations (one `faultline check` refuses: it has no entities/ or relations/ files); an export of
 * such a dataset still reads back as it is, only the folder is not written.
 */
export function refuseEmptyFolder(outcome: ImportOutcome, input: string): ImportOutcome {
  const dataset = outcome.dataset;
  if (!dataset) return outcome;
  const counts = {
    entities: dataset.entities.length,
    relations: dataset.relations.filter((r) => r.derivedFrom === undefined).length,
  };
  const rejections = (["entities", "relations"] as const)
    .filter((what) => counts[what] === 0)
    .map((what) => ({ file: input, line: null, message: `no ${what}: there is nothing to import` }));
  return rejections.length === 0 ? outcome : { dataset: null, rejections, elements: outcome.elements };
}
