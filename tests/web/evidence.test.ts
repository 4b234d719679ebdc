/**
 * Evidence you can open: the details panel links each source's address (http(s) only), names the
 * outlet, date and paragraph, and says when the linked page re-publishes the report, when the text
 * held is a translation, and why no address is given. Checked against graph-data/sources.json.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load-graph-data.js";
import type { Dataset, Source } from "../../src/model/core.js";
import { pageSession, ROOT } from "./site.js";

let dataset: Dataset;
const session = pageSession();
const pageErrors = session.pageErrors;

const open = (query: string): Promise<Page> => session.open(query);

const source = (id: string): Source => dataset.sources.find((s) => s.id === id)!;

beforeAll(async () => {
  dataset = await loadDataset(join(ROOT, "graph-data"));
}, 180_000);

describe("evidence you can open", () => {
  it("links a re-published report at its address and says the page is a re-publication", async () => {
    const id = "hts-attacked-syrian-government-2017-09-19";
    const page = await open(`?date=2017-09-19&relation=${id}`);
    const ap = source("ap-2017-09-19");
    expect(ap.url).toMatch(/^https:\/\//);
    const items = page.locator('#details-panel .evidence[data-source="ap-2017-09-19"]');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    const first = items.first();
    const link = first.locator(".evidence-source a");
    expect(await link.getAttribute("href")).toBe(ap.url);
    expect(await link.textContent()).toBe(ap.title);
    expect(await link.getAttribute("rel")).toContain("noopener");
    const text = (await first.textContent())!;
    expect(text).toContain(ap.outlet);
    expect(text).toContain(ap.published);
    const relation = dataset.relations.find((r) => r.id === id)!;
    expect(text).toContain(`paragraph ${relation.evidence[0]!.paragraph}`);
    expect(await first.locator(".evidence-address").textContent()).toContain(
      `re-publication by ${ap.republishedBy}`,
    );
    await page.close();
  });

  it("says a translated report was published in its language, and names the re-publishing site", async () => {
    const id = "hts-captured-aleppo-2024-11-30";
    const page = await open(`?date=2024-12-01&relation=${id}`);
    const f24 = source("france24-2024-12-01");
    expect(f24.translatedFrom).toBe("es");
    const item = page.locator('#details-panel .evidence[data-source="france24-2024-12-01"]').first();
    expect(await item.locator(".evidence-source a").getAttribute("href")).toBe(f24.url);
    const about = (await item.locator(".evidence-address").textContent())!;
    expect(about).toContain("translation");
    expect(about).toContain("Spanish");
    expect(about).toContain(f24.republishedBy);
    await page.close();
  });

  it("gives no link where no address is known, and says why", async () => {
    const id = "hts-captured-m5-highway-2024-11-28";
    const page = await open(`?date=2024-11-28&relation=${id}`);
    const bbc = source("bbc-2024-11-28");
    expect(bbc.url).toBeUndefined();
    const item = page.locator('#details-panel .evidence[data-source="bbc-2024-11-28"]').first();
    expect(await item.locator("a").count()).toBe(0);
    expect(await item.locator(".evidence-source").textContent()).toContain(bbc.title);
    const reason = bbc.missing.find((m) => m.field === "url")!.reason;
    expect(await item.locator(".evidence-address").textContent()).toBe(`No public address found: ${reason}`);
    await page.close();
  });

  it("raised no error in any page", () => {
    expect(pageErrors).toEqual([]);
  });
});
