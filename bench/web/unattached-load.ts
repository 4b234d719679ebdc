import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM } from "../../tests/web/site.js";
import type { FirstRender } from "./bench-page.js";

/** How long one page may take to report before the load counts as failed. */
const REPORT_TIMEOUT_MS = 180_000;

/** The switches of Playwright's own chromium launch that change how a page loads or draws, plus the tests' own. */
const SWITCHES = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--enable-unsafe-swiftshader",
  "--force-color-profile=srgb",
  "--window-size=1280,800",
  "--disable-quic",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-background-networking",
  "--disable-background-timer-throttling",
  "--disable-backgrounding-occluded-windows",
  "--disable-renderer-backgrounding",
  "--disable-component-update",
  "--disable-default-apps",
  "--disable-extensions",
  "--disable-sync",
  "--disable-popup-blocking",
  "--disable-features=PaintHolding,OptimizationHints,MediaRouter",
];

/** Where pages report their first render: the bench's static server hands each POST to `receive`. */
export class FirstRenderInbox {
  private readonly waiting = new Map<string, (body: string) => void>();
  private count = 0;

  /** A fresh path for one page to report to, and the report once it arrives. */
  expect(): { path: string; report: Promise<string> } {
    const path = `/__bench/first-render/${++this.count}`;
    const report = new Promise<string>((arrived) => this.waiting.set(path, arrived));
    return { path, report };
  }

  /** Takes a POST from the server: the report of the page given `path`. */
  receive(path: string, body: string): void {
    this.waiting.get(path)?.(body);
    this.waiting.delete(path);
  }
}

/**
 * Opens the bench page once per query, one load after the other in one chromium started for them
 * with no DevTools client attached (Playwright's network agent keeps and text-decodes every
 * response under 10 MB on the page's main thread, work no reader's browser does), and returns the
 * first render each load reports. The browser first shows a blank page that opens the first load
 * in a new tab a second later; each load then opens the next in a new tab and closes itself. The
 * first load warms the browser as the loads Playwright drives are warmed by the pages before them:
 * callers pass a warm-up query first and drop its figures.
 */
export async function openUnattached(
  origin: string,
  queries: readonly string[],
  inbox: FirstRenderInbox,
): Promise<FirstRender[]> {
  const expected = queries.map(() => inbox.expect());
  let url = "";
  for (let k = queries.length - 1; k >= 0; k--) {
    const next = url ? `&next=${encodeURIComponent(url)}` : "";
    url = `${origin}/bench/web/index.html?${queries[k]}&report=${encodeURIComponent(expected[k]!.path)}${next}`;
  }
  const launcher = `data:text/html,${encodeURIComponent(
    `<script>setTimeout(() => window.open(${JSON.stringify(url)}, "_blank", "noopener"), 1000)</script>`,
  )}`;
  const profile = mkdtempSync(join(tmpdir(), "faultline-chromium-unattached-"));
  const browser = spawn(CHROMIUM, [...SWITCHES, `--user-data-dir=${profile}`, launcher], {
    stdio: "ignore",
    detached: true,
  });
  const exited = new Promise<never>((_, failed) =>
    browser.once("exit", (code) =>
      failed(new Error(`chromium exited (${code}) before the bench pages reported`)),
    ),
  );
  let timer: NodeJS.Timeout | undefined;
  const timeout = REPORT_TIMEOUT_MS * queries.length;
  const timedOut = new Promise<never>((_, failed) => {
    timer = setTimeout(
      () => failed(new Error(`the bench pages did not all report within ${timeout} ms`)),
      timeout,
    );
  });
  try {
    const bodies = await Promise.race([Promise.all(expected.map((e) => e.report)), exited, timedOut]);
    return bodies.map((body) => {
      const stages = JSON.parse(body) as Record<keyof FirstRender, number | null>;
      // JSON has no NaN: a stage the page does not have (details of generated data) comes back null.
      return Object.fromEntries(
        Object.entries(stages).map(([stage, ms]) => [stage, ms ?? Number.NaN]),
      ) as unknown as FirstRender;
    });
  } finally {
    clearTimeout(timer);
    browser.removeAllListeners("exit");
    try {
      process.kill(-browser.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
    await new Promise((settled) => setTimeout(settled, 200));
    rmSync(profile, { recursive: true, force: true });
  }
}
