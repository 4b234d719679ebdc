import type { EdtfDate } from "../model/core.js";

/** An inclusive range of days a query is about: one day, or a month or year at lower precision. */
export interface DayRange {
  readonly lo: number;
  readonly hi: number;
}

/** Whether an answer holds for every reading of the dates and statuses involved, or only for some. */
export type Certainty = "certain" | "possible";

/** Days of slack around an approximate or uncertain date, by precision. */
export const APPROXIMATION_SLACK_DAYS = { day: 7, month: 31, year: 366 } as const;

/** The slack of a date: none for a plain date, more the coarser an approximate (`~`) or uncertain (`?`) one. */
export function slack(date: EdtfDate): number {
  return date.approximate || date.uncertain ? APPROXIMATION_SLACK_DAYS[date.precision] : 0;
}

/** The first day a date may denote, widened by its slack. */
export function earliestDay(date: EdtfDate): number {
  return date.lo - slack(date);
}

/** The last day a date may denote, widened by its slack. */
export function latestDay(date: EdtfDate): number {
  return date.hi + slack(date);
}
