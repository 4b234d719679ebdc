/**
 * The built site's data: the graph-data the build validated is a separate asset the page fetches
 * (not a string inside the script), and the page trusts it only when its stamp is the build's;
 * an altered asset is refused with a notice saying so.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliJson } from "../helpers/run-cli.js";
import { buildSite, launchBrowser, serveStatic } from "./site.js";

let dir: string;
let browser: BrowserContext;

beforeAll(async () => {
  dir = await buildSite();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** Serves a folder, opens its page and waits until it is mounted or shows an error. */
async function openSite(
  folder: string,
): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  const site = await serveStatic(folder);
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${site.origin}/`);
  await page.waitForSelector("body[data-ready]");
  return {
    page,
    requests,
    close: async () => {
      await page.close();
      await site.close();
    },
  };
}

const assetName = (folder: string) =>
  readdirSync(join(folder, "assets")).find((f) => /^graph-data-[0-9a-f]{16}\.json$/.test(f));

describe("the built site's graph-data asset", () => {
  it("is fetched by the page, which shows the counts `faultline stats` gives", async () => {
    const asset = assetName(dir);
    expect(asset).toBeDefined();
    const script = readdirSync(join(dir, "assets")).filter((f) => f.endsWith(".js"));
    // The data is not inside the script any more: no relation id of the shipped data is found there.
    for (const f of script)
      expect(readFileSync(join(dir, "assets", f), "utf8")).not.toContain(
        "russia-attacked-idlib-province-2018-09-08",
      );
    // The page's head asks for it, so it downloads while the script does.
    expect(readFileSync(join(dir, "index.html"), "utf8")).toMatch(
      new RegExp(`<link rel="preload" href="\\./assets/${asset}" as="fetch" crossorigin="anonymous">`),
    );
    const { page, requests, close } = await openSite(dir);
    try {
      expect(await page.getAttribute("body", "data-ready")).toBe("true");
      expect(requests).toContain(`/assets/${asset}`);
      // The sigma started while the data loaded is the one drawing the graph: one, and shown.
      expect(await page.locator("#graph canvas.sigma-nodes").count()).toBe(1);
      expect(await page.evaluate(() => getComputedStyle(document.getElementById("graph")!).visibility)).toBe(
        "visible",
      );
      const stats = runCliJson<{ entities: number; relations: number; derivedRelations: number }>(["stats"]);
      expect(await page.evaluate(() => window.__faultline!.counts)).toEqual({
        entities: stats.entities,
        relations: stats.relations + stats.derivedRelations,
      });
    } finally {
      await close();
    }
  }, 180_000); // the CLI spawned and a page opened on a machine shared by many

  it("is refused, with a notice naming it, when its bytes are not those the build validated", async () => {
    const altered = join(mkdtempSync(join(tmpdir(), "faultline-altered-site-")), "site");
    cpSync(dir, altered, { recursive: true });
    const file = join(altered, "assets", assetName(altered)!);
    // A valid dataset still, but not the one checked: one relation's note edited.
    const text = readFileSync(file, "utf8");
    const edited = text.replace('"note":"', '"note":"(edited) ');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    const { page, close } = await openSite(altered);
    try {
      expect(await page.getAttribute("body", "data-ready")).toBe("error");
      const notice = (await page.locator("#notice").textContent()) ?? "";
      expect(notice).toContain("the site's graph-data asset");
      expect(notice).toContain("is not the file this build validated");
      expect(await page.evaluate(() => window.__faultline)).toBeUndefined();
      // No sigma is started (or left behind) for data that is refused.
      expect(await page.locator("#graph canvas").count()).toBe(0);
    } finally {
      await close();
    }
  });
});
