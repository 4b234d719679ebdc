import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import type { ImportReport } from "../../src/import/import-report.js";
import { NETWORKX_PYTHON } from "../helpers/python-with.js";
import { ROOT, runCli } from "../helpers/run-cli.js";
import {
  describeWith,
  GEXF_SCHEMA,
  itWith,
  materialFile,
  REFERENCE_DATA,
} from "../helpers/shared-material.js";
import { copyOfShippedData } from "./import-helpers.js";

/**
 * The founding day of every actor the shipped name table maps a dataset name to, by that name,
 * read from the graph-data files (not through the importer): rows naming one before it are left out.
 */
function foundedByName(): Record<string, string> {
  const data = join(ROOT, "graph-data");
  const founded = new Map<string, string>();
  for (const file of readdirSync(join(data, "entities"))) {
    const { entities } = JSON.parse(readFileSync(join(data, "entities", file), "utf8")) as {
      entities: { id: string; founded?: string }[];
    };
    for (const e of entities) if (e.founded) founded.set(e.id, e.founded);
  }
  const table = JSON.parse(readFileSync(join(data, "event-data-names.json"), "utf8")) as {
    actors: { entity: string; names: string[] }[];
  };
  const byName: Record<string, string> = {};
  for (const entry of table.actors) {
    const day = founded.get(entry.entity);
    if (day) for (const name of entry.names) byName[name] = day;
  }
  return byName;
}

