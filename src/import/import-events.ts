import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative, sep } from "node:path";
import { loadGraphData } from "../data/load-graph-data.js";
import { formatProblem } from "../data/problem.js";
import { temporaryPathFor } from "../formats/node/write-chunks.js";
import type { Relation } from "../model/core.js";
import type { EventFormat } from "./column-layouts.js";
import { readCsvBatches } from "./csv-records.js";
import type { EntityRecord, RelationRecord, SourceRecord } from "./entity-record.js";
import type { ImportReport } from "./import-report.js";
import type { EventFile } from "./merge-events.js";
import { EventMerge, ImportEventsError, eventFileRelease } from "./merge-events.js";
import type { NameTable } from "./name-table.js";
import { NAME_TABLE_FILE, NameTableError, parseNameTable } from "./name-table.js";
import { RelationFileWriter, isDatasetRelationFile, relationFileKey } from "./relation-files.js";

export { ImportEventsError } from "./merge-events.js";

/** What to import, from where, into which folder, and how. */
export interface ImportEventsOptions {
  readonly format: EventFormat;
  /** The CSV file, and how to name it in messages. */
  readonly file: string;
  readonly fileDisplay: string;
  /** The graph-data folder to merge into, and how to name it. */
  readonly into: string;
  readonly intoDisplay: string;
  /** A user's name table pinning dataset names to entities (--map). */
  readonly mapFile?: string;
  readonly mapDisplay?: string;
  /** The dataset release, when the file name (GED) or the rows (ACLED timestamp) do not tell it. */
  readonly release?: string;
  readonly dryRun: boolean;
  readonly strict: boolean;
}

/** Relations of imported events live in relations/FORMAT-YYYY-MM.json; created actors and places in these files. */
export const EVENT_ACTORS_FILE = "entities/event-actors.json";
export const EVENT_PLACES_FILE = "entities/event-places.json";
export const EVENT_PLACE_RELATIONS_FILE = "relations/event-places.json";

function hash(text: string): string {
  return createHash("sha1").update(text).digest("base64");
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8")) as unknown;
}

/** Relation files of a dataset in a folder: relations/FORMAT-YYYY-MM.json. */
function datasetRelationFiles(into: string, format: EventFormat): string[] {
  const dir = join(into, "relations");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => isDatasetRelationFile(f, format))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads a name table file; a missing optional file gives an empty table. */
function readNameTable(path: string, display: string, optional: boolean): NameTable {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === "ENOENT") return { actors: [], provinces: [] };
    throw new NameTableError(`${display}: cannot read it (${(error as Error).message})`);
  }
  return parseNameTable(text, display);
}

/** The relations of a dataset's files in a folder, read file by file. */
function* datasetRelations(into: string, format: EventFormat): Generator<Relation> {
  for (const path of datasetRelationFiles(into, format))
    yield* (readJson(path) as { relations: Relation[] }).relations;
}

/**
 * Imports an event dataset (UCDP GED or ACLED CSV) into a graph-data folder: one relation per event
 * (plus co-belligerents), actors reconciled with the graph, places deduplicated, rejected rows
 * listed with their line. The folder is replaced atomically, and only when something is written:
 * never with --dry-run, nor with --strict when any row is rejected.
 */
