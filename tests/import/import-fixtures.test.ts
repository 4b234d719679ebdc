import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGraphData } from "../../src/data/load-graph-data.js";
import type { ImportEventsOptions } from "../../src/import/import-events.js";
import { importEvents, ImportEventsError } from "../../src/import/import-events.js";
import type { ImportReport } from "../../src/import/import-report.js";
import { runCli } from "../helpers/run-cli.js";
import {
  copyOfShippedData,
  datasetRelations,
  entitiesOf,
  FIXTURES,
  folderSnapshot,
} from "./import-helpers.js";

const GED = join(FIXTURES, "ged191-fixture.csv");
const ACLED_2020 = join(FIXTURES, "acled-2020-fixture.csv");
const ACLED_CURRENT = join(FIXTURES, "acled-current-fixture.csv");

function options(
  format: ImportEventsOptions["format"],
  file: string,
  into: string,
  more: Partial<ImportEventsOptions> = {},
) {
  return { format, file, fileDisplay: file, into, intoDisplay: into, dryRun: false, strict: false, ...more };
}

function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "faultline-import-file-")), name);
  writeFileSync(path, content);
  return path;
}

async function expectValid(dir: string): Promise<void> {
  const loaded = await loadGraphData(dir, { corpusDir: null });
  expect(loaded.problems).toEqual([]);
}

