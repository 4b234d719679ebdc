/**
 * Time you can see, end to end on the built site in Debian's chromium: the slider's marks at the
 * report dates and the histogram of events per month (both recomputed here from the graph-data
 * files), relations only possible on the date drawn faded, and the two-date comparison, which must
 * list exactly what `faultline diff` lists. Writes docs/screenshot-compare.png from the real page.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { RELATION_KINDS } from "../../src/model/core.js";
import type { RelationKind } from "../../src/model/core.js";
import { CHANGE_COLORS } from "../../src/web/compare-view.js";
import { runCliJson } from "../helpers/run-cli.js";
import { pageSession, ROOT } from "./site.js";

/** A relation as `faultline snapshot` and `faultline diff` print it in JSON. */
interface CliRelation {
  readonly id: string;
  readonly status: string;
  readonly claimedBy: readonly string[];
  readonly derivedFrom?: readonly string[];
  readonly certainty: string | null;
  readonly basis: {
    readonly kind: string;
    readonly lastReport?: string;
    readonly firstReport?: string;
  } | null;
}

/** `faultline diff A B --json`: the sections the page must list. */
interface CliDiff {
  readonly began: readonly CliRelation[];
  readonly ended: readonly CliRelation[];
  readonly cameAndWent: readonly CliRelation[];
  readonly events: readonly CliRelation[];
  readonly signChanges: readonly { a: string; b: string }[];
}

/** How every drawn edge is painted: its colour (the dash layer's for dashed edges), hidden or not, its relations. */
async function edgePaint(
  page: Page,
): Promise<Map<string, { color: string; hidden: boolean; relations: string[] }>> {
  const rows = await page.evaluate(() => {
    const view = window.__faultline!.graphView;
    const out: [string, { color: string; hidden: boolean; relations: string[] }][] = [];
    view.graph.forEachEdge((edge, attributes) => {
      const data = view.sigma.getEdgeDisplayData(edge);
      if (!data) return;
      const dashed = view.dashedEdges().get(edge);
      out.push([
        edge,
        {
          color: dashed ? dashed.color : data.color,
          hidden: data.hidden,
          relations: [...attributes.relations],
        },
      ]);
    });
    return out;
  });
  return new Map(rows);
}

/** The opacity of an `rgba()` colour (1 for a colour without one). */
function alphaOf(color: string): number {
  const m = /rgba\([^)]*,\s*([\d.]+)\s*\)$/.exec(color);
  return m ? Number(m[1]) : 1;
}

/** Time allowed to a test: each opens the page (and some spawn the CLI) on a machine shared with others. */
const SLOW = 240_000;

const session = pageSession({ viewport: { width: 1440, height: 900 } });
const pageErrors = session.pageErrors;

/** Opens the page at a query and waits until the explorer is mounted. */
const open = (query = ""): Promise<Page> => session.open(query);

/** The shipped graph-data's raw JSON, read without the project's loader. */
function rawJson<T>(...path: string[]): T {
  return JSON.parse(readFileSync(join(ROOT, "graph-data", ...path), "utf8")) as T;
}

/** Publication dates of the news reports in graph-data/sources.json, sorted, each once. */
function reportDates(): string[] {
  const { sources } = rawJson<{ sources: { kind: string; published: string }[] }>("sources.json");
  return [...new Set(sources.filter((s) => s.kind === "news-report").map((s) => s.published))].sort();
}

/** Event relations of graph-data/relations/*.json: per YYYY-MM when dated to a month or day, per year otherwise. */
function eventCounts(): { months: Map<string, number>; years: Map<string, number> } {
  const months = new Map<string, number>();
  const years = new Map<string, number>();
  const dir = join(ROOT, "graph-data", "relations");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const { relations } = rawJson<{ relations: { kind: RelationKind; date?: string }[] }>("relations", file);
    for (const r of relations) {
      if (RELATION_KINDS[r.kind].temporality !== "event" || !r.date) continue;
      const month = /^(\d{4}-\d{2})/.exec(r.date)?.[1];
      const into = month ? months : years;
      const key = month ?? r.date.slice(0, 4);
      into.set(key, (into.get(key) ?? 0) + 1);
    }
  }
  return { months, years };
}

