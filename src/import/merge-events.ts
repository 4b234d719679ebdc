/**
 * The event importer without a file system: rows read from CSV records, actors and places
 * reconciled with a dataset, relations made, counted against what the dataset already holds from
 * the same event dataset, and the report. import-events.ts runs it on files in Node (copying the
 * folder and writing the result); the page runs it on the bytes of a file a user opened.
 */
import { lifetimeConflict } from "./actor-lifetime.js";
import { FaultlineError } from "../faultline-error.js";
import type { Dataset, Entity, Relation } from "../model/core.js";
import { normalizeName } from "../model/core.js";
import { EntityResolver } from "../query/entity-resolver.js";
import { readAcledRow } from "./acled-rows.js";
import { ActorReconciler } from "./actor-reconciler.js";
import type { EventFormat } from "./column-layouts.js";
import { LAYOUTS, matchHeader } from "./column-layouts.js";
import type { ColumnChoice, CsvRecord } from "./csv-parse.js";
import { CsvFormatError } from "./csv-parse.js";
import { DATASET_NAMES, datasetSource, inferVersion } from "./dataset-sources.js";
import { EntityIds, TakenNames } from "./entity-ids.js";
import type { EntityRecord, RelationRecord, SourceRecord } from "./entity-record.js";
import { eventRelations } from "./event-relations.js";
import { readGedRow } from "./ged-rows.js";
import type { ImportReport } from "./import-report.js";
import type { NameTable } from "./name-table.js";
import { NameLookup } from "./name-table.js";
import { PlaceRegister } from "./place-register.js";
import type { Rejection, RowCells, RowResult } from "./row-reader.js";
import { HeaderCells } from "./row-reader.js";

/** The file or the folder cannot be imported at all (not the format, unreadable, invalid folder): nothing is written. */
export class ImportEventsError extends FaultlineError {
  constructor(message: string) {
    super("bad-input", message);
  }
}

/** Opens an event file's records afresh (the import reads it twice), only the columns `columns` picks cut out. */
export type OpenRecords = (columns: ColumnChoice) => AsyncIterable<CsvRecord[]>;

/** An event file to import: how to read it and how to name it. */
export interface EventFile {
  readonly format: EventFormat;
  readonly records: OpenRecords;
  /** The file's name or path (the GED release is read from it), and how messages name it. */
  readonly name: string;
  readonly display: string;
  /** The dataset release, when the file name (GED) or the rows (ACLED timestamp) do not tell it. */
  readonly release?: string;
}

/** Where the relations of the merged dataset's event files go, as they are made or kept. */
export interface EventSink {
  /** A relation of the dataset's files: made by this import, or kept from before; with its JSON. */
  relation(relation: Relation, json: string): void;
}

/** What the merge adds beside the relations handed to the sink: the source, created entities and their provinces. */
export interface MergedEvents {
  readonly report: ImportReport;
  readonly source: SourceRecord;
  readonly createdActors: readonly EntityRecord[];
  readonly createdPlaces: readonly EntityRecord[];
  /** `located-in` relations of the created places that have a province. */
  readonly placeRelations: readonly RelationRecord[];
}

const ROW_READERS: Readonly<Record<EventFormat, (row: RowCells) => RowResult>> = {
  "ucdp-ged": readGedRow,
  acled: readAcledRow,
};

/**
 * Reads the header and, for ACLED without a release given, the latest row timestamp (the export
 * day); returns the release. Throws ImportEventsError naming the file and line when the file is not
 * the format, not CSV, holds no rows, or its release cannot be told.
 */
