/**
 * The page's time helpers on a hand-built graph with known answers: report marks (news reports
 * only, one mark per date), events per month (coarse dates kept apart), and which drawn relations
 * are faded as only possible on their dates (a claim alone does not fade one).
 */
import { describe, expect, it } from "vitest";
import { dayNumber } from "../../src/model/core.js";
import { doubtColor, doubtfulRelations, DOUBT_OPACITY } from "../../src/web/time-doubt.js";
import { eventHistogram, histogramText, reportMarks } from "../../src/web/time-evidence.js";
import { timeSpanOf } from "../../src/web/time-span.js";
import { visibleView } from "../../src/web/visible-view.js";
import type { ExplorerState } from "../../src/web/explorer-state.js";
import { ENTITY_KINDS, RELATION_KIND_IDS } from "../../src/model/core.js";
import { STATUSES } from "../../src/web/url-state.js";
import { miniGraph } from "../helpers/mini-graph.js";

/** The mini graph with a second report on report-a's day and three more events (year, month, day precision). */
const graph = () =>
  miniGraph((d) => {
    d.sources.push({
      id: "report-a2",
      kind: "news-report",
      outlet: "Outlet C",
      title: "C",
      published: "2018-09-08",
      language: "en",
      inferred: [],
    });
    const event = (id: string, target: string, date: string, source: string) => ({
      id,
      kind: "attacked",
      source: "gov",
      target,
      date,
      status: "reported",
      evidence: [{ source, paragraph: 7, note: "An attack." }],
    });
    d.relations["territory.json"].push(
      event("gov-attacked-rebels-2019", "rebels", "2019", "report-b") as never,
      event("gov-attacked-rebels-2018-09", "rebels", "2018-09~", "report-a") as never,
      event("gov-attacked-ally-2018-09-07", "ally", "2018-09-07", "report-a") as never,
    );
  });

function stateOn(iso: string, windowDays = 0): ExplorerState {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return {
    day: dayNumber(y, m, d),
    windowDays,
    filters: {
      entityKinds: new Set(ENTITY_KINDS),
      relationKinds: new Set(RELATION_KIND_IDS),
      statuses: new Set(STATUSES),
      showIdle: false,
    },
    selection: null,
    hovered: null,
    path: null,
    measure: "degree",
  };
}

describe("report marks", () => {
  it("puts one mark on each news report's date, naming every report of that day, and none for references", async () => {
    const marks = reportMarks((await graph()).dataset);
    expect(marks.map((m) => m.iso)).toEqual(["2018-09-08", "2024-12-01"]);
    expect(marks[0]!.reports.map((r) => r.outlet)).toEqual(["Outlet A", "Outlet C"]);
    expect(marks[0]!.day).toBe(dayNumber(2018, 9, 8));
  });
});

describe("events per month", () => {
  it("counts events in their month when dated to a month or a day, and apart by year otherwise", async () => {
    const { dataset } = await graph();
    const span = timeSpanOf(dataset);
    const histogram = eventHistogram(dataset, span);
    const busy = histogram.months.filter((m) => m.events > 0).map((m) => [m.month, m.events]);
    expect(busy).toEqual([
      ["2018-09", 2],
      ["2024-11", 2],
    ]);
    expect(histogram.coarse).toEqual([{ year: "2019", events: 1 }]);
    expect(histogram.total).toBe(5);
    // Every month of the span, in order, each from its first to its last day.
    expect(histogram.months[0]!.first).toBeLessThanOrEqual(span.first);
    expect(histogram.months.at(-1)!.last).toBeGreaterThanOrEqual(span.last);
    const nov = histogram.months.find((m) => m.month === "2024-11")!;
    expect([nov.first, nov.last]).toEqual([dayNumber(2024, 11, 1), dayNumber(2024, 11, 30)]);
    for (let i = 1; i < histogram.months.length; i++)
      expect(histogram.months[i]!.first).toBe(histogram.months[i - 1]!.last + 1);
    expect(histogramText(histogram)).toBe(
      "Events per month (5 in all): 2018-09: 2, 2024-11: 2. Dated only to the year, not shown: 2019: 1.",
    );
  });
});

describe("relations faded as only possible on the date", () => {
  it("fades a reported state beyond its reports and a month-dated event, not a state within its reports or a claim within its dates", async () => {
    const kg = await graph();
    // 2020-06-01: patron-backs-gov lies between its reports (2018-09-08 to 2024-12-01): certain.
    const between = stateOn("2020-06-01");
    expect(doubtfulRelations(kg, visibleView(kg, between), between.day, 0).has("patron-backs-gov")).toBe(
      false,
    );
    // 2025-06-01: after its last report, only possible: faded.
    const after = stateOn("2025-06-01");
    const afterView = visibleView(kg, after);
    expect(afterView.relations.get("patron-backs-gov")).toBe("possible");
    expect(doubtfulRelations(kg, afterView, after.day, 0).has("patron-backs-gov")).toBe(true);
    // 2024-11-28 ± 5 days: the capture of Idlib dated only "2024-11" may fall outside the window.
    const late = stateOn("2024-11-28", 5);
    const lateView = visibleView(kg, late);
    const lateDoubt = doubtfulRelations(kg, lateView, late.day, 5);
    expect(lateView.relations.has("rebels-captured-idlib")).toBe(true);
    expect(lateDoubt.has("rebels-captured-idlib")).toBe(true);
    // The claimed capture of the town on 2024-11-28 is inside the window: possible only as a claim, not faded.
    expect(lateView.relations.get("rebels-captured-town")).toBe("possible");
    expect(lateDoubt.has("rebels-captured-town")).toBe(false);
    // The claimed backing stated from 2024-11: within its stated dates on 2024-12-01, not faded.
    const stated = stateOn("2024-12-01");
    const statedView = visibleView(kg, stated);
    expect(statedView.relations.get("second-backs-gov")).toBe("possible");
    expect(doubtfulRelations(kg, statedView, stated.day, 0).has("second-backs-gov")).toBe(false);
  });

  it("scales an rgba colour's opacity and leaves other colours alone", () => {
    expect(doubtColor("rgba(31, 158, 75, 0.9)")).toBe(`rgba(31, 158, 75, ${0.9 * DOUBT_OPACITY})`);
    expect(doubtColor("#1a9850")).toBe("#1a9850");
  });
});
