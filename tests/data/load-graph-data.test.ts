import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset, loadGraphData } from "../../src/data/load-graph-data.js";
import { FaultlineError } from "../../src/faultline-error.js";
import { miniData, writeGraphData } from "../helpers/mini-data.js";

async function problemsOf(mutate: (d: ReturnType<typeof miniData>) => void) {
  const data = miniData();
  mutate(data);
  const dir = writeGraphData(data);
  const result = await loadGraphData(dir, { corpusDir: null });
  return result.problems.map((p) => ({ ...p, file: relative(dir, join(process.cwd(), p.file)) }));
}

describe("loading graph-data", () => {
  it("loads valid data and works out each relation's validity", async () => {
    const dataset = await loadDataset(writeGraphData(), { corpusDir: null });
    expect(dataset.entities).toHaveLength(9);
    // Six entered, and after them the two controls that the two captures start.
    expect(dataset.relations).toHaveLength(8);
    expect(dataset.relations.slice(6).map((r) => [r.id, r.kind, r.derivedFrom])).toEqual([
      ["rebels-captured-town-control", "controls", ["rebels-captured-town"]],
      ["rebels-captured-idlib-control", "controls", ["rebels-captured-idlib"]],
    ]);
    const backs = dataset.relations.find((r) => r.id === "patron-backs-gov")!;
    // No interval given: the span of the evidence's publication dates.
    expect([backs.timing.start?.text, backs.timing.end?.text]).toEqual(["2018-09-08", "2024-12-01"]);
    expect(backs.timing.startDerived).toBe(true);
    const open = dataset.relations.find((r) => r.id === "second-backs-gov")!;
    expect([open.timing.start?.text, open.timing.end]).toEqual(["2024-11", null]);
    const since = dataset.relations.find((r) => r.id === "rebels-allied-ally")!;
    expect([since.timing.start?.text, since.timing.end?.text]).toEqual(["2012", "2018-09-08"]);
    const located = dataset.relations.find((r) => r.id === "town-in-idlib-province")!;
    expect([located.timing.start, located.timing.end]).toEqual([null, null]);
  });

  it("reports a dangling reference, a bad date and a duplicate id, all at once, with file and JSON path", async () => {
    const problems = await problemsOf((d) => {
      d.relations["support.json"][0]!.target = "nobody";
      (d.relations["territory.json"][0] as { date: string }).date = "2024-02-30";
      d.entities["places.json"][2]!.id = "idlib";
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: "relations/support.json",
          path: "$.relations[0].target",
          message: 'unknown entity "nobody"',
        }),
        expect.objectContaining({ file: "relations/territory.json", path: "$.relations[0].date" }),
        expect.objectContaining({
          file: "entities/places.json",
          path: "$.entities[2].id",
          message: expect.stringContaining('duplicate entity id "idlib"'),
        }),
      ]),
    );
    expect(problems.find((p) => p.path === "$.relations[0].date")!.message).toContain(
      "2024-02 does not have",
    );
  });

  it("reports names shared by two entities, ignoring case, accents and punctuation", async () => {
    const problems = await problemsOf((d) => {
      d.entities["actors.json"][1]!.aliases = ["PS", "the Régime"];
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: "entities/actors.json",
        path: "$.entities[1].aliases[1]",
        message: expect.stringContaining('also a name of "gov"'),
      }),
    ]);
  });

  it("reports relation kinds joining the wrong entity kinds, self-loops and time that runs backwards", async () => {
    const problems = await problemsOf((d) => {
      d.relations["territory.json"][0]!.target = "gov";
      Object.assign(d.relations["support.json"][2]!, { start: "2019", end: "2018" });
      d.relations["support.json"][0]!.source = "gov";
    });
    const messages = problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^\$\.relations\[0\]\.target: captured cannot have a state \("gov"\) as its target/,
        ),
        "$.relations[2].end: ends (2018) before it starts (2019)",
        expect.stringMatching(/^\$\.relations\[0\]\.target: a backs relation cannot join "gov" to itself/),
      ]),
    );
  });

  it("reports dates that do not fit the kind, events after their sources, and status that evidence does not bear", async () => {
    const problems = await problemsOf((d) => {
      Object.assign(d.relations["support.json"][0]!, { date: "2019-01-01" });
      (d.relations["territory.json"][1] as { date: string }).date = "2025-01";
      d.relations["territory.json"][0]!.status = "reported";
      d.relations["geography.json"][0]!.status = "disputed";
    });
    const messages = problems.map((p) => `${p.file} ${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "relations/support.json $.relations[0].date: backs is a state: give start and end, not a date",
        "relations/territory.json $.relations[1].date: 2025-01 is after the publication of every source cited as evidence",
        expect.stringContaining(
          "relations/territory.json $.relations[0].status: every piece of evidence is a party's claim",
        ),
        expect.stringContaining(
          "relations/geography.json $.relations[0].status: a disputed relation needs at least two",
        ),
      ]),
    );
  });

  it("reports the same fact entered twice, in either order for a symmetric kind", async () => {
    const problems = await problemsOf((d) => {
      d.relations["support.json"].push({
        ...d.relations["support.json"][2]!,
        id: "ally-allied-rebels",
        source: "ally",
        target: "rebels",
      });
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: "$.relations[3]",
        message: expect.stringContaining('same fact as relation "rebels-allied-ally"'),
      }),
    ]);
  });

  it("reports a loop in the place hierarchy", async () => {
    const problems = await problemsOf((d) => {
      d.relations["geography.json"].push({
        id: "province-in-town",
        kind: "located-in",
        source: "idlib-province",
        target: "town",
        status: "reported",
        evidence: [{ source: "atlas", note: "A mistaken entry." }],
      });
    });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      '$.relations[0]: located-in loop: "idlib-province" already lies within "town"',
      '$.relations[1]: located-in loop: "town" already lies within "idlib-province"',
    ]);
  });

  it("reports invalid JSON with its line, unknown keys and schema errors inside items", async () => {
    const dir = writeGraphData();
    writeFileSync(join(dir, "entities", "broken.json"), '{\n  "entities": [\n    { "id": "x", }\n  ]\n}');
    writeFileSync(
      join(dir, "relations", "extra.json"),
      JSON.stringify({ relation: [], relations: [{ id: "Bad Id", kind: "befriends" }] }),
    );
    const { problems, dataset } = await loadGraphData(dir, { corpusDir: null });
    expect(dataset).toBeNull();
    const text = problems.map((p) => `${relative(dir, join(process.cwd(), p.file))} ${p.path}: ${p.message}`);
    expect(text).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^entities\/broken\.json \$: invalid JSON \(line 3, column \d+\)/),
        'relations/extra.json $.relation: unknown key "relation" (expected "relations")',
        expect.stringMatching(/^relations\/extra\.json \$\.relations\[0\]\.id: must be kebab-case/),
        expect.stringMatching(/^relations\/extra\.json \$\.relations\[0\]\.kind: /),
        expect.stringMatching(/^relations\/extra\.json \$\.relations\[0\]\.evidence: /),
      ]),
    );
  });

  it("checks evidence paragraphs against the corpus when it is at hand", async () => {
    const data = miniData();
    Object.assign(data.sources[0]!, { file: "a.txt" });
    const dir = writeGraphData(data);
    writeFileSync(join(dir, "a.txt"), "one\n\ntwo\nthree\n");
    const { problems } = await loadGraphData(dir, { corpusDir: dir });
    expect(problems.map((p) => p.message)).toEqual(["paragraph 4 does not exist: a.txt has 3 paragraphs"]);
  });

  it("throws an invalid-data FaultlineError listing every problem from loadDataset", async () => {
    const data = miniData();
    data.relations["support.json"][0]!.source = "ghost";
    data.relations["support.json"][1]!.source = "spectre";
    await expect(loadDataset(writeGraphData(data), { corpusDir: null })).rejects.toSatisfy(
      (e: unknown) => e instanceof FaultlineError && e.category === "invalid-data" && e.problems.length === 2,
    );
  });
});