describe("the slider shows where evidence exists", () => {
  it(
    "marks the five report dates over the slider, each titled, labelled and placed at its date",
    async () => {
      const expected = reportDates();
      expect(expected).toHaveLength(5);
      const page = await open("?date=2024-12-01");
      const marks = page.locator(".report-mark");
      expect(await marks.evaluateAll((ms) => ms.map((m) => m.getAttribute("data-date")))).toEqual(expected);
      for (const mark of await marks.all()) {
        expect(await mark.getAttribute("title")).toContain(await mark.getAttribute("data-date"));
        expect(await mark.getAttribute("aria-label")).toMatch(
          /^Report of \d{4}-\d{2}-\d{2}: .+\. Go to this date$/,
        );
      }
      // Each mark sits over the point of the slider's track where its date is.
      const slider = page.locator("#date-slider");
      const box = (await slider.boundingBox())!;
      const [min, max] = [Number(await slider.getAttribute("min")), Number(await slider.getAttribute("max"))];
      const thumbHalf = 8;
      for (const mark of await marks.all()) {
        const day = Date.parse(`${await mark.getAttribute("data-date")}T00:00:00Z`) / 86_400_000;
        const at = box.x + thumbHalf + ((box.width - 2 * thumbHalf) * (day - min)) / (max - min);
        const markBox = (await mark.boundingBox())!;
        expect(Math.abs(markBox.x + markBox.width / 2 - at)).toBeLessThan(2);
      }
      await page.close();
    },
    SLOW,
  );

  it(
    "lays the marks out so that none overlaps another, each still over its date, on a wide and a narrow screen",
    async () => {
      for (const viewport of [
        { width: 1440, height: 900 },
        { width: 390, height: 844 },
      ]) {
        const page = await session.open("?date=2024-12-01", viewport);
        const marks = page.locator(".report-mark");
        const boxes = await marks.evaluateAll((ms) =>
          ms.map((m) => {
            const r = m.getBoundingClientRect();
            return { date: m.getAttribute("data-date")!, x: r.x, y: r.y, right: r.right, bottom: r.bottom };
          }),
        );
        expect(boxes).toHaveLength(reportDates().length);
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1)) {
            const apart = a.right <= b.x || b.right <= a.x || a.bottom <= b.y || b.bottom <= a.y;
            expect(apart, `${a.date} and ${b.date} at ${viewport.width} px`).toBe(true);
          }
        // The two reports of 2024-11-28 and 2024-12-01 are three days apart: stacked, not side by side.
        const late = boxes.filter((b) => b.date >= "2024-11-28");
        expect(new Set(late.map((b) => Math.round(b.y))).size).toBe(late.length);
        // The marks stay within the panel (none pushed off its top).
        const panel = (await page.locator(".report-marks").boundingBox())!;
        for (const b of boxes) expect(b.y).toBeGreaterThanOrEqual(panel.y - 0.5);
        await page.close();
      }
    },
    SLOW,
  );

  it(
    "goes to a report's date when its mark is pressed, by mouse or keyboard",
    async () => {
      const page = await open("?date=2024-12-01");
      await page.locator('.report-mark[data-date="2017-09-19"]').click();
      await expect.poll(() => page.locator("#date-field").inputValue()).toBe("2017-09-19");
      // The marks come just before the slider in the tab order: Shift+Tab from it reaches the last one.
      await page.locator("#date-slider").focus();
      await page.keyboard.press("Shift+Tab");
      const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-date"));
      expect(focused).toBe(reportDates().at(-1));
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator("#date-field").inputValue()).toBe(reportDates().at(-1));
      await page.close();
    },
    SLOW,
  );

  it(
    "draws a histogram of events per month with the counts of the graph-data files, and says them in words",
    async () => {
      const { months, years } = eventCounts();
      const page = await open();
      const bars = await page
        .locator("#event-histogram rect")
        .evaluateAll((rs) =>
          rs.map((r) => [r.getAttribute("data-month"), Number(r.getAttribute("data-events"))]),
        );
      expect(new Map(bars as [string, number][])).toEqual(months);
      // A bar's height is its count (in the image's own units); every bar is titled.
      const heights = await page
        .locator("#event-histogram rect")
        .evaluateAll((rs) =>
          rs.map((r) => Number(r.getAttribute("height")) === Number(r.getAttribute("data-events"))),
        );
      expect(heights.every(Boolean)).toBe(true);
      const titles = await page.locator("#event-histogram rect title").allTextContents();
      expect(titles).toHaveLength(months.size);
      const text = await page.locator("#event-histogram-text").textContent();
      for (const [month, n] of months) expect(text).toContain(`${month}: ${n}`);
      for (const [year, n] of years) expect(text).toContain(`${year}: ${n}`);
      const total = [...months.values(), ...years.values()].reduce((a, b) => a + b, 0);
      expect(text).toContain(`(${total} in all)`);
      expect(await page.locator("#event-histogram").getAttribute("aria-labelledby")).toBe(
        "event-histogram-text",
      );
      await page.close();
    },
    SLOW,
  );
});

