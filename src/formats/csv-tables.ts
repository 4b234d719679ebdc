import type { DatedRelation } from "../model/core.js";
import { RELATION_KINDS } from "../model/core.js";
import { csvRow } from "./csv-format.js";
import { isoBound, relationDays } from "./day-interval.js";
import { timelineCertainty } from "./edge-certainty.js";
import type { ExportSelection } from "./export-selection.js";
import { eventRecord, evidenceRecord } from "./graph-data-records.js";
import { citedSources, claimantsOf } from "./relation-summary.js";
import type { TextRule } from "./text-rule.js";
import { cleanStrings, utf8TextRule } from "./text-rule.js";

/** The columns of sources.csv (`inferred` and `missing` JSON lists; `citation`, `version`, `licence` for datasets). */
export const SOURCE_COLUMNS = [
  "id",
  "kind",
  "outlet",
  "title",
  "published",
  "url",
  "republishedBy",
  "translatedFrom",
  "file",
  "language",
  "inferred",
  "missing",
  "citation",
  "version",
  "licence",
] as const;

/** The columns of entities.csv (`aliases`, `sharedNames` JSON lists; place columns empty for other kinds). */
export const ENTITY_COLUMNS = [
  "id",
  "label",
  "kind",
  "aliases",
  "sharedNames",
  "wikidata",
  "description",
  "founded",
  "dissolved",
  "lifetimeEvidence",
  "placeKind",
  "lat",
  "lon",
  "placeApproximate",
] as const;

/**
 * The columns of relations.csv: one row per relation, `source`/`target` entity ids (Gephi's
 * spreadsheet import reads them, and `kind`) with their labels beside them for reading, effective
 * time as EDTF (`start`/`end`, empty when open; an event's date in both) and as the ISO days it
 * covers, whether each bound was taken from the evidence, then sources and claimants (JSON
 * lists), note, an event dataset's details of the event (`event`, JSON: place, deaths, precision)
 * and evidence (JSON list). `sourceLabel`, `targetLabel`, `firstDay`, `lastDay`,
 * `sign`, `symmetric`, `certainty`, `sources` and `claimedBy` are derived: import ignores them.
 */
export const RELATION_COLUMNS = [
  "id",
  "source",
  "sourceLabel",
  "kind",
  "target",
  "targetLabel",
  "status",
  "start",
  "end",
  "firstDay",
  "lastDay",
  "startDerived",
  "endDerived",
  "sign",
  "symmetric",
  "certainty",
  "sources",
  "claimedBy",
  "note",
  "event",
  "evidence",
] as const;

/** One CSV file of an export: its name and its text, piece by piece. */
export interface CsvTable {
  readonly name: "sources.csv" | "entities.csv" | "relations.csv";
  readonly chunks: Iterable<string>;
}

/**
 * The three CSV files of a selection: sources.csv, entities.csv and relations.csv, for
 * spreadsheets, Kumu and Gephi's spreadsheet import. Text passes the UTF-8 rule (lone surrogates
 * replaced); everything else, control characters included, is written as is. Deterministic;
 * browser-safe.
 */
export function csvTables(selection: ExportSelection, rule: TextRule = utf8TextRule()): CsvTable[] {
  const text = (v: string | undefined) => (v === undefined ? "" : rule.clean(v));
  const json = (v: unknown) => JSON.stringify(cleanStrings(v, rule));
  const labels = new Map(selection.entities.map((e) => [e.id, e.label]));
  return [
    {
      name: "sources.csv",
      chunks: (function* () {
        yield csvRow(SOURCE_COLUMNS);
        for (const s of selection.sources) {
          yield csvRow([
            s.id,
            s.kind,
            text(s.outlet),
            text(s.title),
            s.published,
            text(s.url),
            text(s.republishedBy),
            s.translatedFrom ?? "",
            text(s.file),
            s.language,
            s.inferred.length === 0 ? "" : json(s.inferred),
            s.missing.length === 0 ? "" : json(s.missing),
            text(s.citation),
            text(s.version),
            text(s.licence),
          ]);
        }
      })(),
    },
    {
      name: "entities.csv",
      chunks: (function* () {
        yield csvRow(ENTITY_COLUMNS);
        for (const e of selection.entities) {
          yield csvRow([
            e.id,
            text(e.label),
            e.kind,
            json(e.aliases),
            e.sharedNames.length === 0 ? "" : json(e.sharedNames),
            text(e.wikidata),
            text(e.description),
            e.founded ?? "",
            e.dissolved ?? "",
            e.lifetimeEvidence.length === 0 ? "" : json(e.lifetimeEvidence.map(evidenceRecord)),
            e.place?.placeKind ?? "",
            e.place ? String(e.place.lat) : "",
            e.place ? String(e.place.lon) : "",
            e.place ? String(e.place.approximate) : "",
          ]);
        }
      })(),
    },
    {
      name: "relations.csv",
      chunks: (function* () {
        yield csvRow(RELATION_COLUMNS);
        const snapshot = selection.snapshot;
        for (const r of selection.relations) {
          const certainty = snapshot ? (snapshot.certainty.get(r.id) ?? "possible") : timelineCertainty([r]);
          yield csvRow(relationRow(r, certainty, labels, text, json));
        }
      })(),
    },
  ];
}

function relationRow(
  r: DatedRelation,
  certainty: string,
  labels: ReadonlyMap<string, string>,
  text: (v: string | undefined) => string,
  json: (v: unknown) => string,
): string[] {
  const spec = RELATION_KINDS[r.kind];
  const days = relationDays(r);
  return [
    r.id,
    r.source,
    text(labels.get(r.source)),
    r.kind,
    r.target,
    text(labels.get(r.target)),
    r.status,
    r.timing.start?.text ?? "",
    r.timing.end?.text ?? "",
    isoBound(days.lo) ?? "",
    isoBound(days.hi) ?? "",
    String(r.timing.startDerived),
    String(r.timing.endDerived),
    String(spec.sign),
    String(spec.direction === "symmetric"),
    certainty,
    json(citedSources([r])),
    json(claimantsOf([r])),
    text(r.note),
    r.event === undefined ? "" : json(eventRecord(r.event)),
    json(r.evidence.map(evidenceRecord)),
  ];
}
