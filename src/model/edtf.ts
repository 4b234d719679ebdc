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

const MS_PER_DAY = 86_400_000;
const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/** Days since 1970-01-01 of a calendar date (month 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The ISO `YYYY-MM-DD` string of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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

/** Parses an EDTF date string, throwing an Error with the reason when it is not one. */
export function edtf(text: string): EdtfDate {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.date;
}