describe("relations only possible on the date are drawn faded", () => {
  it(
    "fades the edges whose relations the CLI grades possible for their dates, not the certain ones; the legend says so",
    async () => {
      const page = await open("?date=2024-12-01");
      await page.waitForTimeout(500);
      const snapshot = runCliJson<{ relations: CliRelation[] }>([
        "snapshot",
        "--at",
        "2024-12-01",
        "--window",
        "15",
      ]);
      const byId = new Map(snapshot.relations.map((r) => [r.id, r]));
      const drawn = new Set(await page.evaluate(() => window.__faultline!.visibleRelations()));
      const paint = await edgePaint(page);
      let faded = 0;
      let solid = 0;
      for (const [edge, { color, hidden, relations }] of paint) {
        const on = relations.filter((r) => drawn.has(r)).map((r) => byId.get(r)!);
        if (hidden || on.length === 0) continue;
        // A certain relation keeps its edge at full strength; an edge of reported relations all only
        // possible is faded; a claim evidenced on the date is shown by its dash only.
        const certain = on.some((r) => r.certainty === "certain");
        const doubtful = on.every(
          (r) =>
            r.certainty === "possible" &&
            (r.status === "reported" || r.basis?.kind.startsWith("extrapolated")),
        );
        const claimOnly = on.every((r) => r.status !== "reported" && r.basis?.kind === "evidenced");
        if (certain || claimOnly) {
          expect(alphaOf(color), `${edge} ${color}`).toBeGreaterThan(0.8);
          solid += 1;
        } else if (doubtful) {
          expect(alphaOf(color), `${edge} ${color}`).toBeLessThan(0.4);
          faded += 1;
        }
      }
      expect(faded).toBeGreaterThan(5);
      expect(solid).toBeGreaterThan(5);
      expect(await page.locator('#legend [data-legend="possible"]').textContent()).toContain(
        "only possible on the date",
      );
      await page.close();
    },
    SLOW,
  );
});

describe("fading follows the slider", () => {
  it(
    "after moving through time, paints every edge as a page opened on that date does",
    async () => {
      const moved = await open("?date=2017-09-19");
      for (const date of ["2018-09-08", "2019-06-06", "2022-01-01", "2024-11-28", "2024-12-01"]) {
        await moved.evaluate((d) => window.__faultline!.setDate(d), date);
        await moved.waitForTimeout(100);
      }
      await moved.waitForTimeout(500);
      const fresh = await open("?date=2024-12-01");
      await fresh.waitForTimeout(500);
      const shown = (paint: Awaited<ReturnType<typeof edgePaint>>) =>
        new Map([...paint].filter(([, p]) => !p.hidden).map(([edge, p]) => [edge, p.color]));
      const a = shown(await edgePaint(moved));
      expect(a.size).toBeGreaterThan(50);
      expect(a).toEqual(shown(await edgePaint(fresh)));
      await moved.close();
      await fresh.close();
    },
    SLOW,
  );
});

