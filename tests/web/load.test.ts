/**
 * Opening one's own data on the page: files made by the real CLI (a GEXF export, the CSV export, a
 * draft of a short report of our own) chosen with the file button or dropped, checked as the CLI
 * checks them; broken files listed with their place; a draft's proposals drawn dash-dot with their
 * confidence; the layout kept when the draft is laid over the graph; back to the shipped data; a
 * UCDP GED file merged as `faultline import` merges it. Writes docs/screenshot-draft.png.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load-graph-data.js";
import type { Dataset } from "../../src/model/core.js";
import type { ImportReport } from "../../src/import/import-report.js";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { itWith, materialFile, REFERENCE_DATA } from "../helpers/shared-material.js";
import { pageSession } from "./site.js";

let work: string;
/** What the CLI wrote: a GEXF export and the CSV export of the shipped data. */
let gexfExport: ExportSummary;
let csvExport: ExportSummary;
const session = pageSession({ viewport: { width: 1440, height: 900 } });
const pageErrors = session.pageErrors;

/** What `faultline export … --json` says it wrote. */
interface ExportSummary {
  readonly entities: number;
  readonly relations: number;
}

function exportWith(args: readonly string[]): ExportSummary {
  const run = runCli(["export", ...args, "--json"]);
  if (run.status !== 0) throw new Error(`faultline export ${args.join(" ")}: ${run.stderr}`);
  return JSON.parse(run.stdout) as ExportSummary;
}

const open = (query = "?date=2024-12-01"): Promise<Page> => session.open(query);

const counts = (page: Page) => page.evaluate(() => ({ ...window.__faultline!.counts }));

/** Drops files on the page as a user's drag and drop does: a DataTransfer holding them, in a drop event. */
async function drop(page: Page, files: readonly { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name));
    document.body.dispatchEvent(
      new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    document.body.dispatchEvent(
      new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  }, files);
}