describe("import ucdp-ged: the invented GED fixture", () => {
  let dir: string;
  let report: ImportReport;
  beforeAll(async () => {
    dir = copyOfShippedData();
    report = await importEvents(options("ucdp-ged", GED, dir));
  });

  it("accounts for every row: rows = kept + rejected, each rejection with its line and reason", () => {
    expect(report.rows).toBe(14);
    expect(report.kept).toBe(6);
    expect(report.rows).toBe(report.kept + report.rejected.length);
    expect(report.rejected).toEqual([
      { line: 9, reason: "no actor on side_a" },
      {
        line: 10,
        reason: 'date_start: impossible date "2017-02-30"; date_end: impossible date "2017-02-30"',
      },
      { line: 11, reason: 'latitude "north" is not a number within ±90' },
      { line: 12, reason: 'unknown type_of_violence "4" (1, 2 or 3)' },
      { line: 13, reason: "7 field(s) where the header has 19" },
      { line: 14, reason: "event id 900001 already on line 2" },
      { line: 15, reason: "date_end is before date_start" },
      { line: 16, reason: 'best "many" is not a death count' },
    ]);
    expect(report.version).toBe("19.1");
    expect(report.source).toBe("ucdp-ged-19-1");
    expect(report.written).toBe(true);
  });

  it("leaves a folder that validates, with the dataset as a source of kind dataset", async () => {
    await expectValid(dir);
    const sources = JSON.parse(readFileSync(join(dir, "sources.json"), "utf8")) as {
      sources: { id: string; kind: string; citation?: string; version?: string; licence?: string }[];
    };
    const ged = sources.sources.find((s) => s.id === "ucdp-ged-19-1");
    expect(ged?.kind).toBe("dataset");
    expect(ged?.version).toBe("19.1");
    expect(ged?.citation).toMatch(/Sundberg.*Melander.*2013/);
    expect(ged?.licence).toBeTruthy();
  });

  it("dates each event at the precision the dataset states", () => {
    const r = datasetRelations(dir, "ucdp-ged");
    expect(r.get("ucdp-ged-900001")?.date).toBe("2017-03-04");
    expect(r.get("ucdp-ged-900001")?.event?.period).toBeUndefined();
    expect(r.get("ucdp-ged-900002")?.date).toBe("2017-03");
    expect(r.get("ucdp-ged-900002")?.event?.period).toEqual({ start: "2017-03-06", end: "2017-03-09" });
    expect(r.get("ucdp-ged-900002")?.event?.datePrecision).toBe(2);
    expect(r.get("ucdp-ged-900003")?.date).toBe("2017");
    expect(r.get("ucdp-ged-900003")?.event?.datePrecision).toBe(4);
    expect(r.get("ucdp-ged-900004")?.date).toBe("2016-12-30~");
    expect(r.get("ucdp-ged-900004")?.event?.period).toEqual({ start: "2016-12-30", end: "2017-01-02" });
    expect(r.get("ucdp-ged-900006")?.date).toBe("2018-08");
    expect(r.get("ucdp-ged-900006")?.event?.datePrecision).toBe(3);
  });

  it("makes one clash per pair of opposing actors and fought-alongside between co-belligerents", () => {
    const r = datasetRelations(dir, "ucdp-ged");
    const of = (id: string) => {
      const x = r.get(id);
      return x ? [x.kind, x.source, x.target] : undefined;
    };
    expect(of("ucdp-ged-900001")).toEqual(["clashed-with", "syrian-government", "syrian-opposition"]);
    expect(of("ucdp-ged-900002")).toEqual(["clashed-with", "ahrar-al-sham", "islamic-state"]);
    expect(of("ucdp-ged-900002-a2-b1")).toEqual(["clashed-with", "hts", "islamic-state"]);
    expect(of("ucdp-ged-900002-a3-b1")).toEqual(["clashed-with", "southern-front", "islamic-state"]);
    expect(of("ucdp-ged-900002-a1-a2")).toEqual(["fought-alongside", "ahrar-al-sham", "hts"]);
    expect(of("ucdp-ged-900002-a1-a3")).toEqual(["fought-alongside", "ahrar-al-sham", "southern-front"]);
    expect(of("ucdp-ged-900002-a2-a3")).toEqual(["fought-alongside", "hts", "southern-front"]);
    expect(r.get("ucdp-ged-900002-a1-a2")?.date).toBe("2017-03");
    expect(r.size).toBe(13);
  });

  it("names co-belligerents after the allies of a date, apart from them, counted as events counts them", () => {
    // Event 900002 happened some day from 2017-03-06 to 2017-03-09, HTS beside Ahrar al-Sham and the Southern Front.
    const month = runCli(["allies", "HTS", "--at", "2017-03", "--data", dir]);
    expect(month.status).toBe(0);
    const said = month.stdout.slice(month.stdout.indexOf("Fought alongside"));
    expect(said.split("\n").slice(0, 3)).toEqual([
      "Fought alongside Hayat Tahrir al-Sham in dataset events within 2017-03 (co-belligerents on those days, not an alliance a source asserts):",
      "  Ahrar al-Sham (ahrar-al-sham): 1 event",
      "  Southern Front (southern-front): 1 event",
    ]);
    // The allies table above it holds alliances only: neither co-belligerent is listed as an ally.
    expect(month.stdout.slice(0, month.stdout.indexOf("Fought alongside"))).not.toMatch(
      /ahrar-al-sham|southern-front/,
    );
    const events = runCli([
      "events",
      "HTS",
      "--kinds",
      "fought-alongside",
      "--from",
      "2017-03",
      "--to",
      "2017-03",
      "--data",
      dir,
    ]);
    expect(events.stdout).toMatch(/Ahrar al-Sham \(ahrar-al-sham\)\s+1\s/);
    // On one day of the range the event may not have happened: not counted, as events does not.
    expect(runCli(["allies", "HTS", "--at", "2017-03-07", "--data", dir]).stdout).not.toContain(
      "Fought alongside",
    );
    // --json keeps its shape: the allies only.
    expect(runCli(["allies", "HTS", "--at", "2017-03", "--json", "--data", dir]).stdout).not.toContain(
      "Fought alongside",
    );
  });

  it("keeps one-sided violence as violence against civilians at the place, never a fight", () => {
    const r = datasetRelations(dir, "ucdp-ged").get("ucdp-ged-900003");
    expect([r?.kind, r?.source, r?.target]).toEqual(["targeted-civilians", "islamic-state", "fixture-hill"]);
    expect(r?.event?.deaths).toEqual({ best: 12, low: 10, high: 15 });
  });

  it("points each piece of evidence at the dataset release and the event id, naming the original source", () => {
    const r = datasetRelations(dir, "ucdp-ged").get("ucdp-ged-900001");
    expect(r?.evidence).toHaveLength(1);
    expect(r?.evidence[0]?.source).toBe("ucdp-ged-19-1");
    expect(r?.evidence[0]?.record).toBe("900001");
    expect(r?.evidence[0]?.note).toContain("Fixture Monitor");
    expect(r?.evidence[0]?.note).toContain("Invented headline, with a comma");
  });

  it("creates places with coordinates and province, one per name and nearness, homonyms apart", () => {
    const places = entitiesOf(dir, "entities/event-places.json");
    const kafr = places.filter((p) => p.id.startsWith("kafr-testa"));
    expect(kafr.map((p) => [p.id, p.label])).toEqual([
      ["kafr-testa", "Kafr Testa"],
      ["kafr-testa-2", "Kafr Testa (Aleppo province)"],
    ]);
    expect(kafr[0]?.place).toEqual({ placeKind: "village", lat: 35.6, lon: 36.6, approximate: false });
    const r = datasetRelations(dir, "ucdp-ged");
    expect(r.get("ucdp-ged-900002")?.event?.place).toBe("kafr-testa");
    expect(r.get("ucdp-ged-900005")?.event?.place).toBe("kafr-testa-2");
    expect(r.get("ucdp-ged-900004")?.event?.place).toBe("raqqa-province");
    expect(r.get("ucdp-ged-900003")?.event?.placePrecision).toBe(2);
    const located = JSON.parse(readFileSync(join(dir, "relations/event-places.json"), "utf8")) as {
      relations: { source: string; target: string }[];
    };
    expect(located.relations.map((x) => [x.source, x.target])).toContainEqual([
      "kafr-testa",
      "idlib-province",
    ]);
    expect(located.relations.map((x) => [x.source, x.target])).toContainEqual([
      "kafr-testa-2",
      "aleppo-province",
    ]);
    const raqqa = places.find((p) => p.id === "raqqa-province");
    expect(raqqa?.label).toBe("Raqqa province");
    expect(report.places.provincesCreated).toEqual(["raqqa-province"]);
  });

  it("reconciles actors through the name table and lists the ones it created for review", () => {
    const names = Object.fromEntries(report.entities.names.map((n) => [n.name, n.entity]));
    expect(names).toMatchObject({
      "Government of Syria": "syrian-government",
      IS: "islamic-state",
      HTS: "hts",
      SDF: "sdf",
      "Government of Turkey": "turkey",
      "Syrian insurgents": "syrian-opposition",
    });
    expect(report.entities.created.map((c) => [c.id, c.kind])).toEqual([
      ["ahrar-al-sham", "armed-group"],
      ["southern-front", "armed-group"],
      ["fixture-brigade", "armed-group"],
      ["jaysh-testa", "armed-group"],
    ]);
    expect(entitiesOf(dir, "entities/event-actors.json").map((e) => e.id)).toEqual([
      "ahrar-al-sham",
      "southern-front",
      "fixture-brigade",
      "jaysh-testa",
    ]);
  });

  it("re-importing the same file changes nothing, byte for byte", async () => {
    const before = folderSnapshot(dir);
    const again = await importEvents(options("ucdp-ged", GED, dir));
    expect(again.relations).toEqual({ added: 0, replaced: 0, unchanged: 13, removed: 0 });
    expect(again.entities.created).toEqual([]);
    expect(folderSnapshot(dir)).toEqual(before);
  });

  it("a newer release replaces the events it carries and keeps the others", async () => {
    const newer = tempFile(
      "ged201-fixture.csv",
      readFileSync(GED, "utf8")
        .replace("35.6000,36.6000,3,2,5,Fixture Monitor", "35.6000,36.6000,6,2,8,Fixture Monitor")
        .replace(/^x,900002,.*\n/m, ""),
    );
    const next = await importEvents(options("ucdp-ged", newer, dir));
    expect(next.version).toBe("20.1");
    expect(next.relations.replaced).toBe(7);
    expect(next.relations.added).toBe(0);
    const r = datasetRelations(dir, "ucdp-ged");
    expect(r.get("ucdp-ged-900001")?.event?.deaths).toEqual({ best: 6, low: 2, high: 8 });
    expect(r.get("ucdp-ged-900001")?.evidence[0]?.source).toBe("ucdp-ged-20-1");
    expect(r.get("ucdp-ged-900002")?.evidence[0]?.source).toBe("ucdp-ged-19-1");
    await expectValid(dir);
  });
});

