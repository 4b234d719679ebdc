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
import { FaultlineError } from "../faultline-error.js";
import { temporaryPathFor } from "../formats/node/write-chunks.js";
import type { Entity, Relation } from "../model/index.js";
import { normalizeName } from "../model/index.js";
import { EntityResolver } from "../query/entity-resolver.js";
import { readAcledRow } from "./acled-rows.js";
import { ActorReconciler } from "./actor-reconciler.js";
import type { EventFormat } from "./column-layouts.js";
import { LAYOUTS, matchHeader } from "./column-layouts.js";
import { CsvFormatError, readCsvBatches } from "./csv-records.js";
import { DATASET_NAMES, datasetSource, inferVersion } from "./dataset-sources.js";
import { EntityIds, TakenNames } from "./entity-ids.js";
import type { EntityRecord, RelationRecord, SourceRecord } from "./entity-record.js";
import { eventRelations } from "./event-relations.js";
import { readGedRow } from "./ged-rows.js";
import type { ImportReport } from "./import-report.js";
import { NAME_TABLE_FILE, NameLookup, NameTableError, readNameTable } from "./name-table.js";
import { PlaceRegister } from "./place-register.js";
import { RelationFileWriter, isDatasetRelationFile, relationFileKey } from "./relation-files.js";
import type { Rejection, RowCells, RowResult } from "./row-reader.js";
import { HeaderCells } from "./row-reader.js";

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

/** The file or the folder cannot be imported at all (not the format, unreadable, invalid folder): nothing is written. */
export class ImportEventsError extends FaultlineError {
  constructor(message: string) {
    super("bad-input", message);
  }
}

const ROW_READERS: Readonly<Record<EventFormat, (row: RowCells) => RowResult>> = {
  "ucdp-ged": readGedRow,
  acled: readAcledRow,
};

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

/** The event id a relation of an event dataset was made from. */
function recordOf(relation: Relation): string | undefined {
  return relation.evidence[0]?.record;
}

/** Reads the header and, for ACLED without a release given, the latest row timestamp (the export day). */
async function checkFile(options: ImportEventsOptions): Promise<{ version: string }> {
  const { file, fileDisplay: display, format } = options;
  if (!existsSync(file)) throw new ImportEventsError(`${display}: no such file`);
  if (statSync(file).isDirectory()) throw new ImportEventsError(`${display}: is a folder, not a CSV file`);
  if (statSync(file).size === 0) throw new ImportEventsError(`${display}: the file is empty`);
  const layout = LAYOUTS[format];
  let header: string[] | null = null;
  let latest: number | null = null;
  let timestampAt = -1;
  let rows = 0;
  const needTimestamp = format === "acled" && options.release === undefined;
  try {
    const timestampOnly = (fields: readonly string[]) => {
      const match = matchHeader(layout, fields);
      const at = match.ok ? match.column("timestamp") : -1;
      return new Set(at >= 0 ? [at] : []);
    };
    scan: for await (const batch of readCsvBatches(file, timestampOnly))
      for (const record of batch) {
        if (header === null) {
          header = record.fields;
          const match = matchHeader(layout, header);
          if (!match.ok) {
            throw new ImportEventsError(
              `${display}:1: not ${format === "acled" ? "an ACLED export" : "a UCDP GED file"}: missing column(s) ${match.missing.join(", ")}` +
                ` (the header has ${header.length} column(s): ${header.slice(0, 12).join(", ")}${header.length > 12 ? ", …" : ""})`,
            );
          }
          timestampAt = match.column("timestamp");
          continue;
        }
        rows++;
        if (!needTimestamp) break scan;
        const t = timestampAt >= 0 ? Number(record.fields[timestampAt]) : NaN;
        if (Number.isFinite(t) && (latest === null || t > latest)) latest = t;
      }
  } catch (error) {
    if (error instanceof CsvFormatError)
      throw new ImportEventsError(`${display}: not a CSV file: ${error.message}`);
    throw error;
  }
  if (header === null) throw new ImportEventsError(`${display}: the file is empty`);
  if (rows === 0) throw new ImportEventsError(`${display}: a header and no event rows`);
  const version = options.release ?? inferVersion(format, file, latest);
  if (version === null) {
    throw new ImportEventsError(
      format === "ucdp-ged"
        ? `${display}: cannot tell the GED release from the file name (such as ged191-….csv): give it with --release 19.1`
        : `${display}: no row has a timestamp to date the export: give the release with --release YYYY-MM-DD`,
    );
  }
  return { version };
}

