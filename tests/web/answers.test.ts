/**
 * The questions panel on the shipped data, in the real page: each answer says how sure it is, why
 * it holds (basis), on whose word (status, "claimed by …") and through which coalition (via), as
 * `faultline backers|allies … --json` answers it; the "only certain answers" toggle lives in the
 * address and survives a reload.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { runCli, runCliJson } from "../helpers/run-cli.js";
import { pageSession } from "./site.js";

const session = pageSession({ viewport: { width: 1440, height: 900 } });
const pageErrors = session.pageErrors;

/** One answer of the CLI's --json counterparty answers. */
interface CliAnswer {
  id: string;
  certainty: string;
  status: string;
  basis: { kind: string };
  /** Ids of the coalitions the alliance goes through. */
  via: string[];
}

/** One answer as the panel shows it: its entity, data attributes and text. */
interface PanelAnswer {
  entity: string;
  certainty: string;
  basis: string;
  status: string;
  text: string;
}

const open = (query: string): Promise<Page> => session.open(query, { width: 1440, height: 900 });

/** The answers the panel lists for a question ("backers", "backed", "allies"). */
async function panelAnswers(page: Page, question: string): Promise<PanelAnswer[]> {
  return page
    .locator(`#answers-panel [data-question="${question}"] li[data-certainty]`)
    .evaluateAll((items) =>
      items.map((li) => ({
        entity: li.querySelector("[data-entity]")!.getAttribute("data-entity")!,
        certainty: li.getAttribute("data-certainty")!,
        basis: li.getAttribute("data-basis")!,
        status: li.getAttribute("data-status")!,
        text: li.textContent!,
      })),
    );
}

/** The CLI's answer to the same question, as [entity, certainty, basis, status] sorted by entity. */
function cliAnswers(question: string, entity: string, date: string, certain = false): string[][] {
  const args = [question, entity, "--at", date, ...(certain ? ["--certain"] : [])];
  return runCliJson<CliAnswer[]>(args)
    .map((a) => [a.id, a.certainty, a.basis.kind, a.status])
    .sort();
}

const asRows = (answers: readonly PanelAnswer[]) =>
  answers.map((a) => [a.entity, a.certainty, a.basis, a.status]).sort();

describe("the questions panel", () => {
  it("lists the SDF among the government's allies on 2024-12-01 only as claimed by Turkey, never certain", async () => {
    const page = await open("?date=2024-12-01&entity=syrian-government");
    const allies = await panelAnswers(page, "allies");
    expect(asRows(allies)).toEqual(cliAnswers("allies", "syrian-government", "2024-12-01"));
    const sdf = allies.find((a) => a.entity === "sdf")!;
    expect(sdf).toMatchObject({ certainty: "possible", status: "claimed" });
    expect(sdf.text).toContain("claimed by Turkey");
    const russia = allies.find((a) => a.entity === "russia")!;
    expect(russia).toMatchObject({ certainty: "certain", basis: "evidenced", status: "reported" });
    expect(russia.text).toContain("evidenced to 2024-12-01");
    await page.close();
  });

  it("answers the government's backers on 2016-06-01, before any report, as possible before first report", async () => {
    const page = await open("?date=2016-06-01&entity=syrian-government");
    const backers = await panelAnswers(page, "backers");
    expect(asRows(backers)).toEqual(cliAnswers("backers", "syrian-government", "2016-06-01"));
    for (const id of ["russia", "iran"]) {
      const a = backers.find((b) => b.entity === id)!;
      expect(a, id).toMatchObject({
        certainty: "possible",
        basis: "extrapolated-before",
        status: "reported",
      });
      expect(a.text, id).toContain("before first report 2017-09-19");
    }
    await page.close();
  });

  it("lists the SNA among HTS's allies on 2024-11-30 via the HTS-led coalition", async () => {
    const page = await open("?date=2024-11-30&entity=hts");
    const allies = await panelAnswers(page, "allies");
    expect(asRows(allies)).toEqual(cliAnswers("allies", "hts", "2024-11-30"));
    const cli = runCliJson<CliAnswer[]>(["allies", "hts", "--at", "2024-11-30"]);
    expect(cli.find((a) => a.id === "sna")!.via).toEqual(["hts-led-coalition-2024"]);
    expect(allies.find((a) => a.entity === "sna")!.text).toContain("via HTS-led rebel coalition;");
    await page.close();
  });

  it("keeps only certain answers when asked, in the address, and after a reload", async () => {
    const page = await open("?date=2024-12-01&entity=syrian-government");
    const toggle = page.locator("#answers-panel input[data-certain-only]");
    expect(await toggle.isChecked()).toBe(false);
    expect((await panelAnswers(page, "allies")).map((a) => a.entity)).toContain("sdf");
    await toggle.check();
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain("certain=1");
    const certainRows = cliAnswers("allies", "syrian-government", "2024-12-01", true);
    expect(certainRows.map(([id]) => id)).not.toContain("sdf");
    expect(asRows(await panelAnswers(page, "allies"))).toEqual(certainRows);
    expect(await page.locator('#answers-panel [data-question="allies"]').getAttribute("title")).toContain(
      "--certain",
    );

    await page.reload();
    await page.waitForSelector("body[data-ready='true']");
    expect(await page.evaluate(() => window.location.search)).toContain("certain=1");
    expect(await page.locator("#answers-panel input[data-certain-only]").isChecked()).toBe(true);
    expect(asRows(await panelAnswers(page, "allies"))).toEqual(certainRows);

    await page.locator("#answers-panel input[data-certain-only]").uncheck();
    await expect.poll(() => page.evaluate(() => window.location.search)).not.toContain("certain=");
    expect((await panelAnswers(page, "allies")).map((a) => a.entity)).toContain("sdf");
    await page.close();
  });

  it("says why a question has no answer, as the CLI does, and lists answers on other days", async () => {
    const page = await open("?date=2024-12-20&entity=hezbollah");
    const allies = page.locator('#answers-panel [data-question="allies"]');
    const cli = runCli(["allies", "hezbollah", "--at", "2024-12-20"]).stdout.split("\n");
    expect(await allies.locator("[data-empty]").getAttribute("data-empty")).toBe("other-days");
    expect(await allies.locator("[data-empty]").textContent()).toBe(cli[0]);
    const elsewhere = allies.locator("li[data-elsewhere]");
    expect(
      await elsewhere.evaluateAll((items) => items.map((li) => li.getAttribute("data-elsewhere"))),
    ).toEqual(["syrian-government"]);
    expect(cli[1]).toContain((await elsewhere.textContent())!.split(" — ")[1]);
    // Clicking an answer found on another day selects it.
    await elsewhere.locator("button").click();
    await expect
      .poll(() => page.evaluate(() => window.location.search))
      .toContain("entity=syrian-government");

    const silent = await open("?date=2024-12-01&entity=hts");
    const backers = silent.locator('#answers-panel [data-question="backers"] [data-empty]');
    expect(await backers.getAttribute("data-empty")).toBe("never");
    expect(await backers.textContent()).toBe(runCli(["backers", "hts", "--at", "2024-12-01"]).stdout.trim());
    await Promise.all([page.close(), silent.close()]);
  });

  it("raised no error in any page", () => {
    expect(pageErrors).toEqual([]);
  });
});
