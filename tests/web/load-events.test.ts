import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load-graph-data.js";
import { ACLED_LAYOUT } from "../../src/import/column-layouts.js";
import type { ImportReport } from "../../src/import/import-report.js";
import type { Dataset } from "../../src/model/core.js";
import type { EventTarget, OpenedEvents } from "../../src/web/load-events.js";
import { eventFormatOf, importEventFile } from "../../src/web/load-events.js";
import { readOpenedFiles } from "../../src/web/load-dataset.js";
import { copyOfShippedData, FIXTURES } from "../import/import-helpers.js";
import { runCli } from "../helpers/run-cli.js";
import { itWith, materialFile, REFERENCE_DATA } from "../helpers/shared-material.js";
import { SHIPPED_DATA } from "../helpers/shipped-graph.js";

const bytes = (text: string) => new TextEncoder().encode(text);

/** The shipped data as the page holds it: the dataset, its name table, its name. */
async function shippedTarget(): Promise<EventTarget> {
  return {
    dataset: await loadDataset(SHIPPED_DATA),
    names: {
      text: readFileSync(join(SHIPPED_DATA, "event-data-names.json"), "utf8"),
      display: "graph-data/event-data-names.json",
    },
    name: "shipped data",
  };
}

/** The CLI's import of FILE into DIR (spawned as a user runs it), its --json report. */
function cliImport(format: string, file: string, into: string): ImportReport {
  const run = runCli(["import", format, file, "--into", into, "--json"]);
  if (run.status !== 0) throw new Error(`faultline import exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as ImportReport;
}

/** The report without what names the target (a folder for the CLI, the data shown for the page). */
const comparable = (r: ImportReport) => ({ ...r, into: null, file: basename(r.file) });

/** Every id of a dataset, sorted, and every relation's dates and ends: what a merge must agree on. */
function contentOf(dataset: Dataset) {
  return {
    sources: dataset.sources.map((s) => s.id).sort(),
    entities: dataset.entities.map((e) => `${e.id} ${e.kind} ${e.label}`).sort(),
    relations: dataset.relations
      .map((r) => `${r.id} ${r.source} ${r.kind} ${r.target} ${r.date ?? r.start ?? ""} ${r.status}`)
      .sort(),
  };
}

function opened(file: string, format: OpenedEvents["format"]): OpenedEvents {
  return { file: basename(file), format, bytes: readFileSync(file) };
}

describe("an event file opened on the page is merged as `faultline import … --into` merges it", () => {
  it("a UCDP GED file: the same report (rows = kept + rejected, created actors, rejected lines) and the same dataset as the CLI's folder", async () => {
    const file = join(FIXTURES, "ged191-fixture.csv");
    const page = await importEventFile(opened(file, "ucdp-ged"), await shippedTarget());
    const into = copyOfShippedData();
    const cli = cliImport("ucdp-ged", file, into);
    if (!page.ok) throw new Error(JSON.stringify(page.problems));
    expect(page.report.rows).toBe(page.report.kept + page.report.rejected.length);
    expect(page.report.rejected.length).toBeGreaterThan(0);
    expect(comparable(page.report)).toEqual(comparable(cli));
    expect(contentOf(page.dataset)).toEqual(contentOf(await loadDataset(into)));

    // Again into the merged data: every relation made again is unchanged, as the CLI says of its folder.
    const again = await importEventFile(opened(file, "ucdp-ged"), {
      ...(await shippedTarget()),
      dataset: page.dataset,
    });
    const cliAgain = cliImport("ucdp-ged", file, into);
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(again.report.relations).toEqual(cliAgain.relations);
    expect(again.report.relations.unchanged).toBeGreaterThan(0);
    expect(contentOf(again.dataset)).toEqual(contentOf(await loadDataset(into)));
  });

  it("an ACLED file (release from its rows' timestamps), told apart by its header", async () => {
    const file = join(FIXTURES, "acled-2020-fixture.csv");
    expect(eventFormatOf(readFileSync(file))).toBe("acled");
    expect(eventFormatOf(readFileSync(join(FIXTURES, "ged191-fixture.csv")))).toBe("ucdp-ged");
    const page = await importEventFile(opened(file, "acled"), await shippedTarget());
    const into = copyOfShippedData();
    const cli = cliImport("acled", file, into);
    if (!page.ok) throw new Error(JSON.stringify(page.problems));
    expect(comparable(page.report)).toEqual(comparable(cli));
    expect(contentOf(page.dataset)).toEqual(contentOf(await loadDataset(into)));
  });

  itWith([REFERENCE_DATA])(
    "the UCDP GED Syria file of the reference data: the same report and dataset as the CLI",
    async () => {
      const file = materialFile(REFERENCE_DATA, "ucdp-ged", "ged191-syria-2016-2019.csv");
      const page = await importEventFile(opened(file, "ucdp-ged"), await shippedTarget());
      const into = copyOfShippedData();
      const cli = cliImport("ucdp-ged", file, into);
      if (!page.ok) throw new Error(JSON.stringify(page.problems.slice(0, 5)));
      expect(comparable(page.report)).toEqual(comparable(cli));
      expect(contentOf(page.dataset)).toEqual(contentOf(await loadDataset(into)));
    },
    300_000,
  );

  it("a broken file gives its problems with their lines and no dataset", async () => {
    const target = await shippedTarget();
    const header = ACLED_LAYOUT.required.join(",");
    const unclosed = await importEventFile(
      { file: "broken.csv", format: "acled", bytes: bytes(`${header}\n1,"open quote\n2,x\n`) },
      target,
    );
    expect(unclosed).toEqual({
      ok: false,
      problems: [
        {
          file: "broken.csv",
          place: null,
          message: "not a CSV file: a quoted field opened on line 2 is never closed",
        },
      ],
    });
    const noRows = await importEventFile(
      { file: "ged191-bad.csv", format: "ucdp-ged", bytes: bytes("id,date_start\n") },
      target,
    );
    expect(noRows.ok).toBe(false);
    if (!noRows.ok) expect(noRows.problems[0]).toMatchObject({ file: "ged191-bad.csv", place: "line 1" });
    const lines = readFileSync(join(FIXTURES, "ged191-fixture.csv"), "utf8").split("\n");
    const allBad = `${lines[0]}\n${lines[1]!.replace("2017-03-04,2017-03-04", "2017-13-04,2017-13-04")}\nx,1,2\n`;
    const rejected = await importEventFile(
      { file: "ged191-all-bad.csv", format: "ucdp-ged", bytes: bytes(allBad) },
      target,
    );
    expect(rejected.ok).toBe(false);
    if (!rejected.ok) {
      expect(rejected.problems.map((p) => p.place)).toEqual([null, "line 2", "line 3"]);
      expect(rejected.problems[2]!.message).toMatch(/3 field\(s\) where the header has/);
    }
  });

  it("a graph-data folder opened with an event file: the file is merged into that folder through the folder's own name table", async () => {
    const folder = copyOfShippedData();
    const files = [
      ...readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => {
          const path = join(e.parentPath, e.name);
          return { path: `graph-data/${relative(folder, path)}`, bytes: new Uint8Array(readFileSync(path)) };
        }),
      {
        path: "graph-data/ged191-fixture.csv",
        bytes: new Uint8Array(readFileSync(join(FIXTURES, "ged191-fixture.csv"))),
      },
    ];
    const read = readOpenedFiles(files);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.events).toMatchObject({ file: "graph-data/ged191-fixture.csv", format: "ucdp-ged" });
    expect(read.dataset?.names?.display).toBe("graph-data/event-data-names.json");
    const page = await importEventFile(read.events!, {
      dataset: read.dataset!.dataset,
      names: read.dataset!.names ?? null,
      name: read.dataset!.name,
    });
    const cli = cliImport("ucdp-ged", join(FIXTURES, "ged191-fixture.csv"), folder);
    if (!page.ok) throw new Error(JSON.stringify(page.problems));
    expect(comparable(page.report)).toEqual(comparable(cli));
    // Without the name table the government and the insurgents are not matched, so the report differs.
    const unnamed = await importEventFile(read.events!, {
      dataset: read.dataset!.dataset,
      names: null,
      name: "x",
    });
    if (!unnamed.ok) throw new Error(JSON.stringify(unnamed.problems));
    expect(unnamed.report.entities.created.length).toBeGreaterThan(cli.entities.created.length);
  });

  it("readOpenedFiles hands an event file on to be merged, with a dataset or draft opened beside it", () => {
    const acled = bytes(`${ACLED_LAYOUT.required.join(",")}\n`);
    const read = readOpenedFiles([{ path: "acled.csv", bytes: acled }]);
    expect(read).toMatchObject({
      ok: true,
      dataset: null,
      draft: null,
      events: { file: "acled.csv", format: "acled" },
    });
    const two = readOpenedFiles([
      { path: "a.csv", bytes: acled },
      { path: "b.csv", bytes: acled },
    ]);
    expect(two.ok).toBe(false);
    if (!two.ok) expect(two.problems[0]!.message).toMatch(/a second event file \(a\.csv is one\)/);
  });
});