/**
 * Imports an event dataset (UCDP GED or ACLED CSV) into a graph-data folder: one relation per event
 * (plus co-belligerents), actors reconciled with the graph, places deduplicated, rejected rows
 * listed with their line. The folder is replaced atomically, and only when something is written:
 * never with --dry-run, nor with --strict when any row is rejected.
 */
export async function importEvents(options: ImportEventsOptions): Promise<ImportReport> {
  const { format, into } = options;
  const { version } = await checkFile(options);
  const loaded = await loadGraphData(into, { corpusDir: null });
  if (!loaded.dataset) {
    const shown = loaded.problems.slice(0, 20).map(formatProblem);
    const more = loaded.problems.length > 20 ? [`… and ${loaded.problems.length - 20} more`] : [];
    throw new ImportEventsError(
      `${options.intoDisplay} is not a valid graph-data folder (${loaded.problems.length} problem(s); nothing written):\n${[...shown, ...more].join("\n")}`,
    );
  }
  const dataset = loaded.dataset;
  const tables = [];
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
  const lookup = new NameLookup(tables);
  const entities = new Map<string, Entity>(dataset.entities.map((e) => [e.id, e]));
  for (const table of tables) {
    for (const entry of table.actors) {
      const entity = entities.get(entry.entity);
      if (entity && !["state", "armed-group", "coalition"].includes(entity.kind))
        throw new ImportEventsError(`name table: ${entry.entity} is a ${entity.kind}, not an armed actor`);
    }
  }
  const resolver = new EntityResolver(dataset.entities);
  const ids = new EntityIds(entities.keys());
  const taken = new TakenNames(dataset.entities, normalizeName);
  const actors = new ActorReconciler(entities, resolver, lookup, ids, taken);
  const places = new PlaceRegister(dataset.entities, resolver, lookup, ids, taken);
  const source: SourceRecord = datasetSource(format, version);
  const datasetName = `${DATASET_NAMES[format]} ${version}`;

  const existing = new Map<string, string>();
  for (const path of datasetRelationFiles(into, format)) {
    const relations = (readJson(path) as { relations: Relation[] }).relations;
    for (const r of relations) existing.set(r.id, hash(JSON.stringify(r)));
  }

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
  const counts = { added: 0, replaced: 0, unchanged: 0, removed: 0 };
  /** Ids made by this import: only needed to count the old relations a re-import no longer makes. */
  const produced = new Set<string>();
  const eventLines = new Map<string, number>();
  const rejected: Rejection[] = [];
  let rows = 0;
  let kept = 0;
  const readRow = ROW_READERS[format];
  try {
    let cells: HeaderCells | null = null;
    let width = 0;
    const usedColumns = (header: readonly string[]) => {
      const match = matchHeader(LAYOUTS[format], header);
      return match.ok ? match.used : new Set<number>();
    };
    for await (const batch of readCsvBatches(options.file, usedColumns))
      for (const record of batch) {
        if (cells === null) {
          const match = matchHeader(LAYOUTS[format], record.fields);
          if (!match.ok) throw new ImportEventsError(`${options.fileDisplay}: header changed while reading`);
          cells = new HeaderCells(match.positions);
          width = record.fields.length;
          continue;
        }
        rows++;
        const { fields, line } = record;
        if (fields.length !== width) {
          rejected.push({ line, reason: `${fields.length} field(s) where the header has ${width}` });
          continue;
        }
        const read = readRow(cells.at(line, fields));
        if (!read.ok) {
          rejected.push(read.rejection);
          continue;
        }
        const event = read.event;
        const firstLine = eventLines.get(event.eventId);
        if (firstLine !== undefined) {
          rejected.push({ line, reason: `event id ${event.eventId} already on line ${firstLine}` });
          continue;
        }
        const reconciled = {
          event,
          sideA: event.sideA.map((a) => actors.entityOf(a)),
          sideB: event.sideB.map((a) => actors.entityOf(a)),
          place: places.placeOf(event.place),
        };
        const made = eventRelations(reconciled, source.id, datasetName);
        if (!made.ok) {
          rejected.push({ line, reason: made.reason });
          continue;
        }
        eventLines.set(event.eventId, line);
        kept++;
        for (const relation of made.relations) {
          const prior = existing.size === 0 ? undefined : existing.get(relation.id);
          const json = writer || prior !== undefined ? JSON.stringify(relation) : "";
          if (prior === undefined) counts.added++;
          else if (prior === hash(json)) counts.unchanged++;
          else counts.replaced++;
          if (existing.size > 0) produced.add(relation.id);
          writer?.write(relationFileKey(relation.date), json);
        }
      }
    for (const path of datasetRelationFiles(into, format)) {
      const relations = (readJson(path) as { relations: Relation[] }).relations;
      for (const r of relations) {
        const record = recordOf(r);
        if (record !== undefined && eventLines.has(record)) {
          if (!produced.has(r.id)) counts.removed++;
          continue;
        }
        writer?.write(relationFileKey(r.date), JSON.stringify(r));
      }
    }
    const createdPlaces = places.createdEntities();
    const report: ImportReport = {
      format,
      file: options.fileDisplay,
      into: options.intoDisplay,
      source: source.id,
      version,
      rows,
      kept,
      rejected,
      entities: {
        matched: new Set([...actors.matched.values()].map((m) => m.entity)).size,
        created: [...actors.created.values()].map((c) => ({
          id: c.id,
          label: c.label,
          kind: c.kind,
          names: c.names,
          kindReason: c.kindReason,
          events: c.events,
          similar: c.similar,
        })),
        names: [...actors.matched.values()].sort(
          (a, b) => b.events - a.events || a.name.localeCompare(b.name),
        ),
      },
      places: {
        matched: places.matched.size,
        created: createdPlaces.length,
        provincesCreated: createdPlaces
          .filter((p) => p.entity.place?.placeKind === "province")
          .map((p) => p.entity.id),
      },
      relations: counts,
      written: write && !(options.strict && rejected.length > 0),
    };
    if (!temporary || !writer || !report.written) {
      writer?.abandon();
      if (temporary) rmSync(temporary, { recursive: true, force: true });
      return report;
    }
    writer.close();
    finishFolder(temporary, source, actors.createdEntities(datasetName), createdPlaces, datasetName);
    const old = temporaryPathFor(`${into}.old`);
    renameSync(into, old);
    renameSync(temporary, into);
    rmSync(old, { recursive: true, force: true });
    return report;
  } catch (error) {
    writer?.abandon();
    if (temporary) rmSync(temporary, { recursive: true, force: true });
    if (error instanceof CsvFormatError)
      throw new ImportEventsError(`${options.fileDisplay}: ${error.message}`);
    throw error;
  }
}

/** Adds the dataset source, the created actors and places, and the places' provinces to the new folder. */
function finishFolder(
  dir: string,
  source: SourceRecord,
  createdActors: readonly EntityRecord[],
  createdPlaces: readonly { entity: EntityRecord; province: string | null }[],
  datasetName: string,
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
  appendEntities(
    EVENT_PLACES_FILE,
    createdPlaces.map((p) => p.entity),
  );
  const located: RelationRecord[] = createdPlaces
    .filter((p): p is { entity: EntityRecord; province: string } => p.province !== null)
    .map((p) => ({
      id: `${p.entity.id}-located-in-${p.province}`,
      kind: "located-in",
      source: p.entity.id,
      target: p.province,
      status: "reported",
      evidence: [{ source: source.id, note: `${datasetName} places ${p.entity.label} in this province.` }],
    }));
  if (located.length > 0) {
    const path = join(dir, EVENT_PLACE_RELATIONS_FILE);
    const prior = existsSync(path) ? (readJson(path) as { relations: RelationRecord[] }).relations : [];
    const json = { $schema: "../schema/relations.schema.json", relations: [...prior, ...located] };
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  }
}