describe("compare two dates", () => {
  const A = "2018-09-08";
  const B = "2024-12-01";

  /** Relation ids the page lists in one section of the comparison. */
  const listed = (page: Page, section: string) =>
    page
      .locator(`#compare-result [data-section="${section}"] li[data-relation]`)
      .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-relation")!));

  it(
    "is reached and run by keyboard, lists exactly what faultline diff lists with why, and draws it",
    async () => {
      const cli = runCliJson<CliDiff>(["diff", A, B]);
      const page = await open("?date=2024-12-01");
      // Tab from the date field until the first compare field has focus.
      await page.locator("#date-field").focus();
      let reached = false;
      for (let i = 0; i < 250 && !reached; i++) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(() => document.activeElement?.id === "compare-before");
      }
      expect(reached).toBe(true);
      await page.keyboard.press("Control+A");
      await page.keyboard.type(A);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("compare-after");
      await page.keyboard.press("Control+A");
      await page.keyboard.type(B);
      await page.keyboard.press("Enter");
      await page.waitForSelector('#compare-panel[data-comparing="true"]');

      const ids = (refs: readonly CliRelation[]) => refs.map((r) => r.id);
      expect(await listed(page, "began")).toEqual(ids(cli.began));
      expect(await listed(page, "ended")).toEqual(ids(cli.ended));
      expect(await listed(page, "came-and-went")).toEqual(ids(cli.cameAndWent));
      expect(await listed(page, "events")).toEqual(ids(cli.events));
      expect(await page.locator('#compare-result [data-section="tone"] li').count()).toBe(
        cli.signChanges.length,
      );
      expect(cli.began.length + cli.ended.length).toBeGreaterThan(10);
      expect(await page.locator("#compare-result code").textContent()).toBe(`faultline diff ${A} ${B}`);

      // Each item says why: certainty and basis, status and claimant, as the CLI answers them.
      for (const ref of [...cli.began, ...cli.ended]) {
        const item = page.locator(`#compare-result li[data-relation="${ref.id}"]`);
        expect(await item.getAttribute("data-status")).toBe(ref.status);
        expect(await item.getAttribute("data-certainty")).toBe(ref.certainty);
        expect(await item.getAttribute("data-basis")).toBe(ref.basis!.kind);
        const text = (await item.textContent())!;
        if (ref.status === "claimed") expect(text).toContain("claimed by ");
        for (const capture of ref.derivedFrom ?? []) expect(text).toContain(`derived from ${capture}`);
        for (const date of [ref.basis!.lastReport, ref.basis!.firstReport])
          if (date) expect(text).toContain(date);
      }

      // On the graph: began edges green, ended ones in the ended colour, all drawn; the date is the later one.
      expect(await page.locator("#date-field").inputValue()).toBe(B);
      const paint = await edgePaint(page);
      const edgeOf = new Map<string, string>();
      for (const [edge, { relations }] of paint) for (const r of relations) edgeOf.set(r, edge);
      for (const [refs, colour] of [
        [cli.began, CHANGE_COLORS.began],
        [cli.ended, CHANGE_COLORS.ended],
      ] as const) {
        for (const ref of refs) {
          const edge = paint.get(edgeOf.get(ref.id)!)!;
          expect(edge.hidden, ref.id).toBeFalsy();
          const began = edge.relations.some((r) => cli.began.some((b) => b.id === r));
          expect(edge.color, ref.id).toBe(began ? CHANGE_COLORS.began : colour);
        }
      }

      // A pressed item selects its relation.
      await page
        .locator('#compare-result li[data-relation="syrian-government-controls-aleppo"] button')
        .click();
      await expect
        .poll(() => page.evaluate(() => window.__faultline!.state().selection))
        .toBe("relation:syrian-government-controls-aleppo");
      await page.close();
    },
    SLOW,
  );

  it(
    "keeps the two dates in the address: a link reopens the comparison, stopping removes them",
    async () => {
      const cli = runCliJson<CliDiff>(["diff", A, B]);
      const page = await open(`?date=2024-12-01&compare=${A},${B}`);
      await page.waitForSelector('#compare-panel[data-comparing="true"]');
      expect(await page.locator("#compare-before").inputValue()).toBe(A);
      expect(await page.locator("#compare-after").inputValue()).toBe(B);
      expect(await listed(page, "ended")).toEqual(cli.ended.map((r) => r.id));
      // The compared stretch is shaded under the slider, from A's point of the track to B's.
      const band = page.locator(".compare-band");
      expect(await band.isVisible()).toBe(true);
      expect(await band.getAttribute("title")).toBe(`Compared: ${A} to ${B}`);
      const slider = page.locator("#date-slider");
      const track = (await slider.boundingBox())!;
      const [min, max] = [Number(await slider.getAttribute("min")), Number(await slider.getAttribute("max"))];
      const x = (iso: string) =>
        track.x +
        8 +
        ((track.width - 16) * (Date.parse(`${iso}T00:00:00Z`) / 86_400_000 - min)) / (max - min);
      const shaded = (await band.boundingBox())!;
      expect(Math.abs(shaded.x - x(A))).toBeLessThan(2);
      expect(Math.abs(shaded.x + shaded.width - x(B))).toBeLessThan(2);
      await expect.poll(() => new URL(page.url()).searchParams.get("compare")).toBe(`${A},${B}`);

      // Another pair typed in: the address follows.
      await page.locator("#compare-before").fill("2019-06-06");
      await page.locator("#compare-before").press("Enter");
      await expect.poll(() => new URL(page.url()).searchParams.get("compare")).toBe(`2019-06-06,${B}`);
      const reopened = await open(new URL(page.url()).search);
      await reopened.waitForSelector('#compare-panel[data-comparing="true"]');
      expect(await listed(reopened, "began")).toEqual(
        runCliJson<CliDiff>(["diff", "2019-06-06", B]).began.map((r) => r.id),
      );
      await reopened.close();

      await page.locator("#compare-stop").click();
      await expect.poll(() => new URL(page.url()).searchParams.has("compare")).toBe(false);
      expect(await page.locator('#compare-panel[data-comparing="false"]').count()).toBe(1);
      expect(await band.isVisible()).toBe(false);
      await page.close();
    },
    SLOW,
  );

  it(
    "refuses a later date before the earlier one, saying so beside the fields",
    async () => {
      const page = await open("?date=2024-12-01");
      await page.locator("#compare-before").fill(B);
      await page.locator("#compare-after").fill(A);
      await page.locator("#compare-go").click();
      expect(await page.locator("#compare-error").textContent()).toContain("must come after");
      expect(await page.locator('#compare-panel[data-comparing="false"]').count()).toBe(1);
      await page.close();
    },
    SLOW,
  );

  it(
    "writes the README's compare screenshot from the real page",
    async () => {
      const page = await open(`?date=${B}&compare=${A},${B}`);
      await page.waitForSelector('#compare-panel[data-comparing="true"]');
      await page.waitForTimeout(800);
      // The right column scrolls to the comparison; the page stays at its top (time panel in view).
      await page.locator("#compare-panel").evaluate((panel) => {
        const column = panel.parentElement!;
        column.scrollTop = (panel as HTMLElement).offsetTop - column.offsetTop;
        window.scrollTo(0, 0);
      });
      writeFileSync(join(ROOT, "docs", "screenshot-compare.png"), await page.screenshot());
      expect(pageErrors).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});
