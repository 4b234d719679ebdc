import type { DayRange } from "../graph/time-bounds.js";
import type { DatedRelation } from "../model/core.js";

/**
 * The days a relation covers in an export: from the first day its start may denote to the last
 * day its end may denote (a month-precision date covers the whole month); ±Infinity when open.
 * An event covers its date: one day, or the month or year it is known to.
 */
export function relationDays(relation: DatedRelation): DayRange {
  const { start, end } = relation.timing;
  return { lo: start ? start.lo : -Infinity, hi: end ? end.hi : Infinity };
}

/**
 * The union of day ranges as sorted, disjoint ranges; ranges that overlap or touch (one ends the
 * day before the other starts) are joined, so no two share or abut a day.
 */
export function unionOfDays(ranges: readonly DayRange[]): DayRange[] {
  const sorted = [...ranges].sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  const union: { lo: number; hi: number }[] = [];
  for (const r of sorted) {
    const last = union[union.length - 1];
    if (last && r.lo <= last.hi + 1) last.hi = Math.max(last.hi, r.hi);
    else union.push({ lo: r.lo, hi: r.hi });
  }
  return union;
}

/**
 * The ISO `YYYY-MM-DD` of a day number (days since 1970-01-01), by calendar arithmetic (Howard
 * Hinnant's civil-from-days): the same answer as `dayToIso`, without building a Date, which
 * matters when a million bounds are written.
 */
export function isoDay(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** The ISO date of a finite day bound, or null for an open one. */
export function isoBound(day: number): string | null {
  return Number.isFinite(day) ? isoDay(day) : null;
}
