import { join } from "node:path";
import type { Page } from "playwright-core";
import { dayNumber } from "../src/model/index.js";
import { buildSite, launchBrowser, ROOT, serveStatic } from "../tests/web/site.js";
import type { StepTiming } from "./web/bench-page.js";
import type { Measurement } from "./measure.js";
import { formatMs, printMeasurements } from "./measure.js";

/** How one data set is stepped through: from which day, and how many steps are timed in each mode. */
interface BenchCase {
  readonly data: "shipped" | "synthetic";
  readonly firstDay: number;
  /** Steps timed with the page's partial refresh and with the full-refresh baseline (slower: fewer). */
  readonly steps: { readonly partial: number; readonly full: number };
}

const CASES: readonly BenchCase[] = [
  { data: "shipped", firstDay: dayNumber(2017, 6, 1), steps: { partial: 60, full: 60 } },
  { data: "synthetic", firstDay: dayNumber(2016, 1, 1), steps: { partial: 25, full: 8 } },
];

const STEP_SIZES = [1, 30] as const;

/** Steps run before timing (JIT warm-up, first uploads). */
const WARMUP = 3;

function summarise(label: string, times: readonly number[]): Measurement {
  const sorted = [...times].sort((a, b) => a - b);
  return { label, runs: sorted.length, medianMs: sorted[Math.floor(sorted.length / 2)]!, minMs: sorted[0]! };
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Opens the bench page on a data set with a refresh mode and waits for it to be set up and settled. */
async function openBenchPage(page: Page, origin: string, data: string, refresh: "partial" | "full") {
  await page.goto(`${origin}/bench/web/index.html?data=${data}&refresh=${refresh}`, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 300_000 });
  await page.waitForTimeout(1500); // the first settle: rankings, sizes, the relation list
  return page.evaluate(() => ({
    entities: window.__bench!.entities,
    relations: window.__bench!.relations,
    setupMs: window.__bench!.setupMs,
    isolated: crossOriginIsolated,
  }));
}

/**
 * One slider step of the explorer, timed in headless chromium on the built bench page (the real
 * explorer mounted on the shipped data or on a synthetic graph of 10^4 entities and 10^5
 * relations): the main thread's work for the page's partial refresh (only what entered or left the
 * view, no re-indexing) against a full sigma refresh after the same state change, with sigma
 * redrawing an unchanged view as the floor both pay. The GPU is drained before each step; its
 * drawing time afterwards (software GL here) is printed apart. Steps of one day and of 30 days.
 */
export async function benchWeb(): Promise<void> {
  console.log("\n# Explorer: one slider step in headless chromium (bench/web/index.html, the real explorer)");
  const site = await serveStatic(await buildSite(join(ROOT, "bench/web/index.html")), true);
  const browser = await launchBrowser();
  try {
    for (const c of CASES) {
      const rows = new Map<number, Measurement[]>(STEP_SIZES.map((s) => [s, []]));
      const gpu = new Map<number, number>();
      let render: Measurement | null = null;
      const setup: string[] = [];
      let size = "";
      for (const refresh of ["full", "partial"] as const) {
        const page = await browser.newPage();
        const info = await openBenchPage(page, site.origin, c.data, refresh);
        if (!info.isolated)
          throw new Error("the bench page is not cross-origin isolated: its clock is coarse");
        size = `${info.entities.toLocaleString("en")} entities, ${info.relations.toLocaleString("en")} relations`;
        setup.push(`${refresh} ${formatMs(info.setupMs)}`);
        const count = c.steps[refresh];
        for (const stepDays of STEP_SIZES) {
          const args = { first: c.firstDay, stepDays, count: count + WARMUP };
          const timings: StepTiming[] = await page.evaluate(
            (a) => window.__bench!.steps(a.first, a.stepDays, a.count),
            args,
          );
          const kept = timings.slice(WARMUP);
          const label = refresh === "full" ? "full refresh (sigma.refresh())" : "partial refresh (the page)";
          rows.get(stepDays)!.push(
            summarise(
              label,
              kept.map((t) => t.mainMs),
            ),
          );
          if (refresh === "partial") gpu.set(stepDays, median(kept.map((t) => t.gpuMs)));
        }
        if (refresh === "partial") {
          const timings: StepTiming[] = await page.evaluate((n) => window.__bench!.renders(n), count);
          render = summarise(
            "redraw only, nothing changed (floor)",
            timings.map((t) => t.mainMs),
          );
        }
        await page.close();
      }
      console.log(`\n${c.data} data: ${size}; page set up in ${setup.join(", ")}`);
      for (const stepDays of STEP_SIZES) {
        printMeasurements(`${c.data}: one step of ${stepDays} day(s), main thread`, [
          ...rows.get(stepDays)!,
          render!,
        ]);
        console.log(
          `  then the GPU (software GL) draws the frame in a median ${formatMs(gpu.get(stepDays)!)}`,
        );
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
}
