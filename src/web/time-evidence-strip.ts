import type { Dataset } from "../model/core.js";
import { dayToIso } from "../model/core.js";
import { el, listen } from "./dom.js";
import type { CompareDates } from "./explorer-state.js";
import type { TimeSpan } from "./time-span.js";
import { eventHistogram, histogramText, reportMarks } from "./time-evidence.js";

const SVG_NS = "http://www.w3.org/2000/svg";
/** A report mark's width in pixels (styles.css), and the least gap between two marks of one row. */
const MARK_WIDTH = 12;
const MARK_GAP = 2;

/**
 * Rows for marks at these x positions (pixels, in date order) so that no two of one row overlap:
 * each mark goes to the lowest row whose last mark ends before it, a new row when none does.
 */
export function markRows(xs: readonly number[], width = MARK_WIDTH, gap = MARK_GAP): number[] {
  const ends: number[] = [];
  return xs.map((x) => {
    let row = ends.findIndex((end) => x - width / 2 >= end + gap);
    if (row === -1) row = ends.push(0) - 1;
    ends[row] = x + width / 2;
    return row;
  });
}

/** Where a day sits along the slider's track, from 0 (first day) to 1 (last day). */
export function spanFraction(span: TimeSpan, day: number): number {
  return span.last > span.first ? (day - span.first) / (span.last - span.first) : 0;
}

/** Pieces of the slider that show where evidence exists, to lay out around the range input. */
export interface TimeEvidenceStrip {
  /** A row of marks above the slider, one button per report date; a press moves the date there. */
  readonly marks: HTMLElement;
  /** The histogram of events per month under the slider, with its text alternative. */
  readonly histogram: HTMLElement;
  /** Shades the stretch between two compared days under the slider (null: none). */
  showCompare(dates: CompareDates | null): void;
  readonly cleanup: () => void;
}

/**
 * Builds the report marks and the event histogram for the slider. Marks are buttons (titled and
 * labelled with the date and the reports), so they are reached with Tab and pressed with Enter;
 * the histogram is an SVG image whose text alternative lists each month's count.
 */
export function createTimeEvidenceStrip(
  dataset: Dataset,
  span: TimeSpan,
  goTo: (day: number) => void,
): TimeEvidenceStrip {
  const cleanups: (() => void)[] = [];
  const marks = el("div", {
    className: "report-marks",
    attrs: { role: "group", "aria-label": "Report dates" },
  });
  const buttons: { button: HTMLElement; at: number }[] = [];
  for (const mark of reportMarks(dataset)) {
    const who = mark.reports.map((r) => r.outlet).join("; ");
    const label = `Report of ${mark.iso}: ${who}. Go to this date`;
    const button = el("button", {
      className: "report-mark",
      attrs: {
        type: "button",
        title: `${mark.iso}: ${mark.reports.map((r) => `${r.outlet}, “${r.title}”`).join("; ")}`,
        "aria-label": label,
        "data-date": mark.iso,
        style: `--at: ${spanFraction(span, mark.day)}`,
      },
    });
    cleanups.push(listen(button, "click", () => goTo(mark.day)));
    marks.append(button);
    buttons.push({ button, at: spanFraction(span, mark.day) });
  }
  // Marks of close dates (three reports within a week of late 2024) would overlap at the track's
  // width: each stays over its date, stacked in rows, laid out again when the track is resized.
  const layOut = () => {
    const width = marks.clientWidth;
    if (width === 0) return;
    const rows = markRows(buttons.map((b) => b.at * width));
    buttons.forEach(({ button }, i) => button.style.setProperty("--row", String(rows[i])));
    marks.style.setProperty("--rows", String(Math.max(1, ...rows.map((r) => r + 1))));
  };
  if (typeof ResizeObserver !== "undefined") {
    const observer = new ResizeObserver(layOut);
    observer.observe(marks);
    cleanups.push(() => observer.disconnect());
  }

  const histogram = eventHistogram(dataset, span);
  const max = Math.max(1, ...histogram.months.map((m) => m.events));
  const image = document.createElementNS(SVG_NS, "svg");
  const width = span.last - span.first + 1;
  for (const [name, value] of Object.entries({
    viewBox: `0 0 ${width} ${max}`,
    preserveAspectRatio: "none",
    role: "img",
    "aria-labelledby": "event-histogram-text",
    id: "event-histogram",
  }))
    image.setAttribute(name, value);
  for (const m of histogram.months) {
    if (m.events === 0) continue;
    const bar = document.createElementNS(SVG_NS, "rect");
    const x = Math.max(0, m.first - span.first);
    const attrs = {
      x,
      y: max - m.events,
      width: Math.min(width, m.last - span.first + 1) - x,
      height: m.events,
      "data-month": m.month,
      "data-events": m.events,
    };
    for (const [name, value] of Object.entries(attrs)) bar.setAttribute(name, String(value));
    const title = document.createElementNS(SVG_NS, "title");
    title.textContent = `${m.month}: ${m.events} event${m.events === 1 ? "" : "s"}`;
    bar.append(title);
    image.append(bar);
  }
  const text = el("p", {
    className: "visually-hidden",
    text: histogramText(histogram),
    attrs: { id: "event-histogram-text" },
  });
  const band = el("div", { className: "compare-band", attrs: { "aria-hidden": "true" } });
  band.hidden = true;
  const wrapper = el("div", { className: "event-histogram" }, text, band);
  wrapper.prepend(image);
  const showCompare = (dates: CompareDates | null) => {
    band.hidden = dates === null;
    if (!dates) return;
    const from = Math.max(0, spanFraction(span, dates.before));
    const to = Math.min(1, spanFraction(span, dates.after));
    band.style.setProperty("--from", String(from));
    band.style.setProperty("--to", String(Math.max(from, to)));
    band.title = `Compared: ${dayToIso(dates.before)} to ${dayToIso(dates.after)}`;
  };
  return { marks, histogram: wrapper, showCompare, cleanup: () => cleanups.forEach((c) => c()) };
}
