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
 * Opens the bench page at `query` in a chromium started for it with no DevTools client attached
 * (Playwright's network agent keeps and text-decodes every response under 10 MB on the page's main
 * thread, work no reader's browser does) and returns the first render the page reports. The
 * browser first shows a blank page that opens the bench page in a new tab a second later, so the
 * browser and its GPU process are up, as in a browser a reader already has open.
 */
export async function openUnattached(
  origin: string,
  query: string,
  inbox: FirstRenderInbox,
): Promise<FirstRender> {
  const { path, report } = inbox.expect();
  const url = `${origin}/bench/web/index.html?${query}&report=${encodeURIComponent(path)}`;
  const launcher = `data:text/html,${encodeURIComponent(
    `<script>setTimeout(() => window.open(${JSON.stringify(url)}, "_blank", "noopener"), 1000)</script>`,
  )}`;
  const profile = mkdtempSync(join(tmpdir(), "faultline-chromium-unattached-"));
  const browser = spawn(CHROMIUM, [...SWITCHES, `--user-data-dir=${profile}`, launcher], {
    stdio: "ignore",
    detached: true,
  });
  const exited = new Promise<never>((_, failed) =>
    browser.once("exit", (code) => failed(new Error(`chromium exited (${code}) before ${url} reported`))),
  );
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, failed) => {
    timer = setTimeout(
      () => failed(new Error(`${url} did not report within ${REPORT_TIMEOUT_MS} ms`)),
      REPORT_TIMEOUT_MS,
    );
  });
  try {
    const body = await Promise.race([report, exited, timedOut]);
    const stages = JSON.parse(body) as Record<keyof FirstRender, number | null>;
    // JSON has no NaN: a stage the page does not have (details of generated data) comes back null.
    return Object.fromEntries(
      Object.entries(stages).map(([stage, ms]) => [stage, ms ?? Number.NaN]),
    ) as unknown as FirstRender;
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
