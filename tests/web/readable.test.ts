/**
 * Readable: ISO dates typed and shown, no two node labels overlapping and none clipped at the
 * default view (label boxes computed from the page's own layout), an "actors only" preset, the
 * legend on screen at 1440×900, paths that keep each relation's direction, rankings without
 * places, a skip link past the filters, focus kept where the user acted, and on a phone the
 * details brought into view when a relation is chosen.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load-graph-data.js";
import type { Dataset } from "../../src/model/core.js";
import { pageSession, ROOT } from "./site.js";

let dataset: Dataset;
const session = pageSession();
const pageErrors = session.pageErrors;

const open = (query = "", viewport = { width: 1280, height: 800 }): Promise<Page> =>
  session.open(query, viewport);

const state = (page: Page) => page.evaluate(() => window.__faultline!.state());

/** The labels drawn, each with the viewport position and size of the node it names. */
async function labelsWithNodes(page: Page) {
  // Labels are indexed once the date has come to rest and the entities are sized by the ranking.
  await page.waitForFunction(() => window.__faultline!.graphView.labelBoxes().length > 0, null, {
    timeout: 30_000,
  });
  await page.waitForTimeout(400);
  return page.evaluate(() => {
    const view = window.__faultline!.graphView;
    const { width, height } = view.sigma.getDimensions();
    const nodes: { label: string; x: number; y: number; size: number }[] = [];
    view.graph.forEachNode((node) => {
      const data = view.sigma.getNodeDisplayData(node);
      if (!data || data.hidden || !data.label) return;
      const p = view.sigma.framedGraphToViewport(data);
      nodes.push({ label: data.label, x: p.x, y: p.y, size: view.sigma.scaleSize(data.size) });
    });
    return { width, height, boxes: [...view.labelBoxes()], nodes };
  });
}

beforeAll(async () => {
  dataset = await loadDataset(join(ROOT, "graph-data"));
}, 180_000);

