/**
 * The map beside the network: Syria's provinces drawn offline, places coloured by who controls them
 * on the date as `faultline snapshot` answers it, and a click on a place selecting it in both views.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pageSession, ROOT } from "./site.js";

const session = pageSession({ viewport: { width: 1440, height: 900 } });
const pageErrors = session.pageErrors;

/** A `controls` relation of `faultline snapshot --json`, with what the map's colouring reads. */
interface ControlAnswer {
  kind: string;
  source: string;
  target: string;
  status: string;
  certainty: string;
  basis: { kind: string };
}

/** The `controls` relations of the CLI's snapshot on a date. */
function controlsOn(date: string): ControlAnswer[] {
  const snapshot = JSON.parse(
    execFileSync("node", [join(ROOT, "bin/faultline.js"), "snapshot", "--at", date, "--json"], {
      encoding: "utf8",
    }),
  ) as { relations: ControlAnswer[] };
  return snapshot.relations.filter((r) => r.kind === "controls");
}

/** Who certainly controls a place on a date by the CLI: sources of its certain `controls` relations. */
function controllers(place: string, date: string): string[] {
  const certain = controlsOn(date).filter((r) => r.target === place && r.certainty === "certain");
  return [...new Set(certain.map((r) => r.source))].sort();
}

const open = (query: string): Promise<Page> => session.open(query, { width: 1440, height: 900 });

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
      expect(await aleppo.getAttribute("data-control")).toBe("certain");
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

  it("draws certain control solid, control merely extrapolated faded, claimed control ringed, as the CLI grades it", async () => {
    const date = "2024-12-01";
    const byPlace = new Map<string, ControlAnswer[]>();
    for (const r of controlsOn(date)) byPlace.set(r.target, [...(byPlace.get(r.target) ?? []), r]);
    const page = await open(`?date=${date}`);
    const drawn = async (place: string) => {
      const dot = page.locator(`#map circle[data-place="${place}"]`);
      return {
        level: await dot.getAttribute("data-control"),
        controller: await dot.getAttribute("data-controller"),
        className: (await dot.getAttribute("class")) ?? "",
        opacity: await dot.evaluate((node) => getComputedStyle(node).fillOpacity),
        title: await dot.locator("title").textContent(),
      };
    };
    const seen = { certain: 0, possible: 0, claimed: 0 };
    for (const [place, controls] of byPlace) {
      const certain = controls.filter((r) => r.certainty === "certain");
      const d = await drawn(place);
      if (certain.length > 0) {
        // A place certainly held is drawn for its certain holders only: no actor merely extrapolated beside them.
        expect(d, place).toMatchObject({ level: "certain", opacity: "1" });
        expect(d.controller, place).toBe([...new Set(certain.map((r) => r.source))].sort().join(","));
        seen.certain++;
      } else if (controls.every((r) => r.basis.kind.startsWith("extrapolated") && r.status === "reported")) {
        expect(d, place).toMatchObject({ level: "possible", opacity: "0.3" });
        expect(d.className, place).toContain("possible");
        expect(d.title, place).toContain("possibly held by");
        expect(d.title, place).toContain("after last report");
        seen.possible++;
      } else if (controls.every((r) => r.status !== "reported" && r.basis.kind === "evidenced")) {
        expect(d, place).toMatchObject({ level: "claimed", opacity: "1" });
        expect(d.className, place).toContain("claimed");
        expect(d.title, place).toContain("claimed by");
        seen.claimed++;
      }
    }
    // Known answers: Idlib province held by the opposition (HTS's 2024 control only extrapolated or
    // claimed beside it), Deir ez-Zor only possibly the government's, Tel Rifaat claimed for the SDF.
    expect((await drawn("idlib-province")).controller).toBe("syrian-opposition");
    expect(await drawn("deir-ez-zor")).toMatchObject({ level: "possible", controller: "syrian-government" });
    expect(await drawn("tel-rifaat")).toMatchObject({ level: "claimed", controller: "sdf" });
    expect(seen.certain).toBeGreaterThanOrEqual(4);
    expect(seen.possible).toBeGreaterThanOrEqual(5);
    expect(seen.claimed).toBeGreaterThanOrEqual(1);
    expect(await page.locator("#map-key").textContent()).toContain("faded: control only possible");
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

  it("redraws on a step only the places whose control changed, and then looks as a page opened on that date", async () => {
    /** Every place's drawing (its attributes, its title aside) by place id. */
    const places = (page: Page) =>
      page
        .locator("#map circle.place, #map circle[data-place]")
        .evaluateAll((dots) =>
          Object.fromEntries(
            dots.map((dot) => [
              dot.getAttribute("data-place")!,
              Object.fromEntries([...dot.attributes].map((a) => [a.name, a.value])),
            ]),
          ),
        );
    const page = await open("?date=2024-11-20");
    const before = await places(page);
    await page.evaluate(() => {
      const touched = new Set<string>();
      new MutationObserver((records) => {
        for (const r of records) {
          const place = (r.target as Element).getAttribute("data-place");
          if (place !== null) touched.add(place);
        }
      }).observe(document.querySelector("#map .places")!, { attributes: true, subtree: true });
      (window as unknown as { touched: Set<string> }).touched = touched;
    });
    await page.evaluate(() => window.__faultline!.setDate("2024-12-01"));
    await expect
      .poll(() => page.locator('#map circle[data-place="aleppo"] title').textContent())
      .toContain("2024-12-01");
    const after = await places(page);
    const changed = Object.keys(after).filter(
      (id) => JSON.stringify(after[id]) !== JSON.stringify(before[id]),
    );
    const touched = await page.evaluate(() => [...(window as unknown as { touched: Set<string> }).touched]);
    expect(changed).toContain("aleppo");
    expect(changed.length).toBeLessThan(Object.keys(after).length);
    expect(touched.sort()).toEqual(changed.sort());
    expect(await page.locator("#map .places").getAttribute("data-redrawn")).toBe(String(changed.length));
    const fresh = await open("?date=2024-12-01");
    expect(after).toEqual(await places(fresh));
    expect(await page.locator("#map .places").innerHTML()).toBe(
      await fresh.locator("#map .places").innerHTML(),
    );
    await fresh.close();
    await page.close();
  });

  it("is one tab stop: arrow keys move between places in the order of their names, Enter selects, Tab leaves", async () => {
    const page = await open("?date=2024-12-01");
    const places = page.locator("#map circle[data-place]");
    expect(await places.count()).toBeGreaterThan(10);
    expect(await page.locator('#map circle[data-place][tabindex="0"]').count()).toBe(1);
    const focusedPlace = () =>
      page.evaluate(() => document.activeElement?.getAttribute("data-place") ?? null);
    const label = (id: string) =>
      page.evaluate((place) => window.__faultline!.graphView.graph.getNodeAttribute(place, "label"), id);
    const first = await page.locator('#map circle[data-place][tabindex="0"]').getAttribute("data-place");
    await page.locator('#map circle[data-place][tabindex="0"]').focus();
    expect(await focusedPlace()).toBe(first);
    await page.keyboard.press("ArrowRight");
    const second = await focusedPlace();
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    expect((await label(first!)).localeCompare(await label(second!))).toBeLessThan(0);
    expect(await page.locator('#map circle[data-place][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press("ArrowLeft");
    expect(await focusedPlace()).toBe(first);
    await page.keyboard.press("End");
    const last = await focusedPlace();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => window.__faultline!.state().selection))
      .toBe(`entity:${last}`);
    // One Tab leaves the map: focus is on no place any more.
    await page.keyboard.press("Tab");
    expect(await focusedPlace()).toBeNull();
    // Selected elsewhere (the network, the search), a place becomes the map's tab stop.
    await page.evaluate(() =>
      window.__faultline!.store.update({ selection: { kind: "entity", id: "aleppo" }, path: null }),
    );
    await expect
      .poll(() => page.locator('#map circle[data-place="aleppo"]').getAttribute("tabindex"))
      .toBe("0");
    expect(await page.locator('#map circle[data-place][tabindex="0"]').count()).toBe(1);
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
