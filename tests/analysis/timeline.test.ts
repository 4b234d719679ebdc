import { describe, expect, it } from "vitest";
import { timeline } from "../../src/analysis/index.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { fixtureData, fixtureGraph } from "./fixtures.js";

const kg = fixtureGraph(
  fixtureData(
    [{ id: "a" }, { id: "b" }, { id: "c" }],
    [
      { id: "ab-attack", kind: "attacked", source: "a", target: "b", date: "2019-06-06" },
      // Dates from the span of its evidence: the 2018 and 2024 reports.
      { id: "ab-allied", kind: "allied-with", source: "b", target: "a", evidence: ["r2018", "r2024"] },
      {
        id: "ca-backs",
        kind: "backs",
        source: "c",
        target: "a",
        start: "2012",
        end: null,
        status: "claimed",
      },
      { id: "bc-fights", kind: "fights", source: "b", target: "c", start: "2024-11", end: "2024-12" },
    ],
  ),
);

describe("timeline", () => {
  it("lists an entity's relations in date order, open starts first, each with its evidence", () => {
    const answer = timeline(kg, { entity: "a" });
    expect(answer.entries.map((e) => [e.id, e.start, e.end])).toEqual([
      ["ca-backs", "2012", null],
      ["ab-allied", "2018-09-08", "2024-12-01"],
      ["ab-attack", "2019-06-06", "2019-06-06"],
    ]);
    const allied = answer.entries[1]!;
    expect([allied.startDerived, allied.endDerived]).toEqual([true, true]);
    expect(allied.evidence).toEqual([
      {
        source: "r2018",
        outlet: "Outlet 2018",
        published: "2018-09-08",
        paragraph: 1,
        note: "ab-allied in r2018",
        claimedBy: null,
        reportedBy: null,
      },
      {
        source: "r2024",
        outlet: "Outlet 2024",
        published: "2024-12-01",
        paragraph: 2,
        note: "ab-allied in r2024",
        claimedBy: null,
        reportedBy: null,
      },
    ]);
    expect(answer.entries[0]!.evidence[0]!.claimedBy).toBe("c");
  });

  it("keeps only the relations between two entities, whichever way they point", () => {
    expect(timeline(kg, { entity: "b", other: "a" }).entries.map((e) => e.id)).toEqual([
      "ab-allied",
      "ab-attack",
    ]);
    expect(timeline(kg, { entity: "b", other: "c" }).entries.map((e) => e.id)).toEqual(["bc-fights"]);
  });

  it("narrows to a window, grading each relation, and by kind", () => {
    const window = { kind: "during", from: parseQueryDate("2019"), to: parseQueryDate("2019") } as const;
    expect(timeline(kg, { entity: "a", scope: window }).entries.map((e) => [e.id, e.certainty])).toEqual([
      // Stated from 2012, but only on a claim: never certain.
      ["ca-backs", "possible"],
      ["ab-allied", "certain"],
      ["ab-attack", "certain"],
    ]);
    expect(timeline(kg, { entity: "a", kinds: ["attacked"] }).entries.map((e) => e.id)).toEqual([
      "ab-attack",
    ]);
    const early = { kind: "during", from: null, to: parseQueryDate("2000") } as const;
    // Before any report, only the alliance known from the evidence alone may already hold.
    const before = timeline(kg, { entity: "a", scope: early }).entries;
    expect(before.map((e) => [e.id, e.certainty, e.basis?.kind])).toEqual([
      ["ab-allied", "possible", "extrapolated-before"],
    ]);
    expect(before[0]!.validity).toMatchObject({
      possibleFrom: null,
      certainFrom: "2018-09-08",
      lowerLimit: null,
    });
  });
});