describe("import acled: both export layouts", () => {
  it("reads the 2020 layout (9-May-20 dates), with associated actors as co-belligerents and a --map pin", async () => {
    const dir = copyOfShippedData();
    const report = await importEvents(
      options("acled", ACLED_2020, dir, { mapFile: join(FIXTURES, "name-map-fixture.json") }),
    );
    expect([report.rows, report.kept]).toEqual([7, 3]);
    expect(report.rejected).toEqual([
      {
        line: 5,
        reason:
          "actor1 is protesters, not an armed actor; peaceful protest: not imported, protests and riots are not armed relations between actors",
      },
      { line: 6, reason: 'unknown category "Battles / Sudden invasion"' },
      { line: 7, reason: 'inter1 "9" is not an actor type 1–8' },
      { line: 8, reason: 'event_date: impossible date "31-Feb-20"' },
    ]);
    expect(report.version).toBe("2020-05-12");
    const r = datasetRelations(dir, "acled");
    const of = (id: string) => [r.get(id)?.kind, r.get(id)?.source, r.get(id)?.target, r.get(id)?.date];
    expect(of("acled-syrt001")).toEqual(["clashed-with", "syrian-government", "hts", "2020-05-09"]);
    expect(of("acled-syrt001-a1-a2")).toEqual([
      "fought-alongside",
      "syrian-government",
      "pro-government-militias",
      "2020-05-09",
    ]);
    expect(r.get("acled-syrt001-a1-a3")).toBeUndefined();
    expect(of("acled-syrt001-b1-b2")).toEqual([
      "fought-alongside",
      "hts",
      "fixture-rebel-group",
      "2020-05-09",
    ]);
    expect(of("acled-syrt002")).toEqual(["attacked", "russia", "testa-crossroads", "2020-05-10~"]);
    expect(of("acled-syrt003")).toEqual(["targeted-civilians", "islamic-state", "fixture-oasis", "2020-05"]);
    expect(r.get("acled-syrt001")?.event?.deaths).toEqual({ best: 5 });
    expect(r.get("acled-syrt001")?.evidence[0]).toMatchObject({
      source: "acled-2020-05-12",
      record: "SYRT001",
    });
    expect(r.get("acled-syrt003")?.event?.datePrecision).toBe(3);
    expect(r.get("acled-syrt002")?.event?.place).toBe("testa-crossroads");
    await expectValid(dir);
  });

  it("reads upper-case headers of the same layout", async () => {
    const [header, ...rest] = readFileSync(ACLED_2020, "utf8").split("\n");
    const upper = tempFile("acled-upper.csv", [header!.toUpperCase(), ...rest].join("\n"));
    const report = await importEvents(options("acled", upper, copyOfShippedData(), { dryRun: true }));
    expect([report.rows, report.kept, report.written]).toEqual([7, 3, false]);
  });

  it("reads the current layout (YYYY-MM-DD, extra columns ignored): captures, agreements, attacks", async () => {
    const dir = copyOfShippedData();
    const report = await importEvents(options("acled", ACLED_CURRENT, dir));
    expect([report.rows, report.kept, report.rejected]).toEqual([3, 3, []]);
    const r = datasetRelations(dir, "acled");
    const of = (id: string) => [r.get(id)?.kind, r.get(id)?.source, r.get(id)?.target, r.get(id)?.date];
    expect(of("acled-syrt101")).toEqual(["captured", "syrian-government", "fixture-dunes", "2023-03-01"]);
    expect(of("acled-syrt102")).toEqual(["negotiated-with", "turkey", "russia", "2023-03-02"]);
    expect(of("acled-syrt103")).toEqual(["attacked", "turkey", "sdf", "2023-03-03"]);
    expect(of("acled-syrt103-a1-a2")).toEqual(["fought-alongside", "turkey", "sna", "2023-03-03"]);
    await expectValid(dir);
  });
});