export async function eventFileRelease(file: EventFile): Promise<string> {
  const { display, format } = file;
  const layout = LAYOUTS[format];
  let header: string[] | null = null;
  let latest: number | null = null;
  let timestampAt = -1;
  let rows = 0;
  const needTimestamp = format === "acled" && file.release === undefined;
  try {
    const timestampOnly = (fields: readonly string[]) => {
      const match = matchHeader(layout, fields);
      const at = match.ok ? match.column("timestamp") : -1;
      return new Set(at >= 0 ? [at] : []);
    };
    scan: for await (const batch of file.records(timestampOnly))
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
  const version = file.release ?? inferVersion(format, file.name, latest);
  if (version === null) {
    throw new ImportEventsError(
      format === "ucdp-ged"
        ? `${display}: cannot tell the GED release from the file name (such as ged191-….csv): give it with --release 19.1`
        : `${display}: no row has a timestamp to date the export: give the release with --release YYYY-MM-DD`,
    );
  }
  return version;
}

/** The event id a relation of an event dataset was made from. */
function recordOf(relation: Relation): string | undefined {
  return relation.evidence[0]?.record;
}

/** What a merge is given beside the file: the dataset, the name tables, and what it already holds of the event dataset. */
export interface MergeTarget {
  readonly dataset: Dataset;
  /** The graph's name table first, then a user's (later tables override name by name). */
  readonly tables: readonly NameTable[];
  /** How the report names the dataset merged into. */
  readonly intoDisplay: string;
  /** The relations the dataset already holds from this event dataset (asked for twice, read in between). */
  readonly existing: () => Iterable<Relation>;
  /** A short stand-in for a relation's JSON, to tell a re-made relation unchanged (a hash in Node). */
  readonly fingerprint: (json: string) => string;
}

/**
 * Merges an event file into a dataset: one relation per event (plus co-belligerents), actors
 * reconciled with the graph through the name tables, places deduplicated, rejected rows listed with
 * their line. The constructor checks the name tables against the dataset; `run` reads the rows.
 */
export class EventMerge {
  private readonly actors: ActorReconciler;
  private readonly places: PlaceRegister;
  private readonly source: SourceRecord;
  private readonly datasetName: string;

  constructor(
    private readonly file: EventFile,
    private readonly version: string,
    private readonly target: MergeTarget,
  ) {
    const { dataset, tables } = target;
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
    this.actors = new ActorReconciler(entities, resolver, lookup, ids, taken);
    this.places = new PlaceRegister(dataset.entities, resolver, lookup, ids, taken);
    this.source = datasetSource(file.format, version);
    this.datasetName = `${DATASET_NAMES[file.format]} ${version}`;
  }

  /**
   * Reads every row, handing the relations of the dataset's files to `sink` (null: count only, as
   * --dry-run): those made, then those kept from before that this file does not make again.
   * `written` says, from the number of rejected rows, whether the caller will write the result.
   */
  async run(sink: EventSink | null, written: (rejected: number) => boolean): Promise<MergedEvents> {
    const { file, target, actors, places, source, datasetName } = this;
    const { format } = file;
    const existing = new Map<string, string>();
    for (const r of target.existing()) existing.set(r.id, target.fingerprint(JSON.stringify(r)));
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
      for await (const batch of file.records(usedColumns))
        for (const record of batch) {
          if (cells === null) {
            const match = matchHeader(LAYOUTS[format], record.fields);
            if (!match.ok) throw new ImportEventsError(`${file.display}: header changed while reading`);
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
          const sideA = event.sideA.map((a) => [a, actors.entityOf(a)] as const);
          const sideB = event.sideB.map((a) => [a, actors.entityOf(a)] as const);
          const conflict = lifetimeConflict(event, [...sideA, ...sideB], (id) => actors.known(id));
          if (conflict !== null) {
            rejected.push({ line, reason: conflict });
            continue;
          }
          const reconciled = {
            event,
            sideA: sideA.map(([, id]) => id),
            sideB: sideB.map(([, id]) => id),
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
            const json = sink || prior !== undefined ? JSON.stringify(relation) : "";
            if (prior === undefined) counts.added++;
            else if (prior === target.fingerprint(json)) counts.unchanged++;
            else counts.replaced++;
            if (existing.size > 0) produced.add(relation.id);
            sink?.relation(relation, json);
          }
        }
    } catch (error) {
      if (error instanceof CsvFormatError) throw new ImportEventsError(`${file.display}: ${error.message}`);
      throw error;
    }
    for (const r of target.existing()) {
      const record = recordOf(r);
      if (record !== undefined && eventLines.has(record)) {
        if (!produced.has(r.id)) counts.removed++;
        continue;
      }
      sink?.relation(r, JSON.stringify(r));
    }
    const createdPlaces = places.createdEntities();
    const report: ImportReport = {
      format,
      file: file.display,
      into: target.intoDisplay,
      source: source.id,
      version: this.version,
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
      written: written(rejected.length),
    };
    const placeRelations: RelationRecord[] = createdPlaces
      .filter((p): p is { entity: EntityRecord; province: string } => p.province !== null)
      .map((p) => ({
        id: `${p.entity.id}-located-in-${p.province}`,
        kind: "located-in",
        source: p.entity.id,
        target: p.province,
        status: "reported",
        evidence: [{ source: source.id, note: `${datasetName} places ${p.entity.label} in this province.` }],
      }));
    return {
      report,
      source,
      createdActors: actors.createdEntities(datasetName),
      createdPlaces: createdPlaces.map((p) => p.entity),
      placeRelations,
    };
  }
}
