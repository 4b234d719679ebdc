/**
 * A UCDP GED or ACLED file opened in the page, merged into the data shown by the importer the CLI
 * runs (src/import/merge-events.ts): the same rows read, the same actors and places reconciled
 * through the data's name table, the same relations made, then the merged dataset checked as a
 * graph-data folder is. Pure but for being asynchronous (bytes and a dataset in, a dataset and the
 * import report out), so it is tested without a browser.
 */
import type { GraphDataFile } from "../data/validate-graph-data.js";
import { validateGraphData } from "../data/validate-graph-data.js";
import { graphDataContent } from "../formats/graph-data-content.js";
import { relationRecord } from "../formats/graph-data-records.js";
import type { EventFormat } from "../import/column-layouts.js";
import { LAYOUTS, matchHeader } from "../import/column-layouts.js";
import { latin1Chunks, parseCsvBatches } from "../import/csv-parse.js";
import type { RelationRecord } from "../import/entity-record.js";
import type { ImportReport } from "../import/import-report.js";
import type { EventFile } from "../import/merge-events.js";
import { EventMerge, ImportEventsError, eventFileRelease } from "../import/merge-events.js";
import type { NameTable } from "../import/name-table.js";
import { NameTableError, parseNameTable } from "../import/name-table.js";
import { parseCsv } from "../formats/csv-format.js";
import type { Dataset, Relation } from "../model/core.js";
import type { LoadProblem } from "./load-problem.js";
import { fileProblem, fromProblem } from "./load-problem.js";

/** An event file a user opened: its path as shown, its format (told by its header) and its bytes. */
export interface OpenedEvents {
  readonly file: string;
  readonly format: EventFormat;
  readonly bytes: Uint8Array;
}

/** A name table's text (event-data-names.json) and how to name it. */
export interface NamedTable {
  readonly text: string;
  readonly display: string;
}

/** The data an event file is merged into: the dataset, its name table, and what the report calls it. */
export interface EventTarget {
  readonly dataset: Dataset;
  readonly names: NamedTable | null;
  readonly name: string;
}

/** The merge: the dataset with the events in it and the import report, or every problem (nothing merged). */
export type ImportedEvents =
  | { readonly ok: true; readonly dataset: Dataset; readonly report: ImportReport }
  | { readonly ok: false; readonly problems: readonly LoadProblem[] };

/** Largest header line read to tell an event file by its columns. */
const HEADER_BYTES = 1 << 16;

/** The event format a CSV file's header names (UCDP GED or ACLED columns), or null. */
export function eventFormatOf(bytes: Uint8Array): EventFormat | null {
  const head = bytes.subarray(0, HEADER_BYTES);
  const end = head.indexOf(10);
  const text = new TextDecoder("utf-8").decode(end === -1 ? head : head.subarray(0, end));
  const parsed = parseCsv(text.replace(/\r$/, ""));
  const header = parsed.ok ? (parsed.rows[0]?.cells ?? []) : [];
  for (const layout of Object.values(LAYOUTS)) if (matchHeader(layout, header).ok) return layout.format;
  return null;
}

/** An importer message ("FILE:LINE: what" or "FILE: what") as the page lists it. */
function messageProblem(display: string, message: string): LoadProblem {
  const lined = new RegExp(`^${display.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+): `).exec(message);
  if (lined) return { file: display, place: `line ${lined[1]}`, message: message.slice(lined[0].length) };
  const prefix = `${display}: `;
  return fileProblem(display, message.startsWith(prefix) ? message.slice(prefix.length) : message);
}

/** The relations a dataset holds from one event dataset: those whose evidence cites a release of it. */
function datasetRelations(dataset: Dataset, format: EventFormat): Dataset["relations"] {
  const releases = new Set(
    dataset.sources.filter((s) => s.kind === "dataset" && s.id.startsWith(`${format}-`)).map((s) => s.id),
  );
  if (releases.size === 0) return [];
  return dataset.relations.filter(
    (r) => r.derivedFrom === undefined && releases.has(r.evidence[0]?.source ?? ""),
  );
}

/**
 * Imports an opened event file into `target` as `faultline import FORMAT FILE --into DIR` would
 * (the release read from the file name or, for ACLED, the rows): rows rejected are in the report,
 * as the CLI lists them; a file that cannot be imported at all, or with no row kept, gives its
 * problems (with lines) and no dataset.
 */
export async function importEventFile(opened: OpenedEvents, target: EventTarget): Promise<ImportedEvents> {
  const display = opened.file;
  const fail = (problems: LoadProblem[]): ImportedEvents => ({ ok: false, problems });
  if (opened.bytes.length === 0) return fail([fileProblem(display, "the file is empty")]);
  const file: EventFile = {
    format: opened.format,
    records: (columns) => parseCsvBatches(latin1Chunks(opened.bytes), columns),
    name: display,
    display,
  };
  const tables: NameTable[] = [];
  try {
    if (target.names) tables.push(parseNameTable(target.names.text, target.names.display));
  } catch (error) {
    if (!(error instanceof NameTableError)) throw error;
    const lines = error.message.split("\n");
    return fail(lines.map((line) => messageProblem(target.names!.display, line)));
  }
  const existing = datasetRelations(target.dataset, opened.format);
  const made: RelationRecord[] = [];
  let merged;
  try {
    const release = await eventFileRelease(file);
    const merge = new EventMerge(file, release, {
      dataset: target.dataset,
      tables,
      intoDisplay: target.name,
      existing: () => existing.map(relationRecord),
      // The dataset's relations carry their worked-out dates: compare both as graph-data records.
      fingerprint: (json) => JSON.stringify(relationRecord(JSON.parse(json) as Relation)),
    });
    merged = await merge.run({ relation: (relation) => made.push(relationRecord(relation)) }, () => true);
  } catch (error) {
    if (!(error instanceof ImportEventsError)) throw error;
    const message = error.message.replace(
      /give it with --release 19\.1$/,
      "name the file after its release (ged191-….csv, as UCDP names it) and open it again",
    );
    return fail([messageProblem(display, message)]);
  }
  const { report } = merged;
  if (report.kept === 0) {
    return fail([
      fileProblem(display, `none of its ${report.rows} row(s) can be imported (each listed below)`),
      ...report.rejected.map((r) => ({ file: display, place: `line ${r.line}`, message: r.reason })),
    ]);
  }
  const replaced = new Set(existing.map((r) => r.id));
  const kept = { ...target.dataset, relations: target.dataset.relations.filter((r) => !replaced.has(r.id)) };
  const files: GraphDataFile[] = graphDataContent(kept).map(({ path, json }) => {
    const role =
      path === "sources.json" ? "sources" : path.startsWith("entities/") ? "entities" : "relations";
    if (role !== "sources") return { name: `${target.name}/${path}`, role, content: json };
    const sources = (json as { sources: { id: string }[] }).sources.filter((s) => s.id !== merged.source.id);
    return { name: `${target.name}/${path}`, role, content: { sources: [...sources, merged.source] } };
  });
  const added = (path: string, role: "entities" | "relations", items: readonly unknown[]) => {
    if (items.length > 0) files.push({ name: `${display} → ${path}`, role, content: { [role]: items } });
  };
  added("entities/event-actors.json", "entities", merged.createdActors);
  added("entities/event-places.json", "entities", merged.createdPlaces);
  added(`relations/${opened.format}.json`, "relations", made);
  added("relations/event-places.json", "relations", merged.placeRelations);
  const checked = validateGraphData(files, null, []);
  if (!checked.dataset) return fail(checked.problems.map(fromProblem));
  return { ok: true, dataset: checked.dataset, report };
}
