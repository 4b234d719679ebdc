/**
 * EDTF (ISO 8601-2) dates at day, month or year precision, with the `~` (approximate),
 * `?` (uncertain) and `%` (both) qualifiers. Each date covers a range of whole days.
 */

/** How finely a date is known. */
export type DatePrecision = "day" | "month" | "year";

/** A parsed EDTF date: the text as written and the inclusive range of days it may denote. */
export interface EdtfDate {
  /** The EDTF string exactly as in the data, e.g. `2019-04` or `2017-09-15~`. */
  readonly text: string;
  readonly precision: DatePrecision;
  /** True when the date carries `~` or `%`: the range is a best guess. */
  readonly approximate: boolean;
  /** True when the date carries `?` or `%`: the source itself is unsure. */
  readonly uncertain: boolean;
  /** First day the date may denote, as days since 1970-01-01 (UTC). */
  readonly lo: number;
  /** Last day the date may denote, inclusive. */
  readonly hi: number;
}

/** The result of parsing: a date or the reason the text is not one. */
export type EdtfParse = { ok: true; date: EdtfDate } | { ok: false; reason: string };

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/*
 * Calendar arithmetic on the proleptic Gregorian calendar, by formula (H. Hinnant's
 * days-from-civil), never through JavaScript's Date: Date.UTC reads years 0–99 as 1900–1999.
 * Valid for every year an EDTF date here can carry (0000–9999) and beyond.
 */

/** Days since 1970-01-01 of a calendar date (month 1–12), for any year including 0000–0099. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date of a day number (days since 1970-01-01), the inverse of dayNumber. */
export function civilDate(dayNum: number): { year: number; month: number; day: number } {
  const z = dayNum + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The ISO `YYYY-MM-DD` string of a day number (years 0000–9999 written with four digits). */
export function dayToIso(day: number): string {
  const { year, month, day: d } = civilDate(day);
  const yyyy =
    year >= 0 && year <= 9999
      ? String(year).padStart(4, "0")
      : `${year < 0 ? "-" : "+"}${String(Math.abs(year)).padStart(6, "0")}`;
  return `${yyyy}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The ISO date of a finite day bound, or null for an open (infinite) one. */
export function dayToIsoOrNull(day: number): string | null {
  return Number.isFinite(day) ? dayToIso(day) : null;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Parses an EDTF date string; never throws. Rejects impossible days such as `2019-02-30`. */
export function parseEdtf(text: string): EdtfParse {
  const m = PATTERN.exec(text);
  if (!m) {
    return {
      ok: false,
      reason: `"${text}" is not an EDTF date (YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %)`,
    };
  }
  const year = Number(m[1]);
  const qualifier = m[4];
  const approximate = qualifier === "~" || qualifier === "%";
  const uncertain = qualifier === "?" || qualifier === "%";
  if (m[2] === undefined) {
    return {
      ok: true,
      date: {
        text,
        precision: "year",
        approximate,
        uncertain,
        lo: dayNumber(year, 1, 1),
        hi: dayNumber(year, 12, 31),
      },
    };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12)
    return { ok: false, reason: `"${text}" has month ${m[2]}, which does not exist` };
  if (m[3] === undefined) {
    return {
      ok: true,
      date: {
        text,
        precision: "month",
        approximate,
        uncertain,
        lo: dayNumber(year, month, 1),
        hi: dayNumber(year, month, daysInMonth(year, month)),
      },
    };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `"${text}" has day ${m[3]}, which ${year}-${m[2]} does not have` };
  }
  const n = dayNumber(year, month, day);
  return { ok: true, date: { text, precision: "day", approximate, uncertain, lo: n, hi: n } };
}

/** Dates parsed by `edtf`, by text: a million relations name a few thousand days, and share their (frozen) dates. */
const parsedDates = new Map<string, EdtfDate>();
const PARSED_DATES_KEPT = 100_000;

/** Parses an EDTF date string, throwing an Error with the reason when it is not one. */
export function edtf(text: string): EdtfDate {
  const known = parsedDates.get(text);
  if (known) return known;
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  const date = Object.freeze(parsed.date);
  if (parsedDates.size < PARSED_DATES_KEPT) parsedDates.set(text, date);
  return date;
}
