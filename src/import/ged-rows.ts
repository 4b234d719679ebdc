import type { DatasetActor, DatasetEvent } from "./dataset-event.js";
import { parseCount } from "./deaths.js";
import { GED_CATEGORIES } from "./event-categories.js";
import { coveringDate, parseDatasetDay } from "./event-dates.js";
import type { RowCells, RowResult } from "./row-reader.js";
import { parseCoordinate, rejection } from "./row-reader.js";

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
  const datePrecision = Number(row.get("date_prec"));
  if (!/^[1-5]$/.test(row.get("date_prec"))) reasons.push(`date_prec "${row.get("date_prec")}" is not 1–5`);
  const lat = parseCoordinate(row.get("latitude"), 90);
  const lon = parseCoordinate(row.get("longitude"), 180);
  if (lat === null) reasons.push(`latitude "${row.get("latitude")}" is not a number within ±90`);
  if (lon === null) reasons.push(`longitude "${row.get("longitude")}" is not a number within ±180`);
  const placeName = row.get("where_coordinates");
  if (placeName === "") reasons.push("no place name (where_coordinates)");
  const wherePrec = row.get("where_prec");
  if (!/^[1-7]$/.test(wherePrec)) reasons.push(`where_prec "${wherePrec}" is not 1–7`);
  const best = parseCount(row.get("best"));
  if (best === null) reasons.push(`best "${row.get("best")}" is not a death count`);
  const low = parseCount(row.get("low"));
  const high = parseCount(row.get("high"));
  if (
    reasons.length > 0 ||
    !category ||
    !start.ok ||
    !end.ok ||
    lat === null ||
    lon === null ||
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
    place: {
      name: placeName,
      lat,
      lon,
      province: row.get("adm_1"),
      precision: Number(wherePrec),
      area: Number(wherePrec) >= 3,
    },
    deaths: { best, ...(low === null ? {} : { low }), ...(high === null ? {} : { high }) },
    reportedIn: reportedIn === "" ? "no original source named" : reportedIn,
  };
  return { ok: true, event };
}
