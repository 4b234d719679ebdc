/**
 * The evidence after the first frame at the scale of the UCDP GED import (~17,000 events imported
 * into a copy of the shipped data by the CLI, the site built on it): a GED event selected by the
 * address is drawn with its evidence counted and "Loading evidence…", then, once the details are
 * in, shows the event id, the dataset's own source line, how the dataset asks to be cited and our
 * note, as the imported folder holds them. Skipped without the reference data.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load-graph-data.js";
import type { Dataset } from "../../src/model/core.js";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { describeWith, materialFile, REFERENCE_DATA } from "../helpers/shared-material.js";
import { openWithDetailsHeld } from "./held-details.js";
import { pageSession } from "./site.js";

let folder = "";
let dataset: Dataset;

/** A copy of the shipped data with UCDP GED Syria imported into it, as `faultline import ucdp-ged FILE --into COPY` writes it. */
function gedFolder(): string {
  folder = join(mkdtempSync(join(tmpdir(), "faultline-ged-site-")), "graph-data");
  cpSync(join(ROOT, "graph-data"), folder, { recursive: true });
  const file = materialFile(REFERENCE_DATA, "ucdp-ged", "ged191-syria-2016-2019.csv");
  const run = runCli(["import", "ucdp-ged", file, "--into", folder]);
  if (run.status !== 0) throw new Error(`faultline import exited ${run.status}: ${run.stderr}`);
  return folder;
}

describeWith([REFERENCE_DATA])("evidence details after the first frame at the GED scale", () => {
  const session = pageSession({ dataDir: gedFolder });

  beforeAll(async () => {
    dataset = await loadDataset(folder);
  }, 240_000);
  afterAll(() => {
    if (folder) rmSync(dirname(folder), { recursive: true, force: true });
  });

  it("shows a GED event's record, the dataset's source line and its citation once the details are in", async () => {
    expect(dataset.relations.length).toBeGreaterThan(15_000);
    const relation = dataset.relations.find(
      (r) => r.id.startsWith("ucdp-ged-") && r.evidence[0]!.note.includes("; reported by "),
    )!;
    const [evidence] = relation.evidence;
    const source = dataset.sources.find((s) => s.id === evidence!.source)!;
    const { page, release } = await openWithDetailsHeld(
      session,
      `?date=${relation.date}&relation=${relation.id}`,
    );
    const panel = page.locator("#details-panel");
    expect(await panel.getAttribute("data-selection")).toBe(`relation:${relation.id}`);
    expect(await panel.locator("h3").first().textContent()).toBe(`Evidence (${relation.evidence.length})`);
    expect(await panel.locator(".evidence-loading").textContent()).toBe("Loading evidence…");
    expect(await panel.locator(".evidence").count()).toBe(0);
    await release();
    await expect.poll(() => panel.locator(".evidence").count()).toBe(relation.evidence.length);
    const record = (await panel.locator(".evidence-record").first().textContent())!;
    expect(record).toContain(`Event ${evidence!.record} of ${source.title}`);
    const reportedBy = /; reported by (.+?)\.?$/.exec(evidence!.note)![1]!;
    expect(record).toContain(`the dataset's source: ${reportedBy}.`);
    expect(await panel.locator(".evidence-citation").first().textContent()).toBe(
      `Cite as: ${source.citation ?? source.title}`,
    );
    expect(await panel.locator(".evidence-note").first().textContent()).toBe(evidence!.note);
    await page.close();
  }, 240_000);
});
