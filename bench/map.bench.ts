import { join } from "node:path";
import { buildSite, launchBrowser, ROOT, serveStatic } from "../tests/web/site.js";
import type { Measurement } from "./measure.js";
import { printMeasurements } from "./measure.js";
import { GED_FILE, writeGedFolder } from "./web/ged-folder.js";

/** Day steps timed, after WARMUP untimed ones. */
const STEPS = 30;
const WARMUP = 3;

function summarise(label: string, times: readonly number[]): Measurement {
  const sorted = [...times].sort((a, b) => a - b);
  return { label, runs: sorted.length, medianMs: sorted[Math.floor(sorted.length / 2)]!, minMs: sorted[0]! };
}

/** What the page reports of each timed redraw: main-thread time and time until two frames later. */
interface Redraw {
  readonly jsMs: number;
  readonly framesMs: number;
  readonly changed: number;
}

/**
 * The map's redraw once the date rests, on the explorer built on the UCDP GED Syria import (2,000+
 * places), in headless chromium: the page's redraw (only the places whose control changed) against
 * every place made anew and swapped in, as the map did before, timed the same way in the same
 * page: the main-thread part, and until two frames after it (style, layout and paint included).
 */
export async function benchMap(): Promise<void> {
  console.log("\n# Map redraw in headless chromium (the explorer on the UCDP GED import)");
  const data = await writeGedFolder();
  if (!data) {
    console.log(`(skipped: ${GED_FILE} is missing; set FAULTLINE_REFERENCE_DATA)`);
    return;
  }
  const before = process.env.FAULTLINE_DATA;
  process.env.FAULTLINE_DATA = data;
  let dir: string;
  try {
    dir = await buildSite(join(ROOT, "index.html"));
  } finally {
    if (before === undefined) delete process.env.FAULTLINE_DATA;
    else process.env.FAULTLINE_DATA = before;
  }
  const site = await serveStatic(dir);
  const browser = await launchBrowser({ width: 1440, height: 900 });
  try {
    const page = await browser.newPage();
    // tsx names the functions of the evaluated code through a helper the page lacks.
    await page.addInitScript("globalThis.__name = (f) => f;");
    await page.goto(`${site.origin}/?date=2016-06-01`);
    await page.waitForSelector("body[data-ready='true']", { timeout: 600_000 });
    await page.waitForTimeout(1500);
    const places = await page.locator("#map circle[data-place]").count();
    const result = await page.evaluate(
      async ({ steps, warmup }) => {
        const frame = () =>
          new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())));
        const layer = document.querySelector("#map .places")!;
        const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
        const start = Date.parse("2016-06-01") / 86_400_000;
        const page: { jsMs: number; framesMs: number; changed: number }[] = [];
        const drawn: PerformanceEntry[] = [];
        const seen = new PerformanceObserver((list) => {
          drawn.push(...list.getEntriesByName("faultline:map-draw"));
        });
        seen.observe({ type: "measure" });
        for (let i = 1; i <= steps + warmup; i++) {
          const before = drawn.length;
          window.__faultline!.setDate(iso(start + i));
          while (drawn.length === before) await frame();
          const entry = drawn.at(-1)!;
          await frame();
          const end = await frame();
          if (i > warmup)
            page.push({
              jsMs: entry.duration,
              framesMs: end - entry.startTime,
              changed: Number(layer.getAttribute("data-redrawn")),
            });
        }
        seen.disconnect();
        // Before: every place made anew (attributes and title) and swapped in, then the page's own dots put back.
        const svg = "http://www.w3.org/2000/svg";
        const own = [...layer.children];
        const full: { jsMs: number; framesMs: number; changed: number }[] = [];
        for (let i = 1; i <= steps + warmup; i++) {
          const t0 = performance.now();
          const fresh = own.map((dot) => {
            const copy = document.createElementNS(svg, "circle");
            for (const a of dot.attributes) copy.setAttribute(a.name, a.value);
            const title = document.createElementNS(svg, "title");
            title.textContent = dot.textContent;
            copy.append(title);
            return copy;
          });
          layer.replaceChildren(...fresh);
          const jsMs = performance.now() - t0;
          await frame();
          await frame();
          const end = await frame();
          if (i > warmup) full.push({ jsMs, framesMs: end - t0, changed: own.length });
          layer.replaceChildren(...own);
          await frame();
        }
        return { page, full };
      },
      { steps: STEPS, warmup: WARMUP },
    );
    const changed = result.page.map((r: Redraw) => r.changed).sort((a, b) => a - b);
    console.log(
      `${places.toLocaleString("en")} places; a 1-day step from 2016-06-01 changed a median of ` +
        `${changed[Math.floor(changed.length / 2)]} (at most ${changed.at(-1)})`,
    );
    printMeasurements("map redraw after a 1-day step, main thread", [
      summarise(
        "every place made anew (before)",
        result.full.map((r: Redraw) => r.jsMs),
      ),
      summarise(
        "changed places only (the page)",
        result.page.map((r: Redraw) => r.jsMs),
      ),
    ]);
    printMeasurements("map redraw after a 1-day step, until two frames later (style, layout, paint)", [
      summarise(
        "every place made anew (before)",
        result.full.map((r: Redraw) => r.framesMs),
      ),
      summarise(
        "changed places only (the page)",
        result.page.map((r: Redraw) => r.framesMs),
      ),
    ]);
    await page.close();
  } finally {
    await browser.close();
    await site.close();
  }
}
