import type { DatasetActor, DatasetEvent } from "./dataset-event.js";
import { parseCount } from "./deaths.js";
import { GED_CATEGORIES } from "./event-categories.js";
import { coveringDate, parseDatasetDay } from "./event-dates.js";
import type { PlaceColumns, RowCells, RowResult } from "./row-reader.js";
import { readCode, readDeathCount, readEventPlace, rejection } from "./row-reader.js";

/** GED's place columns: where_prec 1 is the exact place, 2 within 25 km, 3 and coarser an area (district, province, country…). */
const GED_PLACE: PlaceColumns = {
  name: "where_coordinates",
  noName: "no place name (where_coordinates)",
  precision: "where_prec",
  coarsest: 7,
  province: "adm_1",
  isArea: (precision) => precision >= 3,
};

/** Splits a GED side ("Ahrar al-Sham, HTS, Southern Front") into its actors. */
export function gedSideActors(side: string): DatasetActor[] {
  return side
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "")
    .map((name) => ({ name }));
}

/** Reads one UCDP GED row into an event, or rejects it with every reason at once. */
export function readGedRow(row: RowCells): RowResult {
  const reasons: string[] = [];
  const eventId = row.get("id");
  if (!/^\d+$/.test(eventId))
    reasons.push(eventId === "" ? "no event id" : `event id "${eventId}" is not a number`);
  const type = row.get("type_of_violence");
  const category = GED_CATEGORIES[type];
  if (!category) reasons.push(`unknown type_of_violence "${type}" (1, 2 or 3)`);
  const sideA = gedSideActors(row.get("side_a"));
  if (sideA.length === 0) reasons.push("no actor on side_a");
  const oneSided = type === "3";
  const sideB = oneSided ? [] : gedSideActors(row.get("side_b"));
  if (!oneSided && sideB.length === 0) reasons.push("no actor on side_b");
  const start = parseDatasetDay(row.get("date_start"));
  const end = parseDatasetDay(row.get("date_end"));
  if (!start.ok) reasons.push(`date_start: ${start.reason}`);
  if (!end.ok) reasons.push(`date_end: ${end.reason}`);
  if (start.ok && end.ok && end.day < start.day) reasons.push("date_end is before date_start");
  const datePrecision = readCode(row, "date_prec", 5, reasons);
  const place = readEventPlace(row, GED_PLACE, reasons);
  const best = readDeathCount(row, "best", reasons);
  const low = parseCount(row.get("low"));
  const high = parseCount(row.get("high"));
  if (
    reasons.length > 0 ||
    !category ||
    !start.ok ||
    !end.ok ||
    datePrecision === null ||
    place === null ||
    best === null
  )
    return rejection(row.line, reasons);
  const office = row.get("source_office");
  const headline = row.get("source_headline");
  const sourceDate = row.get("source_date");
  const reportedIn = [office, headline === "" ? "" : `“${headline}”`, sourceDate]
    .filter((s) => s !== "")
    .join(", ");
  const event: DatasetEvent = {
    format: "ucdp-ged",
    eventId,
    line: row.line,
    date: coveringDate(start.day, end.day),
    ...(start.day === end.day ? {} : { period: { start: start.iso, end: end.iso } }),
    datePrecision,
    category,
    sideA,
    sideB,
    opponent: oneSided ? "civilians" : "actor",
    place,
    deaths: { best, ...(low === null ? {} : { low }), ...(high === null ? {} : { high }) },
    reportedIn: reportedIn === "" ? "no original source named" : reportedIn,
  };
  return { ok: true, event };
}