describe("import: what is refused, and what is written when", () => {
  const cases: [ImportEventsOptions["format"], string, string | Buffer, RegExp][] = [
    ["acled", "empty.csv", "", /the file is empty/],
    ["acled", "binary.csv", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), /binary data/],
    [
      "ucdp-ged",
      "header-only.csv",
      `${readFileSync(GED, "utf8").split("\n")[0]}\n`,
      /a header and no event rows/,
    ],
    [
      "acled",
      "ged-columns.csv",
      readFileSync(GED, "utf8"),
      /not an ACLED export: missing column\(s\) event_id_cnty, event_date/,
    ],
  ];
  for (const [format, name, content, message] of cases) {
    it(`${format} ${name}: one clear error, nothing written`, async () => {
      const dir = copyOfShippedData();
      const before = folderSnapshot(dir);
      const file = tempFile(name, content);
      const error = await importEvents(options(format, file, dir)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportEventsError);
      expect((error as Error).message).toMatch(message);
      expect(folderSnapshot(dir)).toEqual(before);
    });
  }

  it("a GED file whose name does not tell the release needs --release", async () => {
    const file = tempFile("events.csv", readFileSync(GED, "utf8"));
    const error = await importEvents(options("ucdp-ged", file, copyOfShippedData())).catch((e: unknown) => e);
    expect((error as Error).message).toContain("give it with --release 19.1");
    const report = await importEvents(
      options("ucdp-ged", file, copyOfShippedData(), { release: "19.1", dryRun: true }),
    );
    expect([report.source, report.kept]).toEqual(["ucdp-ged-19-1", 6]);
  });

  it("a missing required column is named, with every other one missing", async () => {
    const lines = readFileSync(ACLED_2020, "utf8").split("\n");
    const header = lines[0]!.replace("event_id_cnty", "event_code").replace("geo_precision", "precision_geo");
    const file = tempFile("acled-renamed.csv", [header, ...lines.slice(1)].join("\n"));
    const error = await importEvents(options("acled", file, copyOfShippedData())).catch((e: unknown) => e);
    expect((error as Error).message).toContain("missing column(s) event_id_cnty, geo_precision");
  });

  it("--strict writes nothing when a row is rejected, and exits 2", () => {
    const dir = copyOfShippedData();
    const before = folderSnapshot(dir);
    const run = runCli(["import", "ucdp-ged", GED, "--into", dir, "--strict", "--json"]);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as ImportReport;
    expect([report.rows, report.kept, report.rejected.length, report.written]).toEqual([14, 6, 8, false]);
    expect(run.stderr).toContain(`${GED}:9: no actor on side_a`);
    expect(folderSnapshot(dir)).toEqual(before);
  });

  it("--strict writes a file whose every row is good; --dry-run never writes", () => {
    const dir = copyOfShippedData();
    const before = folderSnapshot(dir);
    const dry = runCli(["import", "acled", ACLED_CURRENT, "--into", dir, "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain("3 rows = 3 kept + 0 rejected");
    expect(dry.stdout).toContain("nothing written");
    expect(folderSnapshot(dir)).toEqual(before);
    const strict = runCli(["import", "acled", ACLED_CURRENT, "--into", dir, "--strict"]);
    expect(strict.status).toBe(0);
    expect(existsSync(join(dir, "relations", "acled-2023-03.json"))).toBe(true);
  });

  it("the CLI reports the shape of the issue in --json", () => {
    const dir = copyOfShippedData();
    const run = runCli(["import", "acled", ACLED_CURRENT, "--into", dir, "--json"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        "format",
        "file",
        "rows",
        "kept",
        "rejected",
        "entities",
        "places",
        "relations",
      ]),
    );
    expect(report.relations).toMatchObject({ added: 4, replaced: 0, unchanged: 0 });
    expect(report.entities).toMatchObject({ matched: 6, created: [] });
  });

  it("a file that is not the format is exit 2 with the error on stderr, and a missing --into is named", () => {
    const dir = copyOfShippedData();
    const wrong = runCli(["import", "ucdp-ged", ACLED_CURRENT, "--into", dir]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("not a UCDP GED file: missing column(s) id, type_of_violence");
    const noInto = runCli(["import", "acled", ACLED_CURRENT]);
    expect(noInto.status).toBe(2);
    expect(noInto.stderr).toContain("--into DIR");
  });

  it("an invalid target folder is refused with its problems, and left as it was", async () => {
    const dir = copyOfShippedData();
    const before = folderSnapshot(dir);
    copyFileSync(GED, join(dir, "..", "ged191-copy.csv"));
    writeFileSync(join(dir, "sources.json"), readFileSync(join(dir, "sources.json"), "utf8"));
    const invalid = JSON.parse(readFileSync(join(dir, "sources.json"), "utf8")) as { sources: unknown[] };
    writeFileSync(
      join(dir, "sources.json"),
      JSON.stringify({ sources: [...invalid.sources, { id: "Bad Id" }] }),
    );
    const error = await importEvents(options("ucdp-ged", join(dir, "..", "ged191-copy.csv"), dir)).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toContain("is not a valid graph-data folder");
    expect(folderSnapshot(dir).get("/entities/states.json")).toEqual(before.get("/entities/states.json"));
  });
});

describe("events: counterparties in the imported events", () => {
  let dir: string;
  beforeAll(async () => {
    dir = copyOfShippedData();
    await importEvents(options("ucdp-ged", GED, dir));
  });
  const counts = (args: readonly string[]) => {
    const run = runCli(["events", ...args, "--data", dir, "--json"]);
    expect(run.status, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as {
      counterparties: { entity: string; events: number; deaths: number }[];
    };
    return Object.fromEntries(answer.counterparties.map((c) => [c.entity, [c.events, c.deaths]]));
  };

  it("counts each counterparty's events and deaths, by kind, place and window", () => {
    expect(counts(["Islamic State", "--kinds", "clashed-with"])).toEqual({
      "ahrar-al-sham": [1, 7],
      hts: [1, 7],
      "southern-front": [1, 7],
      "syrian-government": [1, 0],
    });
    expect(counts(["Islamic State", "--kinds", "clashed-with", "--in", "Raqqa province"])).toEqual({
      "syrian-government": [1, 0],
    });
    // The 30 December – 2 January event does not lie wholly inside 2017.
    expect(counts(["Islamic State", "--from", "2017-01", "--to", "2017-12"])).toEqual({
      "ahrar-al-sham": [1, 7],
      hts: [1, 7],
      "southern-front": [1, 7],
    });
    expect(counts(["HTS", "--kinds", "fought-alongside"])).toEqual({
      "ahrar-al-sham": [1, 7],
      "southern-front": [1, 7],
    });
  });
});
