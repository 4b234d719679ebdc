/**
 * Comparing two dates on a graph of more than 1,000 edges, where sigma holds only what is shown on
 * the date: the relations that ended before the later date are still drawn, in the colour of an
 * ending, and listed. The page is built on a graph-data folder written by the test.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHANGE_COLORS } from "../../src/web/compare-view.js";
import { writeGraphDataFolder } from "../helpers/graph-data-folder.js";
import { clashClique } from "./clash-clique.js";
import { pageSession } from "./site.js";

const report = (id: string, published: string) => ({
  id,
  kind: "news-report",
  outlet: "Outlet",
  title: `Report ${id}`,
  published,
  language: "en",
});

/** 48 armed groups that all clashed with one another on 2015-03-01: 1,128 edges. */
const CLIQUE = clashClique(48, (a, b) => ({
  id: `clash-${a}-${b}`,
  kind: "clashed-with",
  date: "2015-03-01",
  status: "reported",
  evidence: [{ source: "early", paragraph: 1, note: "The groups clashed." }],
}));

/** An alliance that ended in 2016, a backing that began in 2018, and the clashes of 2015. */
const CONTENT = {
  sources: [report("early", "2015-03-02"), report("late", "2019-05-10")],
  entities: [
    { id: "gov", label: "Government", kind: "state" },
    { id: "militia", label: "Militia", kind: "armed-group" },
    { id: "patron", label: "Patron State", kind: "state" },
    ...CLIQUE.groups,
  ],
  relations: [
    {
      id: "gov-allied-with-militia",
      kind: "allied-with",
      source: "gov",
      target: "militia",
      start: "2014-01-01",
      end: "2016-06-30",
      status: "reported",
      evidence: [{ source: "early", paragraph: 2, note: "The alliance held from 2014 to mid-2016." }],
    },
    {
      id: "patron-backs-gov",
      kind: "backs",
      source: "patron",
      target: "gov",
      start: "2018-01-01",
      status: "reported",
      evidence: [{ source: "late", paragraph: 1, note: "The patron backs the government since 2018." }],
    },
    ...CLIQUE.relations,
  ],
};

/** SHOWN_ONLY_ABOVE_EDGES of graph-view.ts (which needs WebGL to load, so is not imported here). */
const SHOWN_ONLY_ABOVE_EDGES = 1_000;

const session = pageSession({ dataDir: () => writeGraphDataFolder(CONTENT) });

/** How sigma holds and draws the edge of a relation. */
function drawing(page: Page, relation: string) {
  return page.evaluate((id) => {
    const view = window.__faultline!.graphView;
    const edge = view.edgeOf(id)!;
    const data = view.sigma.getGraph().hasEdge(edge) ? view.sigma.getEdgeDisplayData(edge) : undefined;
    return {
      held: view.sigma.getGraph().hasEdge(edge),
      hidden: data?.hidden ?? true,
      color: data?.color ?? null,
      all: view.graph.size,
    };
  }, relation);
}

describe("compare two dates above 1,000 edges", () => {
  it("draws and lists the relation that ended, though sigma holds only what is shown on the date", async () => {
    const page = await session.open("?date=2019-05-10");
    const plain = await drawing(page, "gov-allied-with-militia");
    expect(plain.all).toBeGreaterThan(SHOWN_ONLY_ABOVE_EDGES);
    expect(plain.held).toBe(false); // ended in 2016: not shown on 2019-05-10, so not held

    await page.locator("#compare-before").fill("2015-06-01");
    await page.locator("#compare-after").fill("2019-05-10");
    await page.locator("#compare-go").click();
    await page.waitForSelector('#compare-panel[data-comparing="true"]');
    expect(
      await page
        .locator('#compare-result [data-section="ended"] li[data-relation]')
        .evaluateAll((items) => items.map((li) => li.getAttribute("data-relation"))),
    ).toEqual(["gov-allied-with-militia"]);
    await expect
      .poll(() => drawing(page, "gov-allied-with-militia"))
      .toMatchObject({
        held: true,
        hidden: false,
        color: CHANGE_COLORS.ended,
      });
    expect(await drawing(page, "patron-backs-gov")).toMatchObject({
      held: true,
      hidden: false,
      color: CHANGE_COLORS.began,
    });
    // Its ends are drawn too, though neither has another relation on the date.
    const militia = await page.evaluate(() => {
      const view = window.__faultline!.graphView;
      return view.sigma.getGraph().hasNode("militia") && !view.sigma.getNodeDisplayData("militia")!.hidden;
    });
    expect(militia).toBe(true);

    // Stopping the comparison lets sigma go back to holding only what is shown.
    await page.locator("#compare-stop").click();
    await expect.poll(() => drawing(page, "gov-allied-with-militia")).toMatchObject({ held: false });
    await page.close();
    expect(session.pageErrors).toEqual([]);
  });
});
