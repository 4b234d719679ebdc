import type { DatedRelation, Entity, EventDetails, Evidence, Relation, Source } from "../model/core.js";

/**
 * Items as graph-data files hold them, with keys in a fixed order and defaults left out (empty
 * alias and inference lists): what imports write and what the GEXF `records` attribute carries.
 */

/** A source as written in sources.json. */
export function sourceRecord(s: Source): Source {
  return {
    id: s.id,
    kind: s.kind,
    outlet: s.outlet,
    title: s.title,
    published: s.published,
    ...(s.url === undefined ? {} : { url: s.url }),
    ...(s.republishedBy === undefined ? {} : { republishedBy: s.republishedBy }),
    ...(s.translatedFrom === undefined ? {} : { translatedFrom: s.translatedFrom }),
    ...(s.file === undefined ? {} : { file: s.file }),
    language: s.language,
    ...(s.inferred.length === 0
      ? {}
      : { inferred: s.inferred.map((i) => ({ field: i.field, reason: i.reason })) }),
    ...(s.missing.length === 0
      ? {}
      : { missing: s.missing.map((m) => ({ field: m.field, reason: m.reason })) }),
    ...(s.citation === undefined ? {} : { citation: s.citation }),
    ...(s.version === undefined ? {} : { version: s.version }),
    ...(s.licence === undefined ? {} : { licence: s.licence }),
  } as Source;
}

/** An entity as written in entities/*.json. */
export function entityRecord(e: Entity): Entity {
  return {
    id: e.id,
    label: e.label,
    kind: e.kind,
    ...(e.aliases.length === 0 ? {} : { aliases: [...e.aliases] }),
    ...(e.sharedNames.length === 0 ? {} : { sharedNames: [...e.sharedNames] }),
    ...(e.wikidata === undefined ? {} : { wikidata: e.wikidata }),
    ...(e.description === undefined ? {} : { description: e.description }),
    ...(e.founded === undefined ? {} : { founded: e.founded }),
    ...(e.dissolved === undefined ? {} : { dissolved: e.dissolved }),
    ...(e.lifetimeEvidence.length === 0 ? {} : { lifetimeEvidence: e.lifetimeEvidence.map(evidenceRecord) }),
    ...(e.place === undefined
      ? {}
      : {
          place: {
            placeKind: e.place.placeKind,
            lat: e.place.lat,
            lon: e.place.lon,
            approximate: e.place.approximate,
          },
        }),
  } as Entity;
}

/** A piece of evidence as written in relations/*.json. */
export function evidenceRecord(e: Evidence): Evidence {
  return {
    source: e.source,
    ...(e.paragraph === undefined ? {} : { paragraph: e.paragraph }),
    note: e.note,
    ...(e.claimedBy === undefined ? {} : { claimedBy: e.claimedBy }),
    ...(e.reportedBy === undefined ? {} : { reportedBy: e.reportedBy }),
    ...(e.record === undefined ? {} : { record: e.record }),
  };
}

/** What an event dataset says of one event (place, deaths, bracketing days, precision codes), as written in relations/*.json. */
export function eventRecord(e: EventDetails): EventDetails {
  return {
    ...(e.place === undefined ? {} : { place: e.place }),
    ...(e.deaths === undefined
      ? {}
      : {
          deaths: {
            best: e.deaths.best,
            ...(e.deaths.low === undefined ? {} : { low: e.deaths.low }),
            ...(e.deaths.high === undefined ? {} : { high: e.deaths.high }),
          },
        }),
    ...(e.period === undefined ? {} : { period: { start: e.period.start, end: e.period.end } }),
    ...(e.datePrecision === undefined ? {} : { datePrecision: e.datePrecision }),
    ...(e.placePrecision === undefined ? {} : { placePrecision: e.placePrecision }),
  };
}

/** A relation as written in relations/*.json: its own dates (absent, null or EDTF) and no derived timing. */
export function relationRecord(r: Relation | DatedRelation): Relation {
  return {
    id: r.id,
    kind: r.kind,
    source: r.source,
    target: r.target,
    ...(r.date === undefined ? {} : { date: r.date }),
    ...(r.start === undefined ? {} : { start: r.start }),
    ...(r.end === undefined ? {} : { end: r.end }),
    status: r.status,
    ...(r.note === undefined ? {} : { note: r.note }),
    ...(r.event === undefined ? {} : { event: eventRecord(r.event) }),
    evidence: r.evidence.map(evidenceRecord),
  };
}
