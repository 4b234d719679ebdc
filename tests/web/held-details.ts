import type { Page, Route } from "playwright-core";
import type { PageSession } from "./site.js";

/** The details part of the built site's dataset asset, as the page requests it. */
export const DETAILS_ASSET = "**/assets/graph-data-details-*.json";

/**
 * Opens the page of `session` at `query` with the details part of its dataset asset held back:
 * the page is drawn (body[data-ready]) with its evidence still to come, until `release` lets the
 * request through and waits for the details to be applied.
 */
export async function openWithDetailsHeld(
  session: PageSession,
  query: string,
): Promise<{ page: Page; release: () => Promise<void> }> {
  const page = await session.browser.newPage();
  let held: Route | null = null;
  let arrived: () => void = () => {};
  const asked = new Promise<void>((resolve) => (arrived = resolve));
  await page.route(DETAILS_ASSET, (route) => {
    held = route;
    arrived();
  });
  await page.goto(`${session.origin}/${query}`);
  await page.waitForSelector("body[data-ready='true']", { timeout: 120_000 });
  return {
    page,
    release: async () => {
      await asked;
      await held!.continue();
      await page.waitForSelector("body[data-details='loaded']", { timeout: 120_000 });
    },
  };
}
