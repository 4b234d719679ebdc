/**
 * Time you can see, end to end on the built site in Debian's chromium: the slider's marks at the
 * report dates and the histogram of events per month (both recomputed here from the graph-data
 * files), relations only possible on the date drawn faded, and the two-date comparison, which must
 * list exactly what `faultline diff` lists. Writes docs/screenshot-compare.png from the real page.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RELATION_KINDS } from "../../src/model/index.js";
import type { RelationKind } from "../../src/model/index.js";
import { buildSite, launchBrowser, ROOT, serveStatic } from "./site.js";

let site: { origin: string; close: () => Promise<void> };
let browser: BrowserContext;
const pageErrors: string[] = [];

/** Opens the page at a query and waits until the explorer is mounted. */
async function open(query = ""): Promise<Page> {
  const page = await browser.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${site.origin}/${query}`);
  await page.waitForSelector("body[data-ready='true']");
  return page;
}

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

beforeAll(async () => {
  site = await serveStatic(await buildSite());
  browser = await launchBrowser({ width: 1440, height: 900 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("the slider shows where evidence exists", () => {
  it("marks the five report dates over the slider, each titled, labelled and placed at its date", async () => {
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
  });

  it("goes to a report's date when its mark is pressed, by mouse or keyboard", async () => {
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
  });

  it("draws a histogram of events per month with the counts of the graph-data files, and says them in words", async () => {
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
  });
});