/** Runs a Python script (independent of our importer) and parses the JSON it prints. */
function python<T>(script: string, args: readonly string[]): T {
  const all = [...args, JSON.stringify(foundedByName())];
  const run = spawnSync(NETWORKX_PYTHON, ["-c", script, ...all], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`python exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** Counts, straight from the GED CSV with Python's csv module, the actors facing or joining one actor. */
const GED_COUNTS = `
import csv, json, sys
path, mode, who, province, start, end, founded = sys.argv[1:8]
who = set(who.split("|"))
founded = json.loads(founded)
counts = {}
for r in csv.DictReader(open(path, encoding="utf-8")):
    sides = [[x.strip() for x in r[s].split(",") if x.strip()] for s in ("side_a", "side_b")]
    # A row naming an actor before it was founded is left out by the import (its reason counted apart).
    early = [x for x in sides[0] + sides[1] if x in founded and r["date_end"] < founded[x]]
    if mode == "early":
        for x in early[:1]: counts[x] = counts.get(x, 0) + 1
        continue
    if early: continue
    if province and r["adm_1"] != province: continue
    if start and not (r["date_start"] >= start and r["date_end"] <= end): continue
    if mode == "against":
        if r["type_of_violence"] not in ("1", "2"): continue
        for mine, other in ((sides[0], sides[1]), (sides[1], sides[0])):
            if who & set(mine):
                for x in set(other): counts[x] = counts.get(x, 0) + 1
    else:
        for side in (sides[0], sides[1] if r["type_of_violence"] != "3" else []):
            if who & set(side):
                for x in set(side) - who: counts[x] = counts.get(x, 0) + 1
print(json.dumps(counts))
`;

/** The entity each GED name in the answers denotes (graph-data/event-data-names.json, or the import's own id). */
/**
 * Tests that spawn the CLI several times on the imported folder (24,606 relations, 2,000 places):
 * each run loads the whole folder, so on a shared, loaded machine they outlast the default minute.
 */
const SPAWNS_TIMEOUT_MS = 300_000;

const GED_IDS: Readonly<Record<string, string>> = {
  SDF: "sdf",
  "Government of Syria": "syrian-government",
  "Syrian insurgents": "syrian-opposition",
  IS: "islamic-state",
  "Southern Front": "southern-front",
  "Ahrar al-Sham": "ahrar-al-sham",
  "Jaysh al-Islam": "jaysh-al-islam",
  "Aknaf Bait al-Maqdis": "aknaf-bait-al-maqdis",
  "Rahman Corps": "rahman-corps",
  FSA: "fsa",
  "Sons of Yarmouk Movement": "sons-of-yarmouk-movement",
  "Syrian Liberation Front": "syrian-liberation-front",
};

interface EventsAnswer {
  readonly counterparties: readonly { entity: string; events: number }[];
}

describeWith([REFERENCE_DATA])("import of the real UCDP GED Syria file and ACLED samples", () => {
  const gedFile = () => materialFile(REFERENCE_DATA, "ucdp-ged", "ged191-syria-2016-2019.csv");
  let dir: string;
  let report: ImportReport;
  beforeAll(() => {
    dir = copyOfShippedData();
    const run = runCli(["import", "ucdp-ged", gedFile(), "--into", dir, "--json"]);
    expect(run.status).toBe(0);
    report = JSON.parse(run.stdout) as ImportReport;
  }, 120_000);

  const answer = (args: readonly string[]) => {
    const run = runCli(["events", ...args, "--data", dir, "--json"]);
    expect(run.status, run.stderr).toBe(0);
    return Object.fromEntries(
      (JSON.parse(run.stdout) as EventsAnswer).counterparties.map((c) => [c.entity, c.events]),
    );
  };
  const expected = (counts: Record<string, number>) =>
    Object.fromEntries(Object.entries(counts).map(([name, n]) => [GED_IDS[name] ?? `unmapped:${name}`, n]));

  it("accounts for the 16,566 events (rows = kept + rejected), leaving out only rows that name an actor before it was founded, and the folder checks clean", () => {
    expect(report.rows).toBe(16_566);
    expect(report.kept + report.rejected.length).toBe(report.rows);
    const early = python<Record<string, number>>(GED_COUNTS, [gedFile(), "early", "", "", "", ""]);
    // GED names the Nusra line "HTS" in 2016 and the groups that later formed the NLF by its name.
    expect(early).toEqual({ HTS: 16, "National Front for Liberation": 5 });
    const byActor: Record<string, number> = {};
    for (const r of report.rejected) {
      const name = /^actor "([^"]+)" is .*, founded \S+, after this event/.exec(r.reason)?.[1] ?? r.reason;
      byActor[name] = (byActor[name] ?? 0) + 1;
    }
    expect(byActor).toEqual(early);
    const check = runCli(["check", dir]);
    expect(check.status, check.stderr).toBe(0);
  });

  it("re-importing the file changes nothing", () => {
    const again = runCli(["import", "ucdp-ged", gedFile(), "--into", dir, "--json", "--dry-run"]);
    const second = JSON.parse(again.stdout) as ImportReport;
    expect(second.relations).toMatchObject({ added: 0, replaced: 0, removed: 0 });
    expect(second.relations.unchanged).toBe(report.relations.added);
  });

  it("answers who fought the Islamic State in Raqqa province in June–August 2017, as the CSV counts it", () => {
    const fromCsv = python<Record<string, number>>(GED_COUNTS, [
      gedFile(),
      "against",
      "IS",
      "Ar Raqqah Governorate",
      "2017-06-01",
      "2017-08-31",
    ]);
    expect(Object.keys(fromCsv).length).toBeGreaterThan(0);
    const ours = answer([
      "Islamic State",
      "--kinds",
      "clashed-with",
      "--in",
      "Raqqa province",
      "--from",
      "2017-06",
      "--to",
      "2017-08",
    ]);
    expect(ours).toEqual(expected(fromCsv));
  });

  it("answers which groups fought alongside HTS, as the CSV counts it", () => {
    const fromCsv = python<Record<string, number>>(GED_COUNTS, [gedFile(), "alongside", "HTS", "", "", ""]);
    expect(answer(["HTS", "--kinds", "fought-alongside"])).toEqual(expected(fromCsv));
  });

  it("answers the Syrian government's most frequent adversaries in December 2016, as the CSV counts it", () => {
    const fromCsv = python<Record<string, number>>(GED_COUNTS, [
      gedFile(),
      "against",
      "Government of Syria",
      "",
      "2016-12-01",
      "2016-12-31",
    ]);
    const ours = answer([
      "Syrian government",
      "--kinds",
      "clashed-with",
      "--from",
      "2016-12",
      "--to",
      "2016-12",
    ]);
    expect(ours).toEqual(expected(fromCsv));
    const ranked = Object.entries(ours).sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe("syrian-opposition");
  });

  it(
    "answers the shipped questions as before the import",
    () => {
      const questions = [
        ["backers", "Syrian government", "--at", "2018-09"],
        ["backers", "SDF", "--at", "2024-12-01"],
        ["backed", "Turkey", "--at", "2024-11-28"],
        ["backers", "Hezbollah", "--at", "2024-11-28"],
        ["allies", "HTS", "--at", "2024-11-28"],
      ];
      for (const q of questions) {
        const shipped = runCli([...q, "--json"]);
        const imported = runCli([...q, "--json", "--data", dir]);
        expect(imported.status, `${q.join(" ")}: ${imported.stderr}`).toBe(shipped.status);
        expect(imported.stdout, q.join(" ")).toBe(shipped.stdout);
      }
    },
    SPAWNS_TIMEOUT_MS,
  );

  itWith([GEXF_SCHEMA])(
    "writes the imported graph as a dynamic GEXF that the RNG schema validates and networkx reads",
    () => {
      const out = join(dir, "..", "imported.gexf");
      const exported = runCli(["export", "gexf", "--data", dir, "--out", out]);
      expect(exported.status, exported.stderr).toBe(0);
      const lint = spawnSync(
        "xmllint",
        ["--noout", "--relaxng", materialFile(GEXF_SCHEMA, "gexf.rng"), out],
        {
          encoding: "utf8",
        },
      );
      expect(lint.status, lint.stderr.slice(0, 2000)).toBe(0);
      const read = python<{ nodes: number; edges: number; mode: string }>(
        `import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "mode": g.graph.get("mode", "")}))`,
        [out],
      );
      expect(read.mode).toBe("dynamic");
      expect(read.nodes).toBeGreaterThan(2000);
      expect(read.edges).toBeGreaterThan(1000);
    },
    SPAWNS_TIMEOUT_MS,
  );

  it(
    "imports the ACLED 2020 sample on top, every row kept or rejected with its reason",
    () => {
      const file = materialFile(REFERENCE_DATA, "acled", "syria-2020-04-27_05-09.csv");
      const run = runCli(["import", "acled", file, "--into", dir, "--json"]);
      expect(run.status, run.stderr).toBe(0);
      const acled = JSON.parse(run.stdout) as ImportReport;
      expect(acled.rows).toBe(313);
      expect(acled.kept + acled.rejected.length).toBe(313);
      expect(acled.kept).toBeGreaterThan(200);
      for (const r of acled.rejected) expect(run.stderr).toContain(`${file}:${r.line}: ${r.reason}`);
      expect(runCli(["check", dir]).status).toBe(0);
    },
    SPAWNS_TIMEOUT_MS,
  );

  it("refuses the reduced ACLED export, naming the columns it lacks, and writes nothing", () => {
    const file = materialFile(REFERENCE_DATA, "acled", "syria-2022-01_02-reduced-columns.csv");
    const run = runCli(["import", "acled", file, "--into", dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("missing column(s) event_id_cnty, time_precision, admin1, geo_precision");
  });
});
