/**
 * Aggregated edges on the real page: two events of one kind between the same two entities on one
 * day are drawn as one edge with a count of 2 (thicker than one relation), clicking that edge
 * selects the earliest of them, and the details panel lists both. The page is built on a small
 * graph-data folder written by the test.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { writeGraphDataFolder } from "../helpers/graph-data-folder.js";
import { clashClique } from "./clash-clique.js";
import { pageSession } from "./site.js";

const event = (id: string, date: string, record: string, place: string, deaths: number) => ({
  id,
  kind: "clashed-with",
  source: "gov",
  target: "rebels",
  date,
  status: "reported",
  event: { place, deaths: { best: deaths }, datePrecision: 1, placePrecision: 1 },
  evidence: [{ source: "events", record, note: `Event ${record} of the test dataset.` }],
});

/** 48 armed groups that all clashed with one another on 2015-03-01: 1,128 edges, so sigma holds only what is shown. */
const CLIQUE = clashClique(48, (a, b) =>
  event(`clash-${a}-${b}`, "2015-03-01", `${a}-${b}`, "north-town", 0),
);

/**
 * Two clashes between the government and the rebels on 2019-05-10, a third a month later, one
 * backing, and the groups' clashes of 2015.
 */
const CONTENT = {
  sources: [
    {
      id: "events",
      kind: "dataset",
      outlet: "Test events",
      title: "Test event dataset",
      published: "2019",
      language: "en",
      version: "1.0",
      citation: "Test event dataset, version 1.0.",
      licence: "Free for tests.",
    },
    {
      id: "report",
      kind: "news-report",
      outlet: "Outlet",
      title: "R",
      published: "2019-05-10",
      language: "en",
    },
  ],
  entities: [
    { id: "gov", label: "Government", kind: "state" },
    { id: "rebels", label: "Rebel Front", kind: "coalition" },
    { id: "patron", label: "Patron State", kind: "state" },
    {
      id: "north-town",
      label: "North Town",
      kind: "place",
      place: { placeKind: "town", lat: 36.2, lon: 37.1 },
    },
    {
      id: "south-town",
      label: "South Town",
      kind: "place",
      place: { placeKind: "town", lat: 33.5, lon: 36.3 },
    },
    ...CLIQUE.groups,
  ],
  relations: [
    event("clash-b", "2019-05-10", "102", "south-town", 4),
    event("clash-a", "2019-05-10", "101", "north-town", 1),
    event("clash-c", "2019-06-20", "103", "north-town", 0),
    {
      id: "patron-backs-gov",
      kind: "backs",
      source: "patron",
      target: "gov",
      status: "reported",
      evidence: [{ source: "report", paragraph: 1, note: "The patron backs the government." }],
    },
    ...CLIQUE.relations,
  ],
};

// vite.config.ts bundles the folder written here ($FAULTLINE_DATA) into a page of its own.
const session = pageSession({ dataDir: () => writeGraphDataFolder(CONTENT) });
const pageErrors = session.pageErrors;
const open = (query: string): Promise<Page> => session.open(query);

/** The edge drawing a relation, with what it stands for on the date and how sigma draws it. */
function edgeOf(page: Page, relation: string) {
  return page.evaluate((id) => {
    const view = window.__faultline!.graphView;
    const edge = view.edgeOf(id)!;
    const data = view.sigma.getEdgeDisplayData(edge);
    return { edge, drawn: view.drawnRelations(edge), size: data?.size, hidden: data?.hidden ?? true };
  }, relation);
}

describe("aggregated edges", () => {
  it("draws two clashes of one day as one edge with a count of 2, thicker than one relation", async () => {
    const page = await open("?date=2019-05-10&window=3");
    expect(await page.evaluate(() => window.__faultline!.visibleRelations())).toEqual(
      expect.arrayContaining(["clash-a", "clash-b"]),
    );
    const a = await edgeOf(page, "clash-a");
    const b = await edgeOf(page, "clash-b");
    expect(b.edge).toBe(a.edge);
    expect(a.edge).not.toBe("clash-a");
    expect(a.drawn).toEqual(["clash-a", "clash-b"]); // same day: by id
    expect(a.hidden).toBe(false);
    // A relation alone keeps its own edge, one (reported) relation thick; the pair's is thicker.
    const backing = await edgeOf(page, "patron-backs-gov");
    expect(backing.edge).toBe("patron-backs-gov");
    expect(backing.drawn).toEqual(["patron-backs-gov"]);
    expect(a.size!).toBeGreaterThan(backing.size! * 1.5);
    expect(await page.locator('#legend [data-legend="aggregated"]').textContent()).toContain("aggregated");
    // Sigma holds only what is shown on the date (the display graph has every edge).
    const held = () =>
      page.evaluate(() => {
        const view = window.__faultline!.graphView;
        const edges = new Set([...view.view().relations.keys()].map((r) => view.edgeOf(r)!));
        return { held: view.sigma.getGraph().size, drawn: edges.size, all: view.graph.size };
      });
    expect(await held()).toEqual({ held: 2, drawn: 2, all: 1128 + 2 });
    await page.evaluate(() => window.__faultline!.setDate("2015-03-01"));
    const early = await held();
    expect(early.held).toBe(early.drawn);
    expect(early.drawn).toBeGreaterThanOrEqual(1128);
    // A month later the same edge stands for the third clash alone.
    await page.evaluate(() => window.__faultline!.setDate("2019-06-20"));
    const later = await edgeOf(page, "clash-c");
    expect(later.edge).toBe(a.edge);
    expect(later.drawn).toEqual(["clash-c"]);
    expect(later.size).toBeCloseTo(backing.size!, 5);
    await page.close();
  });

  it("clicking the edge selects the earliest clash, and the details list both", async () => {
    const page = await open("?date=2019-05-10&window=3");
    await page.waitForTimeout(300);
    // The middle of the edge between the two entities, in the page's pixels.
    const middle = await page.evaluate(() => {
      const { sigma } = window.__faultline!.graphView;
      const box = sigma.getContainer().getBoundingClientRect();
      const [s, t] = ["gov", "rebels"].map((n) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(n)!));
      return { x: box.left + (s!.x + t!.x) / 2, y: box.top + (s!.y + t!.y) / 2 };
    });
    await page.mouse.click(middle.x, middle.y);
    await expect
      .poll(() => page.evaluate(() => window.__faultline!.state().selection))
      .toBe("relation:clash-a");
    const section = page.locator("#details-panel section.aggregate");
    expect(await section.getAttribute("data-count")).toBe("2");
    expect(await section.locator("h3").textContent()).toBe("One edge for 2 relations on 2019-05-10");
    const items = section.locator("li button");
    expect(await items.evaluateAll((bs) => bs.map((b) => b.getAttribute("data-relation")))).toEqual([
      "clash-a",
      "clash-b",
    ]);
    expect(await items.nth(0).getAttribute("aria-current")).toBe("true");
    expect(await items.nth(1).textContent()).toContain("at South Town, 4 deaths");
    // Each listed relation opens its own details, with the list still there.
    await items.nth(1).click();
    await expect
      .poll(() => page.evaluate(() => window.__faultline!.state().selection))
      .toBe("relation:clash-b");
    expect(await page.locator("#details-panel").textContent()).toContain("Event 102 of the test dataset.");
    expect(await page.locator("#details-panel section.aggregate").getAttribute("data-count")).toBe("2");
    // A relation drawn alone has no such section.
    await page.evaluate(() =>
      window.__faultline!.store.update({ selection: { kind: "relation", id: "patron-backs-gov" } }),
    );
    expect(await page.locator("#details-panel section.aggregate").count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
