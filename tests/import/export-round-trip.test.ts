import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load-graph-data.js";
import { wholeDataset } from "../../src/formats/export-selection.js";
import { EXPORT_FORMATS } from "../../src/formats/format-names.js";
import { formatRejection } from "../../src/formats/import-result.js";
import { importEvents } from "../../src/import/import-events.js";
import type { Dataset } from "../../src/model/core.js";
import { canonical, expectedAfter, exportTexts, importTexts } from "../formats/helpers/round-trip.js";
import { copyOfShippedData, FIXTURES } from "./import-helpers.js";

/** The shipped data with the GED and current-layout ACLED fixtures imported into it. */
async function importedFixtures(dir: string): Promise<Dataset> {
  for (const [format, file] of [
    ["ucdp-ged", "ged191-fixture.csv"],
    ["acled", "acled-current-fixture.csv"],
  ] as const) {
    const path = join(FIXTURES, file);
    const report = await importEvents({
      format,
      file: path,
      fileDisplay: file,
      into: dir,
      intoDisplay: dir,
      dryRun: false,
      strict: false,
    });
    expect(report.written, file).toBe(true);
  }
  return loadDataset(dir, { corpusDir: null });
}

describe("an imported folder through every export format and back", () => {
  let dir = "";
  let dataset: Dataset;
  beforeAll(async () => {
    dir = copyOfShippedData();
    dataset = await importedFixtures(dir);
  });
  afterAll(() => rmSync(resolve(dir, ".."), { recursive: true, force: true }));

  it("holds event details, event ids and dataset sources to lose (the test's premise)", () => {
    const events = dataset.relations.filter((r) => r.event !== undefined);
    expect(events.length).toBeGreaterThan(10);
    expect(events.some((r) => r.event?.period !== undefined && r.event.deaths?.high !== undefined)).toBe(
      true,
    );
    expect(events.every((r) => r.evidence[0]?.record !== undefined)).toBe(true);
    const datasets = dataset.sources.filter((s) => s.kind === "dataset");
    expect(datasets.map((s) => s.id).sort()).toEqual(["acled-2023-03-07", "ucdp-ged-19-1"]);
  });

  it.each(EXPORT_FORMATS)(
    "round-trips through %s with every event's place, deaths, period and precision, its event id and the datasets' citation, version and licence",
    (format) => {
      const outcome = importTexts(format, exportTexts(format, wholeDataset(dataset)));
      expect(outcome.rejections.map(formatRejection)).toEqual([]);
      expect(canonical(outcome.dataset!)).toEqual(canonical(expectedAfter(format, dataset)));
      const back = new Map(outcome.dataset!.relations.map((r) => [r.id, r]));
      const ged = dataset.relations.find((r) => r.id === "ucdp-ged-900002")!;
      expect(back.get(ged.id)!.event).toEqual(ged.event);
      expect(back.get(ged.id)!.event!.period).toEqual({ start: "2017-03-06", end: "2017-03-09" });
      expect(back.get(ged.id)!.evidence[0]!.record).toBe("900002");
      const source = outcome.dataset!.sources.find((s) => s.id === "ucdp-ged-19-1")!;
      expect(source.version).toBe("19.1");
      expect(source.citation).toContain("Sundberg");
      expect(source.licence).toBeDefined();
    },
  );
});
