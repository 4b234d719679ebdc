import { describe, expect, it } from "vitest";
import { relationDays, unionOfDays } from "../../src/formats/day-interval.js";
import { certaintyParts, snapshotCertainty, timelineCertainty } from "../../src/formats/edge-certainty.js";
import { edgeGroups } from "../../src/formats/edge-groups.js";
import type { DatedRelation, Relation, RelationKind, Source } from "../../src/model/core.js";
import { dayNumber, SourceSchema } from "../../src/model/index.js";
import { datedRelations } from "../../src/time/dated-relations.js";

const source: Source = SourceSchema.parse({
  id: "report",
  kind: "news-report",
  outlet: "Outlet",
  title: "Report",
  published: "2024-12-01",
  language: "en",
});
const sources = new Map([[source.id, source]]);
let n = 0;

/** A relation of a kind between two entities, with the given dates, timed as the dataset would. */
function rel(kind: RelationKind, ends: [string, string], dates: Partial<Relation> = {}): DatedRelation {
  const relation: Relation = {
    id: `r${n++}`,
    kind,
    source: ends[0],
    target: ends[1],
    status: "reported",
    evidence: [{ source: "report", paragraph: 1, note: "n" }],
    ...dates,
  };
  return datedRelations([relation], sources, [])[0]!;
}
const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayNumber(y!, m!, d!);
};

describe("the days a relation covers", () => {
  it("maps day, month and year precision to whole days; open bounds to ±Infinity; evidence bounds to publication", () => {
    expect(relationDays(rel("captured", ["a", "p"], { date: "2024-11-28" }))).toEqual({
      lo: day("2024-11-28"),
      hi: day("2024-11-28"),
    });
    expect(relationDays(rel("captured", ["a", "p"], { date: "2024-02" }))).toEqual({
      lo: day("2024-02-01"),
      hi: day("2024-02-29"),
    });
    expect(relationDays(rel("backs", ["a", "b"], { start: "2012", end: null }))).toEqual({
      lo: day("2012-01-01"),
      hi: Infinity,
    });
    expect(relationDays(rel("backs", ["a", "b"]))).toEqual({ lo: day("2024-12-01"), hi: day("2024-12-01") });
    expect(relationDays(rel("located-in", ["p", "q"]))).toEqual({ lo: -Infinity, hi: Infinity });
  });

  it("joins periods that overlap or touch, and keeps apart those a day or more apart", () => {
    expect(
      unionOfDays([
        { lo: 10, hi: 20 },
        { lo: 1, hi: 5 },
        { lo: 21, hi: 25 },
        { lo: 27, hi: 30 },
        { lo: 15, hi: 18 },
      ]),
    ).toEqual([
      { lo: 1, hi: 5 },
      { lo: 10, hi: 25 },
      { lo: 27, hi: 30 },
    ]);
    expect(
      unionOfDays([
        { lo: 5, hi: Infinity },
        { lo: -Infinity, hi: 3 },
      ]),
    ).toEqual([
      { lo: -Infinity, hi: 3 },
      { lo: 5, hi: Infinity },
    ]);
    expect(unionOfDays([])).toEqual([]);
  });
});

describe("edge certainty", () => {
  it("is certain for exact days, open bounds and static facts; possible for coarse or approximate bounds", () => {
    expect(timelineCertainty([rel("captured", ["a", "p"], { date: "2024-11-28" })])).toBe("certain");
    expect(timelineCertainty([rel("captured", ["a", "p"], { date: "2024-11" })])).toBe("possible");
    expect(timelineCertainty([rel("captured", ["a", "p"], { date: "2024-11-28~" })])).toBe("possible");
    expect(timelineCertainty([rel("backs", ["a", "b"], { start: "2018-09-01", end: null })])).toBe("certain");
    expect(timelineCertainty([rel("backs", ["a", "b"], { start: "2018-09-01", end: "2019?" })])).toBe(
      "possible",
    );
    expect(timelineCertainty([rel("backs", ["a", "b"], { start: "2012", end: null })])).toBe("possible");
    expect(timelineCertainty([rel("located-in", ["p", "q"])])).toBe("certain");
  });

  it("splits a state into the days it surely holds and those it only may", () => {
    const parts = certaintyParts(rel("backs", ["a", "b"], { start: "2012-03", end: "2013" }));
    expect(parts.certain).toEqual([{ lo: day("2012-03-31"), hi: day("2013-01-01") }]);
    expect(parts.possible).toEqual([
      { lo: day("2012-03-01"), hi: day("2012-03-30") },
      { lo: day("2013-01-02"), hi: day("2013-12-31") },
    ]);
  });

  it("has no possible days at the open end of a state", () => {
    expect(certaintyParts(rel("backs", ["a", "b"], { start: "2018-09-01", end: null }))).toEqual({
      certain: [{ lo: day("2018-09-01"), hi: Infinity }],
      possible: [],
    });
    expect(certaintyParts(rel("backs", ["a", "b"], { start: null, end: "2019-05" }))).toEqual({
      certain: [{ lo: -Infinity, hi: day("2019-05-01") }],
      possible: [{ lo: day("2019-05-02"), hi: day("2019-05-31") }],
    });
    expect(certaintyParts(rel("located-in", ["p", "q"]))).toEqual({
      certain: [{ lo: -Infinity, hi: Infinity }],
      possible: [],
    });
  });

  it("is certain for an edge whose possible days another of its relations surely covers", () => {
    const coarse = rel("captured", ["a", "p"], { date: "2024-11" });
    const exact = rel("controls", ["a", "p"], { start: "2024-10-15", end: "2024-12-01" });
    expect(timelineCertainty([coarse, exact])).toBe("certain");
    expect(
      timelineCertainty([coarse, rel("controls", ["a", "p"], { start: "2024-11-02", end: "2024-12-01" })]),
    ).toBe("possible");
    expect(
      snapshotCertainty(
        [coarse, exact],
        new Map([
          [coarse.id, "possible"],
          [exact.id, "certain"],
        ]),
      ),
    ).toBe("certain");
    expect(snapshotCertainty([coarse], new Map([[coarse.id, "possible"]]))).toBe("possible");
  });
});

describe("edge groups", () => {
  it("merges relations of one kind between the same two entities, either way round for symmetric kinds", () => {
    const relations = [
      rel("allied-with", ["b", "a"], { start: "2019", end: null }),
      rel("backs", ["a", "b"], { start: "2019", end: null }),
      rel("allied-with", ["a", "b"], { start: "2012", end: "2013" }),
      rel("backs", ["b", "a"], { start: "2019", end: null }),
      rel("backs", ["a", "b"], { start: "2011", end: "2012" }),
    ];
    const groups = edgeGroups(relations);
    expect(groups.map((g) => [g.id, g.source, g.target, g.relations.map((r) => r.id)])).toEqual([
      ["b--allied-with--a", "b", "a", [relations[0]!.id, relations[2]!.id]],
      ["a--backs--b", "a", "b", [relations[1]!.id, relations[4]!.id]],
      ["b--backs--a", "b", "a", [relations[3]!.id]],
    ]);
  });
});
