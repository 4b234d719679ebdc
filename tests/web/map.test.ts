/**
 * The map beside the network: Syria's provinces drawn offline, places coloured by who controls them
 * on the date as `faultline snapshot` answers it, and a click on a place selecting it in both views.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, launchBrowser, ROOT, serveStatic } from "./site.js";

let site: { origin: string; close: () => Promise<void> };
let browser: BrowserContext;
const pageErrors: string[] = [];

/** Who controls a place on a date by the CLI: sources of the `controls` relations of its snapshot. */
function controllers(place: string, date: string): string[] {
  const snapshot = JSON.parse(
    execFileSync("node", [join(ROOT, "bin/faultline.js"), "snapshot", "--at", date, "--json"], {
      encoding: "utf8",
    }),
  ) as { relations: { kind: string; source: string; target: string }[] };
  return [
    ...new Set(
      snapshot.relations.filter((r) => r.kind === "controls" && r.target === place).map((r) => r.source),
    ),
  ].sort();
}

async function open(query: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${site.origin}/${query}`);
  await page.waitForSelector("body[data-ready='true']");
  return page;
}

beforeAll(async () => {
  site = await serveStatic(await buildSite());
  browser = await launchBrowser({ width: 1440, height: 900 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("the map", () => {
  it("draws Syria's 14 governorates (and the UNDOF zone) from Natural Earth", async () => {
    const page = await open("?date=2024-12-01");
    const names = await page.locator("#map .province title").allTextContents();
    expect(names.length).toBe(15);
    for (const name of ["Aleppo", "Idlib", "Hamah", "Dayr Az Zawr", "Damascus"])
      expect(names.join("|")).toContain(name);
    await page.close();
  });

  for (const date of ["2024-12-01", "2018-09-08"])
    it(`colours Aleppo by its controller on ${date} as faultline snapshot answers it`, async () => {
      const expected = controllers("aleppo", date);
      expect(expected.length).toBe(1);
      const page = await open(`?date=${date}`);
      const aleppo = page.locator('#map circle[data-place="aleppo"]');
      expect(await aleppo.getAttribute("data-controller")).toBe(expected.join(","));
      expect(await aleppo.locator("title").textContent()).toContain(date);
      const fill = await aleppo.getAttribute("fill");
      const key = await page
        .locator("#map-key li")
        .evaluateAll((items) =>
          items.map((li) => [
            li.textContent,
            (li.firstElementChild as HTMLElement).style.getPropertyValue("--swatch"),
          ]),
        );
      const label = date === "2024-12-01" ? "Hayat Tahrir al-Sham" : "Syrian government";
      expect(key).toContainEqual([label, fill]);
      await page.close();
    });

  it("follows the slider, and a click on a place selects it in both views", async () => {
    const page = await open("?date=2018-09-08");
    await page.evaluate(() => window.__faultline!.setDate("2024-12-01"));
    await expect
      .poll(() => page.locator('#map circle[data-place="aleppo"]').getAttribute("data-controller"))
      .toBe(controllers("aleppo", "2024-12-01").join(","));
    await page.locator('#map circle[data-place="aleppo"]').dispatchEvent("click");
    await expect
      .poll(async () => (await page.evaluate(() => window.__faultline!.state())).selection)
      .toBe("entity:aleppo");
    expect(await page.locator("#details-panel h2").textContent()).toBe("Aleppo");
    expect(
      await page.evaluate(
        () => window.__faultline!.graphView.sigma.getNodeDisplayData("aleppo")?.highlighted,
      ),
    ).toBe(true);
    expect(await page.locator('#map circle[data-place="aleppo"]').getAttribute("class")).toContain(
      "selected",
    );
    await page.close();
  });

  it("writes the README's map screenshot from the real page", async () => {
    const page = await open("?date=2024-12-01&window=30");
    await page.locator("#map-panel").screenshot({ path: join(ROOT, "docs", "screenshot-map.png") });
    await page.close();
  });

  it("raised no error in any page", () => {
    expect(pageErrors).toEqual([]);
  });
});
