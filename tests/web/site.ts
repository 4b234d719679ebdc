import { createHash } from "node:crypto";
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll } from "vitest";

/** The project's root folder. */
export const ROOT = resolve(fileURLToPath(new URL(".", import.meta.url)), "..", "..");

/** Debian's chromium, installed by .ci/run (never downloaded by playwright). */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Builds the static site with the project's vite.config.ts into a folder outside dist/ and returns
 * it. The shipped page is built once per content (sources, graph-data, page config, lockfile) and
 * shared by every test file of a run; `input` builds another page (the bench's) afresh.
 */
export async function buildSite(input?: string): Promise<string> {
  if (input) return buildInto(mkdtempSync(join(tmpdir(), "faultline-site-")), input);
  const dir = join(tmpdir(), `faultline-site-${siteContentKey()}`);
  if (existsSync(join(dir, "index.html"))) return dir;
  const staging = mkdtempSync(join(tmpdir(), "faultline-site-staging-"));
  await buildInto(staging, undefined);
  try {
    renameSync(staging, dir);
  } catch {
    // Another test file finished the same build first: its folder is identical, keep it.
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}

async function buildInto(outDir: string, input: string | undefined): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: join(ROOT, "vite.config.ts"),
    root: ROOT,
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      ...(input ? { rolldownOptions: { input } } : {}),
    },
  });
  return outDir;
}

/** A SHA-256 over what the shipped page is built from (files and FAULTLINE_* settings), so a change builds anew. */
function siteContentKey(): string {
  const hash = createHash("sha256");
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else {
      hash.update(path.slice(ROOT.length)).update("\0").update(readFileSync(path)).update("\0");
    }
  };
  for (const entry of ["src", "graph-data", "index.html", "vite.config.ts", "package-lock.json", "public"]) {
    if (existsSync(join(ROOT, entry))) visit(join(ROOT, entry));
  }
  for (const [name, value] of Object.entries(process.env).sort()) {
    if (name.startsWith("FAULTLINE_")) hash.update(`${name}=${value ?? ""}\0`);
  }
  return hash.digest("hex").slice(0, 16);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * A static file server over a folder on a free loopback port; what any web server does with dist/.
 * `isolated` adds the cross-origin isolation headers that give the page a fine clock (5 µs, not 100 µs).
 * `receive`, when given, is handed the path and body of each POST (answered 204): how a page opened
 * without a DevTools client reports back to the bench.
 */
export async function serveStatic(
  dir: string,
  isolated = false,
  receive?: (path: string, body: string) => void,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const base = resolve(dir);
  const server = createServer((request, response) => {
    if (request.method === "POST" && receive) {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        response.writeHead(204).end();
        receive(
          new URL(request.url ?? "/", "http://localhost").pathname,
          Buffer.concat(chunks).toString("utf8"),
        );
      });
      return;
    }
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      statSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      ...(isolated
        ? { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" }
        : {}),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Launches headless chromium with a fresh profile, as the tests and the bench drive it. */
export async function launchBrowser(viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "faultline-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    acceptDownloads: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Builds the page afresh on another graph-data folder (vite.config.ts bundles $FAULTLINE_DATA). */
async function buildSiteOn(dataDir: string): Promise<string> {
  const before = process.env.FAULTLINE_DATA;
  process.env.FAULTLINE_DATA = dataDir;
  try {
    return await buildSite(join(ROOT, "index.html"));
  } finally {
    if (before === undefined) delete process.env.FAULTLINE_DATA;
    else process.env.FAULTLINE_DATA = before;
  }
}

/** The browser side of one test file: the shipped site served, chromium launched, and pages opened on it. */
export interface PageSession {
  /** The served site's origin (http://127.0.0.1:PORT), once the session has started. */
  readonly origin: string;
  /** The browser context, once the session has started. */
  readonly browser: BrowserContext;
  /** Errors thrown by the pages opened (and console errors, when the session records them). */
  readonly pageErrors: string[];
  /**
   * Opens a new page at `query` (e.g. "?date=2024-12-01"), at `viewport` when given, and waits until
   * the explorer is mounted and the evidence details (fetched after the first frame) are in.
   */
  open(query?: string, viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * Registers the beforeAll and afterAll of a page test file: builds (or reuses) the shipped site,
 * serves it, launches chromium at `viewport` (1280 × 800 unless given), and closes both after the
 * file's tests. `consoleErrors` also records console errors in `pageErrors`; `dataDir` builds a
 * page of its own on another graph-data folder (made when the session starts) instead.
 */
export function pageSession(
  options: {
    viewport?: { width: number; height: number };
    consoleErrors?: boolean;
    dataDir?: () => string;
  } = {},
): PageSession {
  let site: { origin: string; close: () => Promise<void> } | undefined;
  let context: BrowserContext | undefined;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    site = await serveStatic(options.dataDir ? await buildSiteOn(options.dataDir()) : await buildSite());
    context = await launchBrowser(options.viewport);
  }, 240_000);
  afterAll(async () => {
    await context?.close();
    await site?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the page session has not started (used outside a test?)");
    return value;
  };
  return {
    get origin() {
      return started(site).origin;
    },
    get browser() {
      return started(context);
    },
    pageErrors,
    async open(query = "", viewport) {
      const page = await started(context).newPage();
      if (viewport) await page.setViewportSize(viewport);
      page.on("pageerror", (error) => pageErrors.push(error.message));
      if (options.consoleErrors)
        page.on("console", (message) => {
          if (message.type() === "error") pageErrors.push(message.text());
        });
      await page.goto(`${started(site).origin}/${query}`);
      await page.waitForSelector("body[data-ready='true']");
      await page.waitForSelector("body[data-details='loaded']");
      return page;
    },
  };
}