export async function importEvents(options: ImportEventsOptions): Promise<ImportReport> {
  const { format, into, file, fileDisplay: display } = options;
  if (!existsSync(file)) throw new ImportEventsError(`${display}: no such file`);
  if (statSync(file).isDirectory()) throw new ImportEventsError(`${display}: is a folder, not a CSV file`);
  if (statSync(file).size === 0) throw new ImportEventsError(`${display}: the file is empty`);
  const eventFile: EventFile = {
    format,
    records: (columns) => readCsvBatches(file, columns),
    name: file,
    display,
    ...(options.release === undefined ? {} : { release: options.release }),
  };
  const version = await eventFileRelease(eventFile);
  const loaded = await loadGraphData(into, { corpusDir: null });
  if (!loaded.dataset) {
    const shown = loaded.problems.slice(0, 20).map(formatProblem);
    const more = loaded.problems.length > 20 ? [`… and ${loaded.problems.length - 20} more`] : [];
    throw new ImportEventsError(
      `${options.intoDisplay} is not a valid graph-data folder (${loaded.problems.length} problem(s); nothing written):\n${[...shown, ...more].join("\n")}`,
    );
  }
  const tables: NameTable[] = [];
  try {
    tables.push(
      readNameTable(join(into, NAME_TABLE_FILE), `${options.intoDisplay}/${NAME_TABLE_FILE}`, true),
    );
    if (options.mapFile)
      tables.push(readNameTable(options.mapFile, options.mapDisplay ?? options.mapFile, false));
  } catch (error) {
    if (error instanceof NameTableError) throw new ImportEventsError(error.message);
    throw error;
  }
  const merge = new EventMerge(eventFile, version, {
    dataset: loaded.dataset,
    tables,
    intoDisplay: options.intoDisplay,
    existing: () => datasetRelations(into, format),
    fingerprint: hash,
  });

  const write = !options.dryRun;
  const temporary = write ? temporaryPathFor(into) : null;
  if (temporary) {
    cpSync(into, temporary, {
      recursive: true,
      filter: (src) => {
        const parts = relative(into, src).split(sep);
        if ((parts[0] ?? "").startsWith(".")) return false;
        return !(parts.length === 2 && parts[0] === "relations" && isDatasetRelationFile(parts[1]!, format));
      },
    });
  }
  const writer = temporary
    ? new RelationFileWriter(join(temporary, "relations"), format, "../schema/relations.schema.json")
    : null;
  try {
    const merged = await merge.run(
      writer && { relation: (relation, json) => writer.write(relationFileKey(relation.date), json) },
      (rejected) => write && !(options.strict && rejected > 0),
    );
    const report = merged.report;
    if (!temporary || !writer || !report.written) {
      writer?.abandon();
      if (temporary) rmSync(temporary, { recursive: true, force: true });
      return report;
    }
    writer.close();
    finishFolder(temporary, merged.source, merged.createdActors, merged.createdPlaces, merged.placeRelations);
    const old = temporaryPathFor(`${into}.old`);
    renameSync(into, old);
    renameSync(temporary, into);
    rmSync(old, { recursive: true, force: true });
    return report;
  } catch (error) {
    writer?.abandon();
    if (temporary) rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** Adds the dataset source, the created actors and places, and the places' provinces to the new folder. */
function finishFolder(
  dir: string,
  source: SourceRecord,
  createdActors: readonly EntityRecord[],
  createdPlaces: readonly EntityRecord[],
  located: readonly RelationRecord[],
): void {
  const sourcesPath = join(dir, "sources.json");
  const sourcesFile = readJson(sourcesPath) as { sources: SourceRecord[] };
  const sources = sourcesFile.sources.filter((s) => s.id !== source.id);
  writeFileSync(
    sourcesPath,
    `${JSON.stringify({ ...sourcesFile, sources: [...sources, source] }, null, 2)}\n`,
  );
  const appendEntities = (file: string, added: readonly EntityRecord[]) => {
    if (added.length === 0) return;
    const path = join(dir, file);
    const prior = existsSync(path) ? (readJson(path) as { entities: EntityRecord[] }).entities : [];
    const json = { $schema: "../schema/entities.schema.json", entities: [...prior, ...added] };
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  };
  appendEntities(EVENT_ACTORS_FILE, createdActors);
  appendEntities(EVENT_PLACES_FILE, createdPlaces);
  if (located.length > 0) {
    const path = join(dir, EVENT_PLACE_RELATIONS_FILE);
    const prior = existsSync(path) ? (readJson(path) as { relations: RelationRecord[] }).relations : [];
    const json = { $schema: "../schema/relations.schema.json", relations: [...prior, ...located] };
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  }
}
