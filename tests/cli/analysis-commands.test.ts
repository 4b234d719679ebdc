import { describe, expect, it } from "vitest";
import type { MeasureDescription } from "../../src/analysis/index.js";
import { centralityScores, describeMeasures } from "../../src/analysis/index.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { fixtureData, fixtureGraph, WEB_RELATIONS, writeFixture } from "../analysis/fixtures.js";
import { runCli, runCliJson } from "../helpers/run-cli.js";

// The web of eight actors, plus an unconnected pair and a place, with names to resolve.
const data = fixtureData(
  [
    ...[..."abcdefgh"].map((id) => ({ id, aliases: [`Group ${id}`] })),
    { id: "lone", label: "Lone Wolves" },
    { id: "hermit", label: "Hermit Band" },
    { id: "town", kind: "place" as const },
  ],
  [
    ...WEB_RELATIONS,
    {
      id: "lone-allied-hermit",
      kind: "allied-with",
      source: "lone",
      target: "hermit",
      start: "2015",
      end: "2024-12",
    },
  ],
);
const dir = writeFixture(data);
const kg = fixtureGraph(data);
const d = (...args: string[]) => [...args, "--data", dir];

describe("analysis commands: help and exit codes", () => {
  const commands = ["centrality", "path", "blocs", "balance", "timeline", "diff", "measures"];

  it("prints help for each command (exit 0) and lists them in the program's help", () => {
    const help = runCli(["--help"]);
    for (const command of commands) {
      expect(help.stdout).toContain(`  ${command} `);
      const own = runCli([command, "--help"]);
      expect(own.status, command).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`^Usage: faultline ${command}`));
      expect(own.stdout).toContain("--json");
    }
  });

  it("exits 2 on bad options, naming each problem, before reading the data", () => {
    const bad = runCli(
      d("centrality", "--measure", "pagerank", "--at", "2019-02-30", "--alpha", "2", "--top", "x"),
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--at: ");
    expect(bad.stderr).toContain("--alpha: 2 is out of range");
    expect(bad.stderr).toContain('--top: "x" is not a whole number');
    expect(runCli(d("centrality", "--measure", "fame")).stderr).toContain(
      '"fame" is not a centrality measure',
    );
    const wrong = runCli(d("centrality", "--measure", "betweenness", "--alpha", "0.5"));
    expect([wrong.status, wrong.stderr]).toEqual([
      2,
      "faultline centrality: --alpha does not apply to betweenness\n",
    ]);
    expect(runCli(d("blocs", "--at", "2024", "--from", "2023")).stderr).toContain("not both");
    expect(runCli(d("diff", "2024-12-01", "2018-09-08")).status).toBe(2);
    expect(runCli(d("balance", "--kinds", "befriends")).status).toBe(2);
    expect(runCli(d("path", "a")).status).toBe(2);
    const same = runCli(d("path", "a", "Group a"));
    expect([same.status, same.stderr]).toEqual([
      2,
      'faultline path: "a" and "Group a" are the same entity (a)\n',
    ]);
  });
});

