import type { DayRange } from "../graph/time-bounds";
import type { DatedRelation } from "../model";
import { dayToIso } from "../model";

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

/** The ISO date of a finite day bound, or null for an open one. */
export function isoBound(day: number): string | null {
  return Number.isFinite(day) ? dayToIso(day) : null;
}
