import { readBoolean, readNumber, readObject, readObjectList, readStringList } from "./import-values.js";
import { relationDatesFrom } from "./relation-dates.js";

/**
 * Graph-data items from flat fields (CSV cells, GraphML data, GEXF attribute values), all text;
 * `get` returns undefined for an absent field. Values are only converted here (numbers, booleans,
 * JSON lists); whether they are valid is the validator's call. Throw ImportValueError.
 */
export type FieldGetter = (field: string) => string | undefined;

function copyText(get: FieldGetter, fields: readonly string[], into: Record<string, unknown>): void {
  for (const f of fields) {
    const v = get(f);
    if (v !== undefined) into[f] = v;
  }
}

/**
 * An entity from the fields id, label, kind, aliases, sharedNames (JSON lists), wikidata,
 * description, founded, dissolved, lifetimeEvidence (JSON list), placeKind, lat, lon, placeApproximate.
 */
export function entityFromFields(get: FieldGetter): Record<string, unknown> {
  const entity: Record<string, unknown> = {};
  copyText(get, ["id", "label", "kind"], entity);
  const aliases = get("aliases");
  if (aliases !== undefined) entity.aliases = readStringList("aliases", aliases);
  const sharedNames = get("sharedNames");
  if (sharedNames !== undefined) entity.sharedNames = readStringList("sharedNames", sharedNames);
  copyText(get, ["wikidata", "description", "founded", "dissolved"], entity);
  const lifetimeEvidence = get("lifetimeEvidence");
  if (lifetimeEvidence !== undefined)
    entity.lifetimeEvidence = readObjectList("lifetimeEvidence", lifetimeEvidence);
  const placeKind = get("placeKind");
  const lat = get("lat");
  const lon = get("lon");
  const approximate = get("placeApproximate");
  if ([placeKind, lat, lon, approximate].some((v) => v !== undefined)) {
    entity.place = {
      ...(placeKind === undefined ? {} : { placeKind }),
      ...(lat === undefined ? {} : { lat: readNumber("lat", lat) }),
      ...(lon === undefined ? {} : { lon: readNumber("lon", lon) }),
      ...(approximate === undefined ? {} : { approximate: readBoolean("placeApproximate", approximate) }),
    };
  }
  return entity;
}

/**
 * A relation from the fields id, kind, source, target, status, note, event (a JSON object),
 * evidence (JSON list) and its effective time: start, end (absent when open), startDerived, endDerived.
 */
export function relationFromFields(get: FieldGetter): Record<string, unknown> {
  const relation: Record<string, unknown> = {};
  copyText(get, ["id", "kind", "source", "target"], relation);
  const flag = (field: string) => {
    const v = get(field);
    return v === undefined ? false : readBoolean(field, v);
  };
  Object.assign(
    relation,
    relationDatesFrom(
      relation.kind,
      get("start") ?? null,
      get("end") ?? null,
      flag("startDerived"),
      flag("endDerived"),
    ),
  );
  copyText(get, ["status", "note"], relation);
  const event = get("event");
  if (event !== undefined && event !== "") relation.event = readObject("event", event);
  const evidence = get("evidence");
  if (evidence !== undefined) relation.evidence = readObjectList("evidence", evidence);
  return relation;
}

/**
 * A source from the fields id, kind, outlet, title, published, url, republishedBy,
 * translatedFrom, file, language, inferred and missing (JSON lists), and a dataset's citation,
 * version and licence.
 */
export function sourceFromFields(get: FieldGetter): Record<string, unknown> {
  const source: Record<string, unknown> = {};
  const fields = ["id", "kind", "outlet", "title", "published", "url", "republishedBy", "translatedFrom"];
  copyText(get, [...fields, "file", "language"], source);
  const inferred = get("inferred");
  if (inferred !== undefined) source.inferred = readObjectList("inferred", inferred);
  const missing = get("missing");
  if (missing !== undefined) source.missing = readObjectList("missing", missing);
  copyText(get, ["citation", "version", "licence"], source);
  return source;
}
