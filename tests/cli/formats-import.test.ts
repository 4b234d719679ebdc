import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load-graph-data.js";
import type { ExportFormat } from "../../src/formats/format-names.js";
import { EXPORT_FORMATS } from "../../src/formats/format-names.js";
import { formatFixture, writeFormatFixture } from "../formats/helpers/format-fixture.js";
import { canonical, expectedAfter } from "../formats/helpers/round-trip.js";
import { runCli } from "../helpers/run-cli.js";

const data = writeFormatFixture();
const fixture = formatFixture();
const tmp = () => mkdtempSync(join(tmpdir(), "faultline-import-cli-"));

/** Exports the fixture in a format into a fresh folder; returns the path import takes. */
function exported(format: ExportFormat, extra: string[] = []): string {
  const dir = tmp();
  const out = format === "csv" ? join(dir, "csv") : join(dir, `faultline.${format}`);
  const run = runCli(["export", format, "--out", out, "--data", data, ...extra]);
  if (run.status !== 0) throw new Error(run.stderr);
  return out;
}

describe("faultline import", () => {
  it.each(EXPORT_FORMATS)(
    "reads %s back into a graph-data folder that holds the same dataset",
    async (format) => {
      const out = join(tmp(), "imported");
      const run = runCli(["import", format, exported(format), "--out", out]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(
        /^Imported 4 sources, 9 entities and 12 relations from .* \(\d+ rows\/elements read, none rejected\)\ninto .*imported: sources\.json, 6 entities\/\*\.json, 8 relations\/\*\.json, schema\/\n$/,
      );
      const back = await loadDataset(out, { corpusDir: null });
      expect(canonical(back)).toEqual(canonical(expectedAfter(format, fixture)));
      expect(runCli(["check", out]).status).toBe(0);
      expect(JSON.parse(readFileSync(join(out, "relations", "backs.json"), "utf8"))).toMatchObject({
        $schema: "../schema/relations.schema.json",
        relations: [
          { id: "patron-backs-gov" },
          { id: "patron-backs-gov-early", start: "2011", end: "2012-06" },
        ],
      });
      expect(existsSync(join(out, "schema", "relations.schema.json"))).toBe(true);
    },
  );

  it("reads a snapshot export back as the dataset of that date", async () => {
    const out = join(tmp(), "snapshot");
    const run = runCli(["import", "gexf", exported("gexf", ["--at", "2019-05"]), "--out", out, "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, sources: 4, entities: 9, relations: 6 });
    const back = await loadDataset(out, { corpusDir: null });
    // The controls two captures started hold on that date; without their captures they are entered.
    expect(back.relations.map((r) => r.id).sort()).toEqual([
      "envoy-represents-un",
      "patron-backs-gov",
      "rebels-allied-ally",
      "rebels-captured-idlib-control",
      "rebels-captured-town-2016-control",
      "town-in-province",
    ]);
  });

  it("reports every rejected row with its file, line and reason, exits 2 and writes nothing", () => {
    const csv = exported("csv");
    const entities = readFileSync(join(csv, "entities.csv"), "utf8");
    writeFileSync(
      join(csv, "entities.csv"),
      entities.replace(",35.93,", ",north,").replace("Patron State,state", "Patron State,empire"),
    );
    const out = join(tmp(), "never");
    const run = runCli(["import", "csv", csv, "--out", out]);
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toContainEqual(
      expect.stringMatching(/entities\.csv:\d+: "idlib": lat: "north" is not a number$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/entities\.csv:\d+: entity "patron": kind: /));
    expect(lines.at(-1)).toMatch(
      /^28 row\(s\)\/element\(s\) read from .*; \d+ problem\(s\); nothing written to .*never\.$/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses to overwrite a folder that holds files unless --force, which replaces only a graph-data folder", async () => {
    const out = tmp();
    mkdirSync(join(out, "old"));
    writeFileSync(join(out, "old", "keep.txt"), "x");
    const gexf = exported("gexf");
    const refused = runCli(["import", "gexf", gexf, "--out", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("already holds files: choose another --out or pass --force");
    expect(existsSync(join(out, "old", "keep.txt"))).toBe(true);
    // --force never deletes a folder that is not graph-data.
    expect(runCli(["import", "gexf", gexf, "--out", out, "--force"]).status).toBe(2);
    expect(existsSync(join(out, "old", "keep.txt"))).toBe(true);
    const graphData = join(tmp(), "graph-data");
    expect(runCli(["import", "gexf", gexf, "--out", graphData]).status).toBe(0);
    writeFileSync(join(graphData, "relations", "stale.json"), '{"relations": []}');
    expect(runCli(["import", "gexf", gexf, "--out", graphData, "--force"]).status).toBe(0);
    expect(existsSync(join(graphData, "relations", "stale.json"))).toBe(false);
    expect((await loadDataset(graphData, { corpusDir: null })).relations.length).toBeGreaterThan(0);
  });

  it("exits 2 on an unknown format, a missing file, or a file given for csv", () => {
    const dir = tmp();
    const cases: [string[], string][] = [
      [["import", "xls", "x.xls"], 'unknown format "xls"'],
      [["import", "gexf", join(dir, "missing.gexf")], "missing.gexf: no such file"],
      [
        ["import", "csv", exported("json")],
        "expected a folder holding sources.csv, entities.csv and relations.csv",
      ],
      [["import", "json", dir], "is a folder, not a regular file"],
    ];
    for (const [args, message] of cases) {
      const run = runCli([...args, "--out", join(dir, "out")]);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain(message);
    }
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});
