/**
 * The explorer page end to end: the built site served over HTTP, driven in Debian's chromium by
 * playwright-core, checked against the shipped data and against the CLI's answers for the same
 * questions. Writes docs/screenshot.png (the picture in README) from the real page.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load-graph-data.js";
import type { Dataset } from "../../src/model/core.js";
import { dayNumber } from "../../src/model/core.js";
import { KIND_COLORS, SIGN_COLORS, STATUS_STYLE } from "../../src/web/palette.js";
import { GEXF_SCHEMA, itWith, materialFile } from "../helpers/shared-material.js";
import { differingPixels, overWhite, pixelStats } from "./pixels.js";
import { pageSession, ROOT } from "./site.js";

/** Runs the real CLI on the shipped data and parses its --json answer. */
function cli<T>(...args: string[]): T {
  return JSON.parse(
    execFileSync("node", [join(ROOT, "bin/faultline.js"), ...args, "--json"], { encoding: "utf8" }),
  ) as T;
}

/** Relation ids of `faultline snapshot --at DATE --window DAYS`. */
function snapshotIds(date: string, windowDays: number): string[] {
  return cli<{ relations: { id: string }[] }>("snapshot", "--at", date, "--window", String(windowDays))
    .relations.map((r) => r.id)
    .sort();
}

let dataset: Dataset;
const session = pageSession({ consoleErrors: true });
const pageErrors = session.pageErrors;

/** Opens the page at a query and waits until the explorer is mounted. */
const open = (query = "", viewport = { width: 1280, height: 800 }): Promise<Page> =>
  session.open(query, viewport);

/** Moves the date slider to a day, as dragging it does (an `input` event with the new value). */
async function slideTo(page: Page, iso: string): Promise<void> {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  await page.locator("#date-slider").evaluate(
    (slider: HTMLInputElement, day: number) => {
      slider.value = String(day);
      slider.dispatchEvent(new Event("input", { bubbles: true }));
    },
    dayNumber(y, m, d),
  );
  await expect.poll(() => page.locator("#visible-summary").textContent()).toContain(iso);
}

const visible = (page: Page) => page.evaluate(() => window.__faultline!.visibleRelations());
const state = (page: Page) => page.evaluate(() => window.__faultline!.state());

beforeAll(async () => {
  dataset = await loadDataset(join(ROOT, "graph-data"));
}, 180_000);

