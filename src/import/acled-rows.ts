import type { DatasetActor, DatasetEvent } from "./dataset-event.js";
import { ACLED_ACTOR_TYPES, ACLED_CATEGORIES, acledCategoryKey } from "./event-categories.js";
import { parseDatasetDay } from "./event-dates.js";
import type { PlaceColumns, RowCells, RowResult } from "./row-reader.js";
import { readCode, readDeathCount, readEventPlace, rejection } from "./row-reader.js";

/** ACLED's place columns: geo_precision 1 is the named place, 2 near it, 3 the larger region it lies in (kept as a point). */
const ACLED_PLACE: PlaceColumns = {
  name: "location",
  noName: "no location",
  precision: "geo_precision",
  coarsest: 3,
  province: "admin1",
  isArea: () => false,
};

/** ACLED's names for people who are not armed actors: civilians, protesters, rioters of a country. */
const UNARMED_NAME = /^(Civilians|Protesters|Rioters) \(/;

/**
 * Splits ACLED's associated actors ("Opposition Rebels (Syria); Military Forces of Turkey (2016-)");
 * civilians, protesters and rioters named among them are victims or bystanders, not co-belligerents.
 */
export function acledAssociates(cell: string, typeCode: string): DatasetActor[] {
  if (cell === "") return [];
  return cell
    .split(";")
    .map((name) => name.trim())
    .filter((name) => name !== "" && !UNARMED_NAME.test(name))
    .map((name) => ({ name, typeCode }));
}

/**
 * ACLED time_precision: 1 the day is known; 2 the week (the date is the middle of it: kept as an
 * approximate day, `~`); 3 only the month (kept as the month).
 */
function acledDate(iso: string, precision: number): string {
  if (precision === 2) return `${iso}~`;
  if (precision === 3) return iso.slice(0, 7);
  return iso;
}

/** Reads one ACLED row (either export layout) into an event, or rejects it with every reason at once. */
export function readAcledRow(row: RowCells): RowResult {
  const reasons: string[] = [];
  const eventId = row.get("event_id_cnty");
  if (eventId === "") reasons.push("no event id (event_id_cnty)");
  const key = acledCategoryKey(row.get("event_type"), row.get("sub_event_type"));
  const category = ACLED_CATEGORIES[key];
  if (!category) reasons.push(`unknown category "${row.get("event_type")} / ${row.get("sub_event_type")}"`);
  const day = parseDatasetDay(row.get("event_date"));
  if (!day.ok) reasons.push(`event_date: ${day.reason}`);
  const precision = readCode(row, "time_precision", 3, reasons);
  const inter1 = row.get("inter1");
  const inter2 = row.get("inter2");
  const actor1 = row.get("actor1");
  const actor2 = row.get("actor2");
  if (actor1 === "") reasons.push("no actor1");
  const type1 = ACLED_ACTOR_TYPES[inter1];
  if (!type1) reasons.push(`inter1 "${inter1}" is not an actor type 1–8`);
  else if (actor1 !== "" && !type1.armed) reasons.push(`actor1 is ${type1.label}, not an armed actor`);
  const type2 = ACLED_ACTOR_TYPES[inter2];
  if (actor2 !== "" && !type2) reasons.push(`inter2 "${inter2}" is not an actor type 1–8`);
  const opponent: DatasetEvent["opponent"] =
    actor2 === "" ? "none" : type2?.armed === false || UNARMED_NAME.test(actor2) ? "civilians" : "actor";
  if (category) {
    const kind =
      opponent === "actor"
        ? category.againstActor
        : opponent === "civilians"
          ? category.againstCivilians
          : category.alone;
    if (kind === null)
      reasons.push(`${category.label}: not imported, ${category.notImported ?? "no relation"}`);
  }
  const place = readEventPlace(row, ACLED_PLACE, reasons);
  const fatalities = readDeathCount(row, "fatalities", reasons);
  if (
    reasons.length > 0 ||
    !category ||
    !day.ok ||
    precision === null ||
    place === null ||
    fatalities === null
  )
    return rejection(row.line, reasons);
  const sideA = [{ name: actor1, typeCode: inter1 }, ...acledAssociates(row.get("assoc_actor_1"), inter1)];
  const sideB =
    opponent === "actor"
      ? [{ name: actor2, typeCode: inter2 }, ...acledAssociates(row.get("assoc_actor_2"), inter2)]
      : [];
  const event: DatasetEvent = {
    format: "acled",
    eventId,
    line: row.line,
    date: acledDate(day.iso, precision),
    datePrecision: precision,
    category,
    sideA,
    sideB,
    opponent,
    place,
    deaths: { best: fatalities },
    reportedIn: row.get("source") === "" ? "no source named" : row.get("source"),
  };
  return { ok: true, event };
}
