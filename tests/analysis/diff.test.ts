import { describe, expect, it } from "vitest";
import { diffDates } from "../../src/analysis/index.js";
import { FaultlineError } from "../../src/faultline-error.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { fixtureData, fixtureGraph } from "./fixtures.js";

const kg = fixtureGraph(
  fixtureData(
    [..."abcdefxy"].map((id) => ({ id })),
    [
      { id: "ab-allied", kind: "allied-with", source: "a", target: "b", start: "2015", end: "2020" },
      { id: "cd-backs", kind: "backs", source: "c", target: "d", start: "2021", end: null },
      { id: "ef-allied", kind: "allied-with", source: "e", target: "f", start: "2019-01", end: "2019-12" },
      { id: "ab-fights", kind: "fights", source: "a", target: "b", start: "2023", end: "2024-12" },
      { id: "ac-attack", kind: "attacked", source: "a", target: "c", date: "2020-05-05" },
      { id: "ac-attack-first-day", kind: "attacked", source: "a", target: "c", date: "2018-06-01" },
      { id: "xy-allied", kind: "allied-with", source: "x", target: "y", start: "2010", end: null },
    ],
  ),
);

describe("diff between two dates", () => {
  const answer = diffDates(kg, { before: parseQueryDate("2018-06-01"), after: parseQueryDate("2024-12-01") });
  const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);

  it("lists the states that began, ended, and came and went in between; unchanged ones not at all", () => {
    expect(ids(answer.began)).toEqual(["cd-backs", "ab-fights"]);
    expect(ids(answer.ended)).toEqual(["ab-allied"]);
    expect(ids(answer.cameAndWent)).toEqual(["ef-allied"]);
    expect(JSON.stringify(answer)).not.toContain("xy-allied");
  });

  it("lists the events after the first date up to the second, not those on the first", () => {
    expect(ids(answer.events)).toEqual(["ac-attack"]);
  });

  it("reports a pair whose tone changed, with the relations behind each tone", () => {
    expect(answer.signChanges).toEqual([
      {
        a: "a",
        b: "b",
        before: "cooperative",
        after: "hostile",
        relationsBefore: ["ab-allied"],
        relationsAfter: ["ab-fights"],
      },
    ]);
  });

  it("grades each relation on the date it holds, and refuses dates out of order", () => {
    expect(answer.began[0]).toMatchObject({
      id: "cd-backs",
      certainty: "certain",
      sign: 1,
      start: "2021",
      end: null,
    });
    expect(() => diffDates(kg, { before: parseQueryDate("2024"), after: parseQueryDate("2024-06") })).toThrow(
      FaultlineError,
    );
    expect(() => diffDates(kg, { before: parseQueryDate("2024"), after: parseQueryDate("2018") })).toThrow(
      "must come after",
    );
  });

  it("compares adjacent days without an in-between", () => {
    const next = diffDates(kg, { before: parseQueryDate("2020-12-31"), after: parseQueryDate("2021-01-01") });
    expect(ids(next.began)).toEqual(["cd-backs"]);
    expect(ids(next.ended)).toEqual(["ab-allied"]);
    expect(next.cameAndWent).toEqual([]);
  });
});
