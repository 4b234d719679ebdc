import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatFixtureContent, writeFormatFixture } from "../formats/helpers/format-fixture.js";
import { runCli } from "../helpers/run-cli.js";

const data = writeFormatFixture();
const golden = (dir: string, file: string) =>
  readFileSync(join(import.meta.dirname, "..", "formats", "golden", dir, file), "utf8");
const tmp = () => mkdtempSync(join(tmpdir(), "faultline-export-cli-"));

describe("faultline export", () => {
  it("writes the dynamic GEXF to stdout, byte for byte the golden file, with a summary and notes on stderr", () => {
    const run = runCli(["export", "gexf", "--data", data]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(golden("gexf-dynamic", "faultline.gexf"));
    expect(run.stderr).toContain(
      "Exported GEXF 1.3 (dynamic), 9 entities, 11 edges standing for 15 relations, 4 sources; 17 distinct dates from 2011-01-01 to 2024-12-01",
    );
    expect(run.stderr).toContain("note: 27 character(s) XML cannot carry were replaced by U+FFFD");
  });

  it("writes a static snapshot with --at to --out, and prints what it wrote", () => {
    const out = join(tmp(), "snapshot.gexf");
    const run = runCli(["export", "gexf", "--at", "2019-05", "--out", out, "--data", data]);
    expect(run.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(golden("gexf-snapshot-2019-05", "faultline.gexf"));
    expect(run.stdout).toMatch(
      /^Wrote GEXF 1\.3 \(static\), on 2019-05, 9 entities, 6 edges standing for 6 relations, 4 sources\n {2}.*snapshot\.gexf \([\d,]+ bytes\)\n$/,
    );
    expect(readdirSync(join(out, ".."))).toEqual(["snapshot.gexf"]);
  });

  it("writes sources.csv, entities.csv and relations.csv into --out DIR", () => {
    const dir = join(tmp(), "csv");
    const run = runCli(["export", "csv", "--out", dir, "--data", data]);
    expect(run.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["entities.csv", "relations.csv", "sources.csv"]);
    for (const file of readdirSync(dir))
      expect(readFileSync(join(dir, file), "utf8")).toBe(golden("csv-all", file));
    expect(run.stdout).toContain("Wrote CSV, 9 entities, 15 relations, 4 sources");
  });

  it("writes GraphML and JSON that match the goldens, the same bytes on every run", () => {
    const graphml = runCli(["export", "graphml", "--data", data]);
    expect(graphml.stdout).toBe(golden("graphml-all", "faultline.graphml"));
    expect(runCli(["export", "graphml", "--data", data]).stdout).toBe(graphml.stdout);
    const json = runCli(["export", "json", "--at", "2018-09-07", "--window", "3", "--data", data]);
    expect(json.stdout).toBe(golden("json-snapshot-2018-09-07-window-3", "faultline.json"));
  });

  it("prints a JSON summary with --json and --out", () => {
    const out = join(tmp(), "graph.json");
    const run = runCli(["export", "json", "--out", out, "--json", "--data", data]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      format: "json",
      at: null,
      files: [{ path: out }],
      sources: 4,
      entities: 9,
      relations: 15,
      replacedCharacters: 0,
    });
  });

  it("warns when the data has fewer than two distinct dates, so Gephi's timeline would stay off", () => {
    const content = formatFixtureContent();
    content.relations = content.relations.filter((r) => r.kind === "located-in");
    const run = runCli(["export", "gexf", "--data", writeFormatFixture(content)]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      "note: the file has fewer than two distinct dates, so Gephi's timeline stays off",
    );
  });

  it("exits 2 on bad input, naming what is wrong, and writes nothing", () => {
    const dir = tmp();
    const cases: [string[], string][] = [
      [["export", "xml"], 'unknown format "xml": choose one of gexf, graphml, csv, json'],
      [["export", "csv"], "give --out DIR"],
      [["export", "gexf", "--at", "2019-02-30", "--out", join(dir, "x.gexf")], "2019-02 does not have"],
      [["export", "gexf", "--window", "3"], "--window needs --at"],
      [
        ["export", "gexf", "--at", "2019", "--window", "2.5"],
        `--window: "2.5" is not a whole number of days`,
      ],
      [["export", "gexf", "--json"], "--json needs --out"],
      [["export", "gexf", "--out", dir], "is a folder, expected a file path"],
    ];
    for (const [args, message] of cases) {
      const run = runCli([...args, "--data", data]);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain(message);
      expect(run.stdout, args.join(" ")).toBe("");
    }
    expect(readdirSync(dir)).toEqual([]);
    const invalid = runCli(["export", "gexf", "--data", join(dir, "nowhere")]);
    expect(invalid.status).toBe(2);
  });
});
