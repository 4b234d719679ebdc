import type { EdtfDate, Temporality, Timing } from "../model/index.js";

/**
 * The days a relation may hold (outer) and must hold (inner), as day numbers; ±Infinity for open
 * bounds. An approximate (`~`) or uncertain (`?`) bound is widened by a slack that grows with its
 * precision, so it can make an answer possible but never certain near it.
 */
export interface TimeBounds {
  readonly outerLo: number;
  readonly outerHi: number;
  readonly innerLo: number;
  readonly innerHi: number;
  readonly event: boolean;
}

/** Days of slack around an approximate or uncertain date, by precision. */
export const APPROXIMATION_SLACK_DAYS = { day: 7, month: 31, year: 366 } as const;

function slack(date: EdtfDate): number {
  return date.approximate || date.uncertain ? APPROXIMATION_SLACK_DAYS[date.precision] : 0;
}

/** Works out the outer and inner day bounds of a relation's timing. */
export function timeBounds(timing: Timing, temporality: Temporality): TimeBounds {
  const { start, end } = timing;
  return {
    outerLo: start ? start.lo - slack(start) : -Infinity,
    outerHi: end ? end.hi + slack(end) : Infinity,
    innerLo: start ? start.hi + slack(start) : -Infinity,
    innerHi: end ? end.lo - slack(end) : Infinity,
    event: temporality === "event",
  };
}

/** An inclusive range of days a query is about: one day, or a month or year at lower precision. */
export interface DayRange {
  readonly lo: number;
  readonly hi: number;
}

/** Whether an answer holds for every reading of the dates involved, or only for some. */
export type Certainty = "certain" | "possible";

/**
 * Does a relation hold on the query date? A state must hold on every day of the range to be
 * certain; an event must fall inside it. Null when it cannot hold at all.
 */
export function certaintyAt(b: TimeBounds, q: DayRange): Certainty | null {
  if (b.outerHi < q.lo || b.outerLo > q.hi) return null;
  if (b.event) return b.outerLo >= q.lo && b.outerHi <= q.hi ? "certain" : "possible";
  return b.innerLo <= q.lo && b.innerHi >= q.hi ? "certain" : "possible";
}

/**
 * Does a relation hold at some time within the query range? Certain when it surely does (an event
 * surely inside the range, a state surely holding on some day of it). Null when it cannot.
 */
export function certaintyDuring(b: TimeBounds, q: DayRange): Certainty | null {
  if (b.outerHi < q.lo || b.outerLo > q.hi) return null;
  if (b.event) return b.outerLo >= q.lo && b.outerHi <= q.hi ? "certain" : "possible";
  const lo = Math.max(b.innerLo, q.lo);
  const hi = Math.min(b.innerHi, q.hi);
  return lo <= hi ? "certain" : "possible";
}