describe("analysis commands answer as the library does", () => {
  it("centrality --json: {id, label, kind, score} best first, the library's ranking exactly", () => {
    const answer = runCliJson<{ id: string; label: string; kind: string; score: number }[]>(
      d("centrality", "--measure", "betweenness", "--at", "2024-11-28", "--layer", "all", "--top", "4"),
    );
    const library = centralityScores(kg, {
      measure: "betweenness",
      scope: { kind: "at", date: parseQueryDate("2024-11-28") },
      top: 4,
    });
    expect(answer).toEqual(library);
    expect(Object.keys(answer[0]!)).toEqual(["id", "label", "kind", "score"]);
    const text = runCli(d("centrality", "--measure", "betweenness", "--at", "2024-11-28", "--top", "4"));
    expect(text.stdout).toContain("Betweenness on 2024-11-28");
    expect(text.stdout).toContain(`1     ${library[0]!.id}`);
  });

  it("centrality over a window, on a layer and kinds, and with no relation selected", () => {
    const hostile = runCliJson<{ id: string }[]>(
      d(
        "centrality",
        "--measure",
        "degree",
        "--from",
        "2024-11-27",
        "--to",
        "2024-11-29",
        "--layer",
        "hostile",
      ),
    );
    expect(hostile.map((s) => s.id).sort()).toEqual(["a", "b", "c", "d", "e", "f", "h"]);
    const backs = runCliJson<{ id: string }[]>(
      d("centrality", "--measure", "in-degree", "--kinds", "backs", "--at", "2020"),
    );
    expect(backs[0]!.id).toBe("b");
    expect(runCliJson(d("centrality", "--measure", "closeness", "--at", "2000-01-01"))).toEqual([]);
    expect(runCli(d("centrality", "--at", "2000-01-01")).stdout).toContain("nobody to rank");
  });

  it("path --json: {paths: [{entities, relations}]}, names resolved by alias, k paths, time-respecting", () => {
    const answer = runCliJson<{ paths: { entities: string[]; relations: string[]; certainty: string }[] }>(
      d("path", "Group a", "Group e", "--at", "2024-11-28", "--k", "3"),
    );
    expect(answer.paths.map((p) => p.entities)).toEqual([
      ["a", "b", "h", "e"],
      ["a", "c", "d", "e"],
      ["a", "b", "c", "d", "e"],
    ]);
    expect(answer.paths[0]).toEqual({
      entities: ["a", "b", "h", "e"],
      relations: ["ab-allied", "bh-attacked", "he-backs"],
      certainty: "certain",
    });
    // The day before, the day's events (b→h, d–e, f→d) do not hold and the two halves fall apart.
    const before = runCli(d("path", "a", "e", "--at", "2024-11-27"));
    expect([before.status, before.stderr]).toEqual([
      1,
      "faultline path: No path from A to E: no chain of relations joins A to E on 2024-11-27.\n",
    ]);
    expect(runCliJson<{ paths: unknown[] }>(d("path", "a", "e")).paths).toHaveLength(1);
  });

  it("path exits 1, saying why, when no path exists; and 1 with suggestions on an unknown name", () => {
    const none = runCli(d("path", "a", "Lone Wolves"));
    expect(none.status).toBe(1);
    expect(none.stderr).toBe(
      "faultline path: No path from A to Lone Wolves: no chain of relations joins A to Lone Wolves.\n",
    );
    const early = runCli(d("path", "a", "b", "--at", "2000-01-01", "--json"));
    expect(early.status).toBe(1);
    expect(JSON.parse(early.stdout)).toEqual({ paths: [], reason: "A and B have no relation on 2000-01-01" });
    const unknown = runCli(d("path", "a", "Lone Wolfs"));
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("Lone Wolves (lone)");
  });

  it("blocs, balance, timeline and diff answer in JSON and in words", () => {
    const blocs = runCliJson<{ blocs: { members: { id: string }[] }[] }>(d("blocs", "--at", "2024-11-28"));
    // Every actor with a cooperative relation that day, the place left out, each in one bloc.
    expect(blocs.blocs.flatMap((b) => b.members.map((m) => m.id)).sort()).toEqual([
      ..."abcdefgh",
      "hermit",
      "lone",
    ]);
    expect(blocs.blocs.map((b) => b.members.map((m) => m.id))).toContainEqual(["hermit", "lone"]);
    expect(runCli(d("blocs", "--at", "2024-11-28")).stdout).toMatch(/^\d bloc\(s\) on 2024-11-28/);

    const balance = runCliJson<{ score: number; unbalanced: { type: string; entities: string[] }[] }>(
      d("balance", "--at", "2024-11-28"),
    );
    // a–b +, b–c +, c–a −: b cooperates with two enemies.
    expect(balance.unbalanced).toContainEqual(
      expect.objectContaining({ type: "++-", entities: ["b", "a", "c"] }),
    );
    expect(runCli(d("balance", "--at", "2024-11-28")).stdout).toContain(
      "B cooperates with both A and C, who are hostile to each other",
    );

    const timeline = runCliJson<{ entries: { id: string; evidence: { source: string }[] }[] }>(
      d("timeline", "a", "Group b"),
    );
    expect(timeline.entries.map((e) => e.id)).toEqual(["ab-allied", "ab-backs"]);
    expect(runCli(d("timeline", "a", "b")).stdout).toContain(
      "r2024 ¶1 (Outlet 2024, 2024-12-01): ab-allied in r2024",
    );

    const diff = runCliJson<{ began: { id: string }[]; ended: { id: string }[]; events: { id: string }[] }>(
      d("diff", "2014", "2024-11-28"),
    );
    expect(diff.began.map((r) => r.id)).toContain("lone-allied-hermit");
    expect(diff.events.map((r) => r.id)).toEqual(["bh-attacked", "de-clashed", "fd-attacked"]);
    expect(runCli(d("diff", "2014", "2024-11-28")).stdout).toContain("Events after 2014 up to 2024-11-28: 3");
  });

  it("measures lists the registry, as JSON the same data the library describes", () => {
    expect(runCliJson<MeasureDescription[]>(["measures"])).toEqual(
      JSON.parse(JSON.stringify(describeMeasures())),
    );
    const one = runCli(["measures", "pagerank"]);
    expect(one.stdout).toContain("Run: faultline centrality --measure pagerank");
    expect(one.stdout).toContain("--alpha X");
    expect(runCli(["measures", "fame"]).status).toBe(1);
  });
});
