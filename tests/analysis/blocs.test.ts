import { describe, expect, it } from "vitest";
import { findBlocs } from "../../src/analysis/index.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { fixtureData, fixtureGraph } from "./fixtures.js";

const on = (text: string) => ({ kind: "at", date: parseQueryDate(text) }) as const;
const LONG = { start: "2015", end: "2024-12" } as const;

// Two cooperating triangles {a,b,c} and {x,y,z} joined by one backing c→x; hostility a–x and
// cooperation with a place do not count.
const kg = fixtureGraph(
  fixtureData([..."abcxyz"].map((id) => ({ id })).concat([{ id: "town", kind: "place" } as never]), [
    ...[
      ["a", "b"],
      ["b", "c"],
      ["a", "c"],
      ["x", "y"],
      ["y", "z"],
      ["x", "z"],
    ].map(([s, t]) => ({ id: `${s}${t}`, kind: "allied-with", source: s!, target: t!, ...LONG })),
    { id: "cx-backs", kind: "backs", source: "c", target: "x", ...LONG },
    { id: "ax-fights", kind: "fights", source: "a", target: "x", ...LONG },
    { id: "a-ceasefire-town", kind: "brokered-ceasefire", source: "a", target: "town", date: "2024-11-28" },
    { id: "z-ceasefire-town", kind: "brokered-ceasefire", source: "z", target: "town", date: "2024-11-28" },
  ]),
);

describe("blocs", () => {
  it("splits two cooperating triangles joined by one tie into two blocs, with Louvain's modularity", () => {
    const answer = findBlocs(kg, { scope: on("2024-11-28") });
    expect(answer.blocs.map((b) => b.members.map((m) => m.id))).toEqual([
      ["a", "b", "c"],
      ["x", "y", "z"],
    ]);
    expect(answer.blocs.map((b) => b.internalRelations)).toEqual([3, 3]);
    // m = 7 edges, each bloc 3 inside and degree sum 7: Q = 2 · (3/7 − (7/14)²) = 5/14.
    expect(answer.modularity).toBeCloseTo(5 / 14, 12);
    expect(answer.scope).toEqual({ at: "2024-11-28" });
  });

  it("leaves places out: a ceasefire both sides brokered over a town does not make a bloc", () => {
    const members = findBlocs(kg, { scope: on("2024-11-28") }).blocs.flatMap((b) =>
      b.members.map((m) => m.id),
    );
    expect(members).not.toContain("town");
  });

  it("gives the same answer on every run (seeded), and more blocs at a higher resolution", () => {
    const first = findBlocs(kg, { scope: on("2024-11-28") });
    for (let i = 0; i < 5; i++) expect(findBlocs(kg, { scope: on("2024-11-28") })).toEqual(first);
    expect(findBlocs(kg, { scope: on("2024-11-28"), resolution: 5 }).blocs.length).toBeGreaterThan(2);
  });

  it("has no blocs and no modularity on a date when nothing cooperates", () => {
    expect(findBlocs(kg, { scope: on("2000-01-01") })).toEqual({
      scope: { at: "2000-01-01" },
      modularity: null,
      blocs: [],
    });
    expect(findBlocs(kg, { scope: on("2020"), kinds: ["fights"] }).blocs).toEqual([]);
  });
});