/** The problems the page lists for files it could not open: file, place, text. */
async function listedProblems(page: Page) {
  await page.waitForSelector("body[data-load-error]");
  return page.locator("#notice .load-problems li").evaluateAll((items) =>
    items.map((li) => ({
      file: li.getAttribute("data-file"),
      place: li.getAttribute("data-place"),
      text: li.textContent ?? "",
    })),
  );
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "faultline-load-"));
  gexfExport = exportWith(["gexf", "--out", join(work, "faultline.gexf")]);
  csvExport = exportWith(["csv", "--out", join(work, "csv")]);
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("opening your own data", () => {
  it("opens a GEXF exported by the CLI with the same entities and relations, then goes back to the shipped data", async () => {
    const gexf = join(work, "faultline.gexf");
    const summary = gexfExport;
    const page = await open();
    const shipped = await counts(page);
    expect(page.url()).toContain("data=shipped");
    await page.setInputFiles("#open-files", gexf);
    await page.waitForSelector("body[data-dataset='faultline.gexf'][data-ready='true']");
    const opened = await counts(page);
    expect(opened).toEqual(shipped);
    expect(opened.entities).toBe(summary.entities);
    expect(opened.relations).toBe(summary.relations);
    await expect.poll(() => page.url()).toContain("data=opened");
    await expect
      .poll(() => page.locator("#data-panel .data-status").textContent())
      .toContain("faultline.gexf");
    await page.click("#back-to-shipped");
    await page.waitForSelector("body[data-dataset='shipped']");
    await expect.poll(() => page.url()).toContain("data=shipped");
    await page.close();
  });

  it("opens the three CSV files of an export dropped on the page", async () => {
    const dir = join(work, "csv");
    const summary = csvExport;
    const page = await open();
    await drop(
      page,
      ["sources.csv", "entities.csv", "relations.csv"].map((name) => ({
        name,
        text: readFileSync(join(dir, name), "utf8"),
      })),
    );
    await page.waitForSelector("body[data-dataset='CSV export'][data-ready='true']");
    const opened = await counts(page);
    expect(opened.entities).toBe(summary.entities);
    expect(opened.relations).toBe(summary.relations);
    await page.close();
  });

  it("opens a graph-data folder that extends the shipped data, keeping the layout of what was drawn", async () => {
    const dir = join(work, "my-data");
    cpSync(join(ROOT, "graph-data"), dir, { recursive: true });
    type Items = Record<string, Record<string, unknown>[]>;
    const edit = (file: string, change: (json: Items) => void) => {
      const json = JSON.parse(readFileSync(join(dir, file), "utf8")) as Items;
      change(json);
      writeFileSync(join(dir, file), JSON.stringify(json, null, 2));
    };
    edit("entities/armed-groups.json", (json) =>
      json.entities!.push({ id: "test-brigade", label: "Test Brigade", kind: "armed-group", aliases: [] }),
    );
    let patron = "";
    edit("relations/support.json", (json) => {
      const template = json.relations!.find((r) => r.kind === "backs")!;
      patron = String(template.source);
      json.relations!.push({ ...template, id: "test-backs-test-brigade", target: "test-brigade" });
    });
    const page = await open();
    const before = await counts(page);
    const layout = () =>
      page.evaluate(() => {
        const graph = window.__faultline!.graphView.graph;
        return Object.fromEntries(graph.mapNodes((id, a) => [id, [a.x, a.y] as const]));
      });
    const old = await layout();
    await page.setInputFiles("#open-folder", dir);
    await page.waitForSelector("body[data-dataset='my-data'][data-ready='true']");
    expect(await counts(page)).toEqual({ entities: before.entities + 1, relations: before.relations + 1 });
    const now = await layout();
    for (const [id, [x, y]] of Object.entries(old)) {
      expect(Math.abs(now[id]![0] - x), id).toBeLessThan(1e-6);
      expect(Math.abs(now[id]![1] - y), id).toBeLessThan(1e-6);
    }
    // The new group starts beside its patron, not somewhere across the graph.
    const xs = Object.values(old).map(([x]) => x);
    const width = Math.max(...xs) - Math.min(...xs);
    const [nx, ny] = now["test-brigade"]!;
    const [px, py] = old[patron]!;
    expect(Math.hypot(nx - px, ny - py)).toBeLessThan(width / 3);
    await page.close();
  });

  it("lists every problem of a broken GEXF with its line, and keeps the data shown", async () => {
    const text = readFileSync(join(work, "faultline.gexf"), "utf8");
    // A node whose kind is not one of ours, and an edge pointing at a node that does not exist.
    const broken = text
      .replace(/(<attvalue for="kind" value=")state(")/, "$1planet$2")
      .replace(/target="hts"/, 'target="nobody-at-all"');
    const lineOf = (needle: string) => broken.slice(0, broken.indexOf(needle)).split("\n").length;
    const file = join(work, "broken.gexf");
    writeFileSync(file, broken);
    const page = await open();
    const before = await counts(page);
    await page.setInputFiles("#open-files", file);
    const problems = await listedProblems(page);
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.every((p) => p.file === "broken.gexf")).toBe(true);
    const nodeLine = lineOf(
      broken.slice(broken.lastIndexOf("<node ", broken.indexOf('value="planet"'))).split(">")[0]!,
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        place: `line ${nodeLine}`,
        text: expect.stringMatching(/kind: Invalid option/),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        place: `line ${lineOf('target="nobody-at-all"')}`,
        text: expect.stringMatching(/not the edge's ends russia and nobody-at-all/),
      }),
    );
    expect(await counts(page)).toEqual(before);
    expect(await page.getAttribute("body", "data-dataset")).toBe("shipped");
    await page.close();
  });

  it("lists the problems of a broken CSV export at their file and line", async () => {
    const dir = join(work, "csv");
    const entities = readFileSync(join(dir, "entities.csv"), "utf8").split("\n");
    const line = entities.findIndex((l) => l.startsWith("idlib-province,"));
    // The third column is the kind (id,label,kind,…): a kind that is not one of ours.
    entities[line] = entities[line]!.replace(/^(idlib-province,[^,"]*,)place,/, "$1planet,");
    expect(entities[line]).toContain(",planet,");
    const page = await open();
    await page.setInputFiles("#open-files", [
      { name: "sources.csv", mimeType: "text/csv", buffer: readFileSync(join(dir, "sources.csv")) },
      { name: "entities.csv", mimeType: "text/csv", buffer: Buffer.from(entities.join("\n")) },
      { name: "relations.csv", mimeType: "text/csv", buffer: readFileSync(join(dir, "relations.csv")) },
    ]);
    const problems = await listedProblems(page);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "entities.csv",
        place: `line ${line + 1}`,
        text: expect.stringMatching(/entity "idlib-province": kind: Invalid option/),
      }),
    );
    expect(problems.some((p) => p.file === "relations.csv" && /idlib-province/.test(p.text))).toBe(true);
    expect(await page.getAttribute("body", "data-dataset")).toBe("shipped");
    await page.close();
  });

  /** `faultline import ucdp-ged FILE --into COPY --json` spawned on a copy of graph-data: its report and the folder it wrote. */
  async function importedByCli(
    file: string,
    copyName: string,
  ): Promise<{ cli: ImportReport; imported: Dataset }> {
    const copy = join(work, copyName);
    cpSync(join(ROOT, "graph-data"), copy, { recursive: true });
    const run = runCli(["import", "ucdp-ged", file, "--into", copy, "--json"]);
    expect(run.status, run.stderr).toBe(0);
    return { cli: JSON.parse(run.stdout) as ImportReport, imported: await loadDataset(copy) };
  }

  it("merges a dropped UCDP GED file into the data shown as `faultline import ucdp-ged FILE --into COPY` does, with its report", async () => {
    const file = join(ROOT, "tests", "import", "fixtures", "ged191-fixture.csv");
    const { cli, imported } = await importedByCli(file, "ged-copy");
    const page = await open();
    await drop(page, [{ name: "ged191-fixture.csv", text: readFileSync(file, "utf8") }]);
    await page.waitForSelector("body[data-dataset='shipped data + ged191-fixture.csv'][data-ready='true']");
    expect(await counts(page)).toEqual({
      entities: imported.entities.length,
      relations: imported.relations.length,
    });
    await expect.poll(() => page.url()).toContain("data=opened");
    const report = page.locator("#data-panel .import-report");
    expect(await report.getAttribute("data-rows")).toBe(String(cli.rows));
    expect(await report.getAttribute("data-kept")).toBe(String(cli.kept));
    expect(await report.getAttribute("data-rejected")).toBe(String(cli.rejected.length));
    expect(cli.rows).toBe(cli.kept + cli.rejected.length);
    expect(cli.rejected.length).toBeGreaterThan(0);
    expect(await report.textContent()).toContain(
      `${cli.rows} rows = ${cli.kept} kept + ${cli.rejected.length} rejected`,
    );
    expect(
      await report.locator(".import-rejected li").evaluateAll((items) => items.map((li) => li.textContent)),
    ).toEqual(cli.rejected.map((r) => `line ${r.line}: ${r.reason}`));
    expect(
      await report
        .locator(".import-created li")
        .evaluateAll((items) => items.map((li) => li.getAttribute("data-id"))),
    ).toEqual(cli.entities.created.map((c) => c.id));
    await page.close();
  });

  it("names who fought alongside the selected actor in the dataset events of the window, apart from its allies", async () => {
    // Fixture event 900002: some day from 2017-03-06 to 2017-03-09, HTS beside Ahrar al-Sham and the Southern Front.
    const file = join(ROOT, "tests", "import", "fixtures", "ged191-fixture.csv");
    const page = await open("?date=2017-03-07&window=3&entity=hts");
    await drop(page, [{ name: "ged191-fixture.csv", text: readFileSync(file, "utf8") }]);
    await page.waitForSelector("body[data-dataset='shipped data + ged191-fixture.csv'][data-ready='true']");
    const fought = page.locator("#answers-panel [data-co-belligerents]");
    const listed = () =>
      fought
        .locator("li")
        .evaluateAll((items) =>
          items.map((li) => [li.getAttribute("data-co-belligerent"), li.getAttribute("data-events")]),
        );
    expect(await listed()).toEqual([
      ["ahrar-al-sham", "1"],
      ["southern-front", "1"],
    ]);
    expect(await fought.locator("p").textContent()).toContain("within 2017-03-04 to 2017-03-10");
    // Apart from the allies, which hold alliances only.
    const allies = await page
      .locator('#answers-panel [data-question="allies"] [data-entity]')
      .evaluateAll((items) => items.map((b) => b.getAttribute("data-entity")));
    expect(allies).not.toContain("ahrar-al-sham");
    await page.close();
    // A window that cannot hold every possible day of the event names nobody.
    const narrow = await open("?date=2017-03-07&window=1&entity=hts");
    await drop(narrow, [{ name: "ged191-fixture.csv", text: readFileSync(file, "utf8") }]);
    await narrow.waitForSelector("body[data-dataset='shipped data + ged191-fixture.csv'][data-ready='true']");
    expect(await narrow.locator('#answers-panel [data-question="allies"]').count()).toBe(1);
    expect(await narrow.locator("#answers-panel [data-co-belligerents]").count()).toBe(0);
    await narrow.close();
  });

  itWith([REFERENCE_DATA])(
    "merges the UCDP GED Syria file of the reference data chosen with the file button, with the counts of the CLI",
    async () => {
      const file = materialFile(REFERENCE_DATA, "ucdp-ged", "ged191-syria-2016-2019.csv");
      const { cli, imported } = await importedByCli(file, "ged-reference-copy");
      const page = await open();
      await page.setInputFiles("#open-files", file);
      await page.waitForSelector(
        "body[data-dataset='shipped data + ged191-syria-2016-2019.csv'][data-ready='true']",
        { timeout: 300_000 },
      );
      expect(await counts(page)).toEqual({
        entities: imported.entities.length,
        relations: imported.relations.length,
      });
      const report = page.locator("#data-panel .import-report");
      expect(await report.getAttribute("data-rows")).toBe(String(cli.rows));
      expect(await report.getAttribute("data-kept")).toBe(String(cli.kept));
      expect(await report.getAttribute("data-rejected")).toBe(String(cli.rejected.length));
      expect(await report.getAttribute("data-created")).toBe(String(cli.entities.created.length));
      await page.close();
    },
    600_000,
  );

  it("lists a broken event file's rows with their lines and changes nothing", async () => {
    const page = await open();
    const shipped = await counts(page);
    const [header, first] = readFileSync(
      join(ROOT, "tests", "import", "fixtures", "ged191-fixture.csv"),
      "utf8",
    ).split("\n");
    const broken = `${header}\n${first!.replace(/2017-03-04/g, "2017-13-04")}\nx,900099,2017-03-04\n`;
    await drop(page, [{ name: "ged191-broken.csv", text: broken }]);
    const problems = await listedProblems(page);
    expect(problems.map((p) => [p.file, p.place])).toEqual([
      ["ged191-broken.csv", ""],
      ["ged191-broken.csv", "line 2"],
      ["ged191-broken.csv", "line 3"],
    ]);
    expect(problems[1]!.text).toContain("2017-13-04");
    expect(problems[2]!.text).toMatch(/3 field\(s\) where the header has/);
    expect(await counts(page)).toEqual(shipped);
    expect(page.url()).toContain("data=shipped");
    await page.close();
  });

  it("lays a draft of a short report over the graph: proposals dash-dot with their confidence, the layout kept", async () => {
    const report = join(work, "report.txt");
    writeFileSync(
      report,
      [
        "Russian warplanes bombarded Idlib on Monday, according to the Syrian Observatory for Human Rights.",
        "Hayat Tahrir al-Sham said its fighters had captured the village of Kafr Naseem on Sunday.",
      ].join("\n"),
    );
    const run = runCli(["draft", report, "--published", "2024-12-04", "--outlet", "Test Wire", "--json"], {
      cwd: work,
    });
    expect(run.status, run.stderr).toBe(0);
    const draft = JSON.parse(run.stdout) as {
      entities: { id: string }[];
      relations: { id: string; confidence: number; addsTo?: string }[];
    };
    expect(draft.relations.length).toBeGreaterThan(0);
    const draftFile = join(work, "report.draft.json");
    writeFileSync(draftFile, run.stdout);

    const page = await open();
    const layout = () =>
      page.evaluate(() => {
        const graph = window.__faultline!.graphView.graph;
        return Object.fromEntries(graph.mapNodes((id, a) => [id, [a.x, a.y] as const]));
      });
    const before = await layout();
    await page.setInputFiles("#open-files", draftFile);
    await page.waitForSelector("#data-panel[data-draft='report.draft.json']");
    await page.waitForSelector("body[data-ready='true']");
    const after = await layout();
    for (const [id, [x, y]] of Object.entries(before)) {
      expect(Math.abs(after[id]![0] - x), id).toBeLessThan(1e-6);
      expect(Math.abs(after[id]![1] - y), id).toBeLessThan(1e-6);
    }
    for (const e of draft.entities) {
      expect(after[e.id], e.id).toBeDefined();
      expect(
        await page.evaluate((id) => window.__faultline!.graphView.graph.getNodeAttribute(id, "label"), e.id),
      ).toMatch(/\(proposed\)$/);
    }
    // The date moves to the report's publication; the proposals are drawn on their own dash-dot layer.
    expect(await page.evaluate(() => window.__faultline!.state().date)).toBe("2024-12-04");
    await expect
      .poll(() =>
        page.evaluate(() => {
          const canvas = window.__faultline!.graphView.sigma.getCanvases()["proposal-edges"]!;
          const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
          let magenta = 0;
          for (let i = 0; i < data.length; i += 4)
            if (data[i + 3]! > 0 && data[i]! > 150 && data[i + 1]! < 60 && data[i + 2]! > 80) magenta++;
          return magenta;
        }),
      )
      .toBeGreaterThan(20);
    const legend = await page.locator("#legend [data-legend='proposals']").textContent();
    const confidences = draft.relations.map((r) => r.confidence);
    expect(legend).toContain(Math.min(...confidences).toFixed(2));
    for (const r of draft.relations) {
      await page.evaluate(
        (id) => window.__faultline!.store.update({ selection: { kind: "relation", id } }),
        r.addsTo ?? r.id,
      );
      await expect
        .poll(() => page.locator("#proposal-panel .proposal-selected").textContent())
        .toContain(`confidence ${r.confidence.toFixed(2)}`);
    }
    // The README's draft screenshot: the proposals on the graph, the last one selected and explained.
    await page.locator("#proposal-panel").evaluate((panel) => {
      const column = panel.parentElement!;
      column.scrollTop = (panel as HTMLElement).offsetTop - column.offsetTop;
      window.scrollTo(0, 0);
    });
    writeFileSync(join(ROOT, "docs", "screenshot-draft.png"), await page.screenshot());
    await page.click("#remove-draft");
    await page.waitForSelector("#data-panel[data-draft='']");
    expect(await page.locator("#proposal-panel").isHidden()).toBe(true);
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});
