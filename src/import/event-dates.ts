import { dayNumber, dayToIso, parseEdtf } from "../model/core.js";

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** A day read from a dataset, or the reason it is not one. */
export type DayParse =
  | { readonly ok: true; readonly iso: string; readonly day: number }
  | { readonly ok: false; readonly reason: string };

/** Days already read, by their text: an event file names a few thousand days over and over. */
const DAYS_READ = new Map<string, DayParse>();
const DAYS_KEPT = 1 << 14;

/**
 * Reads a dataset date as a day: ISO `2019-05-09`, ACLED's `9-May-20` / `09-May-2020`, or
 * `09 May 2020`. Two-digit years are 19xx from 90 on, 20xx below (ACLED starts in 1997).
 */
export function parseDatasetDay(text: string): DayParse {
  const known = DAYS_READ.get(text);
  if (known !== undefined) return known;
  const read = readDay(text);
  if (DAYS_READ.size >= DAYS_KEPT) DAYS_READ.clear();
  DAYS_READ.set(text, read);
  return read;
}

function readDay(text: string): DayParse {
  const t = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const named = /^(\d{1,2})[- ]([A-Za-z]+)[- ](\d{2}|\d{4})$/.exec(t);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (named) {
    const m = MONTHS[named[2]!.toLowerCase()];
    if (m === undefined) return { ok: false, reason: `date "${t}" names no month` };
    const y = Number(named[3]);
    [year, month, day] = [named[3]!.length === 2 ? (y >= 90 ? 1900 + y : 2000 + y) : y, m, Number(named[1])];
  } else {
    return { ok: false, reason: t === "" ? "no date" : `"${t}" is not a date (YYYY-MM-DD or 9-May-20)` };
  }
  const text10 = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const parsed = parseEdtf(text10);
  if (!parsed.ok) return { ok: false, reason: `impossible date "${t}"` };
  return { ok: true, iso: text10, day: dayNumber(year, month, day) };
}

/**
 * The EDTF date covering a range of days: the day itself, else the month or the year holding both
 * ends, else the first day marked approximate (`~`) when the range crosses a year boundary.
 */
export function coveringDate(startDay: number, endDay: number): string {
  const start = dayToIso(startDay);
  const end = dayToIso(endDay);
  if (start === end) return start;
  if (start.slice(0, 7) === end.slice(0, 7)) return start.slice(0, 7);
  if (start.slice(0, 4) === end.slice(0, 4)) return start.slice(0, 4);
  return `${start}~`;
}