describe("the explorer page on the shipped data", () => {
  it("draws the graph: the canvas shows nodes in their kind colours and relations in their sign colours", async () => {
    const page = await open();
    const shot = await page.locator("#graph").screenshot();
    const hostile = overWhite(SIGN_COLORS.hostile, STATUS_STYLE.reported.alpha);
    const stats = await pixelStats(page, shot, [KIND_COLORS.state, KIND_COLORS["armed-group"], hostile]);
    expect(stats.width).toBeGreaterThan(500);
    expect(stats.inked).toBeGreaterThan(0.01);
    expect(stats.near[KIND_COLORS.state]).toBeGreaterThan(50);
    expect(stats.near[KIND_COLORS["armed-group"]]).toBeGreaterThan(50);
    expect(stats.near[hostile]).toBeGreaterThan(20);
    expect(await page.locator("#graph canvas").count()).toBeGreaterThan(1);
    await page.close();
  });

  it("draws the graph first, then mounts the map and the panels beside it once that frame is painted", async () => {
    const page = await open();
    const order = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return { graph: at("faultline:graph-mounted"), panels: at("faultline:panels-mounted") };
    });
    expect(order.graph).not.toBeNull();
    expect(order.panels).not.toBeNull();
    expect(order.panels!).toBeGreaterThan(order.graph!);
    // Once ready, the deferred panels are all there: the map's places, the relations of the date.
    expect(await page.locator("#map circle[data-place]").count()).toBeGreaterThan(10);
    expect(Number(await page.getAttribute("#relations-list", "data-visible-count"))).toBeGreaterThan(0);
    await page.close();
  });

  it("ranks and sizes the entities even when the view came to rest before the panels mounted (a slow CPU)", async () => {
    const page = await session.browser.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // Six times slower: the graph's mount outlasts the settle delay, so the view is at rest
    // before the rankings panel mounts (on a busy machine the page showed no sizes and no labels).
    const cdp = await session.browser.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
    await page.goto(`${session.origin}/?date=2024-12-01`);
    await page.waitForSelector("body[data-ready='true']");
    expect(await page.evaluate(() => window.__faultline!.graphView.settling())).toBe(false);
    await page.waitForSelector("#ranking button[data-entity]", { timeout: 30_000 });
    await expect
      .poll(() => page.evaluate(() => window.__faultline!.graphView.labelBoxes().length), { timeout: 30_000 })
      .toBeGreaterThan(5);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await page.close();
  });

  it("moving the slider to 2018-09-08 and to 2024-12-01 shows the relations the data holds then", async () => {
    // Every relation kind on (the page hides static geography at first), so the page must match the CLI exactly.
    const page = await open("?hide-relations=");
    const windowDays = (await state(page)).windowDays;
    await slideTo(page, "2018-09-08");
    const in2018 = await visible(page);
    expect(in2018).toEqual(snapshotIds("2018-09-08", windowDays));
    expect(in2018).toContain("russia-attacked-idlib-province-2018-09-08");
    expect(in2018).toContain("syrian-government-controls-aleppo");
    await slideTo(page, "2024-12-01");
    const in2024 = await visible(page);
    expect(in2024).toEqual(snapshotIds("2024-12-01", windowDays));
    expect(in2024).not.toContain("russia-attacked-idlib-province-2018-09-08");
    expect(in2024).toContain("hts-captured-aleppo-military-academy-2024-12-01");
    expect(in2018).not.toContain("hts-captured-aleppo-military-academy-2024-12-01");
    // The slider is keyboard operable: one arrow press is one day.
    await page.locator("#date-slider").focus();
    await page.keyboard.press("ArrowRight");
    expect((await state(page)).date).toBe("2024-12-02");
    expect(await page.locator("#date-field").inputValue()).toBe("2024-12-02");
    await page.close();
  });

  it("after moving through time by partial refreshes, draws the same picture as a page opened on that date", async () => {
    // Without and with a selection (whose highlighted neighbourhood changes with the date).
    for (const selection of ["", "&entity=hts"]) {
      const moved = await open(`?date=2017-09-19${selection}`);
      for (const date of ["2018-09-08", "2019-06-06", "2024-11-28", "2024-12-01"]) await slideTo(moved, date);
      await moved.waitForTimeout(400); // sizes and labels are re-indexed once the date rests
      const fresh = await open(`?date=2024-12-01${selection}`);
      await fresh.waitForTimeout(800); // settling, and the camera's move to the selection

      expect(await visible(moved)).toEqual(await visible(fresh));
      const a = await moved.locator("#graph").screenshot();
      const b = await fresh.locator("#graph").screenshot();
      expect(await differingPixels(fresh, a, b)).toBe(0);
      await moved.close();
      await fresh.close();
    }
  });

  it("search finds “Levant Liberation Organization” and selects HTS, answering who backs whom as the CLI does", async () => {
    const page = await open("?date=2018-09-08");
    await page.locator("#search").fill("Levant Liberation");
    await expect
      .poll(() => page.locator("#search-options [role=option]").first().textContent())
      .toContain("Hayat Tahrir al-Sham");
    await page.locator("#search").fill("Levant Liberation Organization");
    await page.keyboard.press("Enter");
    expect((await state(page)).selection).toBe("entity:hts");
    await expect.poll(() => page.locator("#details-panel h2").textContent()).toBe("Hayat Tahrir al-Sham");
    await expect.poll(() => page.url()).toContain("entity=hts");
    // The keyboard path: "/" focuses the search box, arrows and Enter pick a suggestion.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("/");
    await page.keyboard.type("Syrian gov");
    // Wait for the suggestions to follow the typing before choosing one (the machine may be loaded).
    await expect
      .poll(() => page.locator("#search-options [role=option]").first().textContent())
      .toContain("Syrian government");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect((await state(page)).selection).toBe("entity:syrian-government");
    const backers = await page
      .locator("[data-question=backers] [data-entity]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-entity")));
    expect(backers).toEqual(
      cli<{ id: string }[]>("backers", "syrian-government", "--at", "2018-09-08").map((c) => c.id),
    );
    expect(backers).toEqual(expect.arrayContaining(["iran", "russia"]));
    await page.close();
  });

  it("the details panel shows a relation's evidence: outlet, date, title, paragraph, note, and who claimed it", async () => {
    const page = await open("?date=2024-12-01");
    const id = "hts-captured-aleppo-military-academy-2024-12-01";
    const relation = dataset.relations.find((r) => r.id === id)!;
    await page.locator(`#relations-list button[data-relation="${id}"]`).click();
    const items = page.locator("#details-panel .evidence");
    await expect.poll(() => items.count()).toBe(relation.evidence.length);
    for (const [i, evidence] of relation.evidence.entries()) {
      const source = dataset.sources.find((s) => s.id === evidence.source)!;
      const text = (await items.nth(i).textContent())!;
      expect(text).toContain(source.outlet);
      expect(text).toContain(source.published);
      expect(text).toContain(source.title);
      if (evidence.paragraph) expect(text).toContain(`paragraph ${evidence.paragraph}`);
      expect(await items.nth(i).locator(".evidence-note").textContent()).toBe(evidence.note);
      if (evidence.claimedBy) {
        const claimant = dataset.entities.find((e) => e.id === evidence.claimedBy)!;
        expect(text).toContain(`Claimed by ${claimant.label}`);
      }
    }
    expect(relation.evidence.some((e) => e.claimedBy)).toBe(true);
    expect(await page.locator("#details-panel").textContent()).toContain(`Status${relation.status}`);
    await page.close();
  });

  it("a URL with a date and a selection reopens that view", async () => {
    const id = "russia-attacked-idlib-province-2018-09-08";
    const page = await open(`?date=2018-09-08&relation=${id}`);
    expect(await state(page)).toMatchObject({ date: "2018-09-08", selection: `relation:${id}` });
    expect(await page.locator("#date-slider").getAttribute("aria-valuetext")).toBe("2018-09-08");
    expect(await page.locator("#details-panel h2").textContent()).toBe("Russia attacked Idlib province");
    // What the user then does goes back into the address, and that address reopens the same view.
    await page.locator("#details-panel button[data-entity=russia]").click();
    await page.locator("#measure").selectOption("pagerank");
    await expect.poll(() => page.url()).toContain("measure=pagerank");
    const link = page.url();
    const shown = await visible(page);
    const again = await session.browser.newPage();
    await again.goto(link);
    await again.waitForSelector("body[data-ready='true']");
    expect(await state(again)).toEqual(await state(page));
    expect(await visible(again)).toEqual(shown);
    expect(await again.locator("#details-panel h2").textContent()).toBe("Russia");
    await again.close();
    await page.close();
  });

  it("names what it could not read in a URL, and shows the rest", async () => {
    const page = await open("?date=2031-05-01&entity=nobody&hide-status=rumoured");
    const notice = page.locator("#notice");
    expect(await notice.isVisible()).toBe(true);
    const items = await notice.locator("li").allTextContents();
    expect(items).toHaveLength(3);
    expect(items.join("\n")).toContain('entity: no entity has the id "nobody"');
    expect(items.join("\n")).toContain("2031-05-01 is outside the data");
    expect((await state(page)).date).toBe("2024-12-31");
    await page.close();
  });

  it("finds the path between two chosen entities on the date, as `faultline path` does, and highlights it", async () => {
    const page = await open("?date=2024-12-01");
    await page.locator("#path-from").fill("Iran");
    await page.keyboard.press("Enter");
    await page.locator("#path-to").fill("HTS");
    await page.keyboard.press("Enter");
    await page.locator("#path-find").click();
    const expected = cli<{ paths: { entities: string[]; relations: string[] }[] }>(
      "path",
      "iran",
      "hts",
      "--at",
      "2024-12-01",
    ).paths[0]!;
    expect((await state(page)).path).toEqual(expected.entities);
    const first = page.locator("#path-answer li").first();
    for (const id of expected.relations)
      expect(await first.locator(`[data-relation="${id}"]`).count()).toBe(1);
    await expect.poll(() => page.url()).toContain("path=iran,hts");
    // The highlighted path comes back with the link.
    const again = await open(new URL(page.url()).search);
    expect((await state(again)).path).toEqual(expected.entities);
    await again.close();
    await page.close();
  });

  itWith([GEXF_SCHEMA])(
    "downloads a dynamic GEXF that is valid against the GEXF 1.3 RELAX NG schema, and a PNG of the view",
    async () => {
      const page = await open();
      const dir = mkdtempSync(join(tmpdir(), "faultline-downloads-"));
      const [gexf] = await Promise.all([page.waitForEvent("download"), page.locator("#export-gexf").click()]);
      const gexfPath = join(dir, gexf.suggestedFilename());
      await gexf.saveAs(gexfPath);
      execFileSync("xmllint", ["--noout", "--relaxng", materialFile(GEXF_SCHEMA, "gexf.rng"), gexfPath], {
        stdio: "pipe",
      });
      const text = readFileSync(gexfPath, "utf8");
      expect(text).toContain('mode="dynamic"');
      expect(text.match(/<node /g)?.length).toBe(dataset.entities.length);
      const [png] = await Promise.all([page.waitForEvent("download"), page.locator("#export-png").click()]);
      const pngPath = join(dir, png.suggestedFilename());
      await png.saveAs(pngPath);
      expect(readFileSync(pngPath).subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
      await page.close();
    },
  );

  it("is readable on a phone-sized screen: one column, nothing wider than the screen, the graph drawn", async () => {
    const page = await open("?date=2024-12-01", { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);
    const graph = await page.locator("#graph").boundingBox();
    expect(graph!.width).toBeGreaterThan(350);
    expect(graph!.height).toBeGreaterThan(300);
    expect(await page.locator("#date-slider").isVisible()).toBe(true);
    expect(await page.locator("#search").isVisible()).toBe(true);
    const stats = await pixelStats(page, await page.locator("#graph").screenshot(), [KIND_COLORS.state]);
    expect(stats.near[KIND_COLORS.state]).toBeGreaterThan(20);
    await page.close();
  });

  it("writes the README screenshot from the real page", async () => {
    const page = await open("?date=2024-12-01&entity=hts");
    await page.waitForSelector("#ranking li");
    await page.waitForTimeout(600); // the camera's move to the selection
    // Opened on a selection, the camera centres on it: the graph is drawn, not sent off-screen.
    const stats = await pixelStats(page, await page.locator("#graph").screenshot(), [
      KIND_COLORS["armed-group"],
    ]);
    expect(stats.near[KIND_COLORS["armed-group"]]).toBeGreaterThan(20);
    // The graph's own screenshot scrolled it into view: back to the top, so the slider's report marks show.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    writeFileSync(join(ROOT, "docs/screenshot.png"), await page.screenshot());
    await page.close();
  });

  it("raised no error in any page", () => {
    expect(pageErrors).toEqual([]);
  });
});
