/**
 * The evidence details come after the first frame: the page draws from the first part of the
 * dataset asset and fetches the details part right after. Until they are in, the details panel
 * and the exports say "Loading evidence…" (never an empty or wrong answer); once in, the evidence
 * and its source link are shown, and a GEXF export holds every piece of evidence whole. A details
 * part that cannot be fetched is named in the panel and the notice.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load-graph-data.js";
import { readGexf } from "../../src/formats/gexf-import.js";
import type { Dataset } from "../../src/model/core.js";
import { DETAILS_ASSET, openWithDetailsHeld } from "./held-details.js";
import { pageSession, ROOT } from "./site.js";

const RELATION = "hts-attacked-syrian-government-2017-09-19";

let dataset: Dataset;
const session = pageSession();

beforeAll(async () => {
  dataset = await loadDataset(join(ROOT, "graph-data"));
}, 180_000);

const openHeld = (query: string) => openWithDetailsHeld(session, query);

describe("evidence details loaded after the first frame", () => {
  it("shows a relation's evidence and source link once the details are in, and says it is loading before", async () => {
    const { page, release } = await openHeld(`?date=2017-09-19&relation=${RELATION}`);
    const relation = dataset.relations.find((r) => r.id === RELATION)!;
    const ap = dataset.sources.find((s) => s.id === "ap-2017-09-19")!;
    const panel = page.locator("#details-panel");
    // Drawn, the relation selected, its evidence still to come: counted, not shown empty.
    expect(await page.getAttribute("body", "data-details")).toBe("loading");
    expect(await panel.locator("h3").first().textContent()).toBe(`Evidence (${relation.evidence.length})`);
    expect(await panel.locator(".evidence-loading").textContent()).toBe("Loading evidence…");
    expect(await panel.locator(".evidence").count()).toBe(0);
    await release();
    const items = panel.locator('.evidence[data-source="ap-2017-09-19"]');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    expect(await panel.locator(".evidence-loading").count()).toBe(0);
    expect(await panel.locator(".evidence").count()).toBe(relation.evidence.length);
    expect(await items.first().locator(".evidence-source a").getAttribute("href")).toBe(ap.url);
    const notes = await panel.locator(".evidence-note").allTextContents();
    expect(notes).toEqual(relation.evidence.map((e) => e.note));
    await page.close();
  });

  it("exports the GEXF only once the evidence is in, with every piece of evidence whole", async () => {
    const { page, release } = await openHeld("?date=2017-09-19");
    const status = page.locator("#export-panel [aria-live]");
    const download = page.waitForEvent("download");
    await page.locator("#export-gexf").click();
    expect(await status.textContent()).toBe("Loading evidence…");
    await release();
    const file = await download;
    const text = await (await file.createReadStream()).toArray();
    const read = readGexf(Buffer.concat(text).toString("utf8"), "faultline.gexf");
    expect(read.rejections).toEqual([]);
    const exported = new Map(
      read.relations.map((item) => {
        const r = item.value as { id: string; evidence: unknown };
        return [r.id, r.evidence];
      }),
    );
    for (const r of dataset.relations) expect(exported.get(r.id), r.id).toEqual(r.evidence);
    await page.close();
  });

  it("names a details part that cannot be fetched in the panel and the notice, and shows no evidence", async () => {
    const page = await session.browser.newPage();
    await page.route(DETAILS_ASSET, (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`${session.origin}/?date=2017-09-19&relation=${RELATION}`);
    await page.waitForSelector("body[data-details='error']");
    const loading = page.locator("#details-panel .evidence-loading");
    await expect.poll(() => loading.textContent()).toMatch(/^The evidence could not be loaded: .*HTTP 404/);
    expect(await page.locator("#details-panel .evidence").count()).toBe(0);
    expect(await page.locator("#notice").textContent()).toMatch(
      /The evidence could not be loaded: .*HTTP 404/,
    );
    // The graph stays drawn.
    expect(await page.getAttribute("body", "data-ready")).toBe("true");
    await page.close();
  });
});