describe("a readable page", () => {
  it("shows and takes dates as YYYY-MM-DD, and says what is wrong with any other", async () => {
    const page = await open("?date=2024-12-01");
    const field = page.locator("#date-field");
    expect(await field.getAttribute("type")).toBe("text");
    expect(await field.inputValue()).toBe("2024-12-01");
    await field.fill("2018-09-08");
    await field.press("Enter");
    await expect.poll(async () => (await state(page)).date).toBe("2018-09-08");
    expect(await field.getAttribute("aria-invalid")).toBeNull();
    for (const [typed, says] of [
      ["09/08/2018", "is not a date as YYYY-MM-DD"],
      ["2024-02-30", "is not a day of the calendar"],
      ["1900-01-01", "is outside the data"],
    ] as const) {
      await field.fill(typed);
      await field.press("Enter");
      expect(await field.getAttribute("aria-invalid")).toBe("true");
      expect(await page.locator("#date-field-error").textContent()).toContain(says);
      expect((await state(page)).date).toBe("2018-09-08");
    }
    await page.close();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
  ])
    it(`draws no two labels over each other and none past the edge at ${viewport.width}×${viewport.height}`, async () => {
      const page = await open("?date=2024-12-01", viewport);
      const { width, height, boxes, nodes } = await labelsWithNodes(page);
      expect(boxes.length).toBeGreaterThan(5);
      for (const box of boxes) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.y + box.height).toBeLessThanOrEqual(height);
        // Each box sits beside a node of that name, level with it.
        const owner = nodes.find(
          (n) =>
            n.label === box.label &&
            Math.abs(n.y - (box.y + box.height / 2)) <= 3 &&
            (Math.abs(box.x - (n.x + n.size + 3)) <= 1 ||
              Math.abs(box.x + box.width - (n.x - n.size - 3)) <= 1),
        );
        expect(owner, box.label).toBeDefined();
      }
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const apart =
            a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart, `${a.label} / ${b.label}`).toBe(true);
        }
      await page.close();
    });

  it("labels a selection's edges only when there are few, so a hub's labels do not pile up", async () => {
    /** The edges drawn at the selected entity, and how many edges on the page carry a label. */
    const labelled = (page: Page, id: string) =>
      page.evaluate((selected) => {
        const view = window.__faultline!.graphView;
        let focused = 0;
        let withLabel = 0;
        view.graph.forEachEdge((edge, _a, source, target) => {
          const data = view.sigma.getEdgeDisplayData(edge);
          if (!data || data.hidden) return;
          if (data.label) withLabel++;
          if (source === selected || target === selected) focused++;
        });
        return { focused, withLabel };
      }, id);
    const hub = await open("?date=2024-12-01&entity=hts");
    await hub.waitForTimeout(300);
    const many = await labelled(hub, "hts");
    expect(many.focused).toBeGreaterThan(8);
    expect(many.withLabel).toBe(0);
    const few = await open("?date=2024-12-01&entity=united-states");
    await few.waitForTimeout(300);
    const some = await labelled(few, "united-states");
    expect(some.focused).toBeGreaterThan(0);
    expect(some.focused).toBeLessThanOrEqual(8);
    expect(some.withLabel).toBe(some.focused);
    await Promise.all([hub.close(), few.close()]);
  });

  it("draws claimed relations dashed in their sign's full colour, not paler, and says so in the legend", async () => {
    const page = await open("?date=2024-12-01");
    await page.waitForTimeout(300);
    const drawn = await page.evaluate(() => {
      const view = window.__faultline!.graphView;
      return {
        visible: window.__faultline!.visibleRelations(),
        dashed: [...view.dashedEdges()].map(([id, style]) => ({ id, ...style })),
        webgl: Object.fromEntries(
          [...view.dashedEdges().keys()].map((id) => [id, view.sigma.getEdgeDisplayData(id)?.color]),
        ),
      };
    });
    const statusOf = new Map(dataset.relations.map((r) => [r.id, r.status]));
    const expected = drawn.visible.filter((id) => (statusOf.get(id) ?? "reported") !== "reported").sort();
    expect(expected.length).toBeGreaterThan(5);
    expect(drawn.dashed.map((d) => d.id).sort()).toEqual(expected);
    const hostile = "rgba(215, 48, 31, 0.9)";
    const russia = drawn.dashed.find((d) => d.id === "russia-attacked-hts-2024-12-01")!;
    expect(russia).toMatchObject({ status: "claimed", color: hostile, arrow: true });
    for (const id of expected) expect(drawn.webgl[id]).toBe("rgba(0, 0, 0, 0)");
    // The dashed layer is inked in the hostile colour.
    const inked = await page.evaluate(() => {
      const canvas = window.__faultline!.graphView.sigma.getCanvases()["dashed-edges"]!;
      const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      let red = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i + 3]! > 100 && Math.abs(data[i]! - 215) < 20 && Math.abs(data[i + 1]! - 48) < 20) red++;
      return red;
    });
    expect(inked).toBeGreaterThan(30);
    const claimedSwatch = page.locator('#legend ul[aria-label="Relation status"] li', {
      hasText: "claimed:",
    });
    expect(await claimedSwatch.locator(".swatch.dashed").count()).toBe(1);
    await page.close();
  });

  it("'actors only' hides every place, and 'actors and places' brings them back", async () => {
    const page = await open("?date=2024-12-01");
    const places = new Set(dataset.entities.filter((e) => e.kind === "place").map((e) => e.id));
    const activePlaces = async () =>
      (await page.evaluate(() => window.__faultline!.activeEntities())).filter((id) => places.has(id));
    const drawnPlaces = () =>
      page.evaluate(
        (ids) => ids.filter((id) => !window.__faultline!.graphView.sigma.getNodeDisplayData(id)?.hidden),
        [...places],
      );
    expect((await activePlaces()).length).toBeGreaterThan(0);
    await page.locator("#preset-actors").click();
    await expect.poll(drawnPlaces).toEqual([]);
    expect(await page.locator("#preset-actors").getAttribute("aria-pressed")).toBe("true");
    // Focus stays on the button the user pressed.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("preset-actors");
    await page.locator("#preset-all").click();
    await expect.poll(async () => (await drawnPlaces()).length).toBeGreaterThan(0);
    await page.close();
  });

  it("shows the whole legend without scrolling at 1440×900", async () => {
    const page = await open("", { width: 1440, height: 900 });
    const legend = page.locator("#legend details");
    expect(await legend.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    const box = (await legend.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.close();
  });

  it("a path keeps each relation's direction: Syrian government → attacked → Atareb, and back", async () => {
    const page = await open("?date=2024-11-28");
    const attack = dataset.relations.find((r) => r.id === "syrian-government-attacked-atareb-2024-11-28")!;
    expect(attack.source).toBe("syrian-government");
    const ask = async (from: string, to: string) => {
      await page.locator("#path-from").fill(from);
      await page.keyboard.press("Enter");
      await page.locator("#path-to").fill(to);
      await page.keyboard.press("Enter");
      await page.locator("#path-find").click();
      return page
        .locator("#path-answer li")
        .evaluateAll((items) =>
          items.map((li) => li.textContent!.replace(/\s*\([a-z ]+\)\s*Show$/, "").trim()),
        );
    };
    expect(await ask("Syrian government", "Atareb")).toContain("Syrian government → attacked → Atareb");
    expect(await ask("Atareb", "Syrian government")).toContain("Atareb ← attacked ← Syrian government");
    await page.close();
  });

  it("rankings can leave places out", async () => {
    const page = await open("?date=2024-12-01");
    const kindOf = new Map(dataset.entities.map((e) => [e.id, e.kind]));
    const ranked = () =>
      page
        .locator("#ranking button[data-entity]")
        .evaluateAll((bs) => bs.map((b) => b.getAttribute("data-entity")!));
    await expect.poll(async () => (await ranked()).length).toBeGreaterThan(0);
    expect((await ranked()).some((id) => kindOf.get(id) === "place")).toBe(true);
    await page.locator("#rank-no-places").check();
    await expect.poll(async () => (await ranked()).some((id) => kindOf.get(id) === "place")).toBe(false);
    expect((await ranked()).length).toBeGreaterThan(5);
    await page.close();
  });

  it("keyboard: a skip link past the filters lands on the graph, and a changed filter keeps the focus", async () => {
    const page = await open("?date=2024-12-01");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to search");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Skip past the filters to the graph",
    );
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("stage");
    await page.keyboard.press("Tab");
    const next = await page.evaluate(
      () => document.activeElement?.closest("#graph-controls, #filters-panel")?.id,
    );
    expect(next).toBe("graph-controls");
    const box = page.locator('#filters-panel input[name="status"][value="claimed"]');
    await box.focus();
    await page.keyboard.press("Space");
    await expect
      .poll(async () => await page.evaluate(() => [...window.__faultline!.store.get().filters.statuses]))
      .not.toContain("claimed");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("claimed");
    await page.close();
  });

  it("on a phone, choosing a relation in the list scrolls its details into view", async () => {
    const page = await open("?date=2024-12-01", { width: 390, height: 844 });
    const id = "hts-captured-aleppo-2024-11-30";
    await page.locator(`#relations-list button[data-relation="${id}"]`).click();
    await expect
      .poll(() => page.locator("#details-panel").getAttribute("data-selection"))
      .toBe(`relation:${id}`);
    await expect
      .poll(() => page.locator("#details-panel h2").evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(844);
    const top = await page.locator("#details-panel h2").evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it("raised no error in any page", () => {
    expect(pageErrors).toEqual([]);
  });
});
