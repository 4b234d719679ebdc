import type { Dataset } from "../model/core.js";
import { civilDate, dayNumber, dayToIso, edtf, RELATION_KINDS } from "../model/core.js";
import type { TimeSpan } from "./time-span.js";

/** A date on which news reports were published, and which ones. */
export interface ReportMark {
  readonly day: number;
  readonly iso: string;
  readonly reports: readonly { readonly id: string; readonly outlet: string; readonly title: string }[];
}

/** The number of events dated within one calendar month. */
export interface MonthCount {
  /** `YYYY-MM`. */
  readonly month: string;
  /** First and last day of the month, as day numbers. */
  readonly first: number;
  readonly last: number;
  readonly events: number;
}

/** Events per month over the slider's span, and the events whose date is coarser than a month. */
export interface EventHistogram {
  /** Every month of the span, in order, zero counts included. */
  readonly months: readonly MonthCount[];
  /** Events known only to the year (or coarser), by the year they fall in (`YYYY`), in order. */
  readonly coarse: readonly { readonly year: string; readonly events: number }[];
  /** Events in all: months' counts, coarse ones and any outside the span. */
  readonly total: number;
}

/** The publication dates of the news reports (not references or datasets), one mark per date. */
export function reportMarks(dataset: Dataset): ReportMark[] {
  const byDay = new Map<number, ReportMark["reports"][number][]>();
  for (const s of dataset.sources) {
    if (s.kind !== "news-report") continue;
    const day = edtf(s.published).lo;
    const list = byDay.get(day) ?? [];
    list.push({ id: s.id, outlet: s.outlet, title: s.title });
    byDay.set(day, list);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, reports]) => ({ day, iso: dayToIso(day), reports }));
}

function monthKey(day: number): string {
  return dayToIso(day).slice(0, 7);
}

/**
 * Counts the event relations (every kind the vocabulary calls an event: attacks, captures, clashes,
 * talks, ceasefires…) per calendar month of the span. An event whose date is known only to a month
 * or a day counts in that month; one known only to the year is counted apart, by year, rather than
 * put in a month the data does not give.
 */
export function eventHistogram(dataset: Dataset, span: TimeSpan): EventHistogram {
  const months: MonthCount[] = [];
  const start = civilDate(span.first);
  for (let y = start.year, m = start.month; ; m === 12 ? (y++, (m = 1)) : m++) {
    const first = dayNumber(y, m, 1);
    if (first > span.last) break;
    const last = (m === 12 ? dayNumber(y + 1, 1, 1) : dayNumber(y, m + 1, 1)) - 1;
    months.push({ month: monthKey(first), first, last, events: 0 });
  }
  const counts = months.map(() => 0);
  const coarse = new Map<string, number>();
  let total = 0;
  // The month holding a day, by binary search over the months' first days (-1 outside the span).
  const monthIndex = (day: number): number => {
    let lo = 0;
    let hi = months.length - 1;
    if (hi < 0 || day < months[0]!.first || day > months[hi]!.last) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (months[mid]!.first <= day) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const r of dataset.relations) {
    if (RELATION_KINDS[r.kind].temporality !== "event" || !r.timing.start) continue;
    total += 1;
    const { lo, hi } = r.timing.start;
    const i = monthIndex(lo);
    const j = monthIndex(hi);
    const sameMonth = i !== -1 && j !== -1 ? i === j : monthKey(lo) === monthKey(hi);
    if (sameMonth) {
      if (i !== -1) counts[i]! += 1;
    } else {
      const year = dayToIso(lo).slice(0, 4);
      coarse.set(year, (coarse.get(year) ?? 0) + 1);
    }
  }
  return {
    months: months.map((m, i) => ({ ...m, events: counts[i]! })),
    coarse: [...coarse.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([year, events]) => ({ year, events })),
    total,
  };
}

/** The histogram in words, for readers who cannot see it: each month with events, then the coarse ones. */
export function histogramText(histogram: EventHistogram): string {
  const busy = histogram.months.filter((m) => m.events > 0);
  const parts = busy.map((m) => `${m.month}: ${m.events}`);
  const coarse = histogram.coarse.map((c) => `${c.year}: ${c.events}`);
  return (
    `Events per month (${histogram.total} in all): ${parts.length ? parts.join(", ") : "none dated to a month"}.` +
    (coarse.length ? ` Dated only to the year, not shown: ${coarse.join(", ")}.` : "")
  );
}
