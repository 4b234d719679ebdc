import type { Dataset } from "../model/core.js";
import { edtf } from "../model/core.js";

/** The days the slider covers and the day the page opens on. */
export interface TimeSpan {
  readonly first: number;
  readonly last: number;
  /** The latest date a news report was published (else the last day): where the story stands. */
  readonly latestReport: number;
}

/**
 * The span of the data: from the earliest to the latest finite bound of any relation's validity
 * (open bounds ignored), widened to the publication dates of the news reports.
 */
export function timeSpanOf(dataset: Dataset): TimeSpan {
  let first = Infinity;
  let last = -Infinity;
  for (const { timing } of dataset.relations) {
    const { start, end } = timing;
    if (start) {
      first = Math.min(first, start.lo);
      last = Math.max(last, start.hi);
    }
    if (end) {
      first = Math.min(first, end.lo);
      last = Math.max(last, end.hi);
    }
  }
  let latestReport = -Infinity;
  for (const s of dataset.sources) {
    if (s.kind !== "news-report") continue;
    const d = edtf(s.published);
    first = Math.min(first, d.lo);
    last = Math.max(last, d.hi);
    latestReport = Math.max(latestReport, d.hi);
  }
  if (!Number.isFinite(first)) {
    const today = Math.floor(Date.now() / 86_400_000);
    return { first: today, last: today, latestReport: today };
  }
  return { first, last, latestReport: Number.isFinite(latestReport) ? latestReport : last };
}

/** Keeps a day inside the span. */
export function clampDay(span: TimeSpan, day: number): number {
  return Math.min(span.last, Math.max(span.first, day));
}
