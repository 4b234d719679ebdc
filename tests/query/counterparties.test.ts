import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { alliesOf, backedBy, backersOf } from "../../src/query/counterparties.js";
import { filterRelations } from "../../src/query/filter-relations.js";
import { parseQueryDate, queryRange } from "../../src/query/query-date.js";
import { snapshotAt, snapshotGraph } from "../../src/query/snapshot.js";
import { miniGraph } from "../helpers/mini-graph.js";

let kg: KnowledgeGraph;
beforeAll(async () => {
  kg = await miniGraph();
});
const on = parseQueryDate;
const summary = (list: { entity: { id: string }; certainty: string }[]) =>
  list.map((c) => `${c.entity.id}:${c.certainty}`);

describe("who backs whom, and allies, on a date", () => {
  it("is certain over the span of the evidence, possible beyond it, never certain on a claim", () => {
    // Patron: reported 2018-09-08 and 2024-12-01, no stated dates: possible before and after.
    expect(summary(backersOf(kg, "gov", on("2018-09")))).toEqual(["patron:possible"]);
    expect(summary(backersOf(kg, "gov", on("2019-06-06")))).toEqual(["patron:certain"]);
    expect(summary(backersOf(kg, "gov", on("2024-11-15")))).toEqual([
      "patron:certain",
      "second-patron:possible",
    ]);
    // Second patron: stated from 2024-11, but only on its own claim: possible, never certain.
    expect(summary(backersOf(kg, "gov", on("2024-12-01")))).toEqual([
      "patron:certain",
      "second-patron:possible",
    ]);
    expect(summary(backersOf(kg, "gov", on("2030")))).toEqual(["patron:possible", "second-patron:possible"]);
    expect(backersOf(kg, "gov", on("2030"))[0]!.basis).toEqual({
      kind: "extrapolated-after",
      lastReport: "2024-12-01",
      limit: null,
    });
    expect(summary(backersOf(kg, "gov", on("2010")))).toEqual(["patron:possible"]);
    expect(backersOf(kg, "gov", on("2010"), { certainOnly: true })).toEqual([]);
    const claimed = backersOf(kg, "gov", on("2024-12-01"))[1]!;
    expect([claimed.status, claimed.claimedBy]).toEqual(["claimed", ["second-patron"]]);
  });

  it("reads backing from the patron's side and alliances both ways", () => {
    expect(summary(backedBy(kg, "patron", on("2020")))).toEqual(["gov:certain"]);
    expect(summary(alliesOf(kg, "ally", on("2013")))).toEqual(["rebels:certain"]);
    expect(summary(alliesOf(kg, "rebels", on("2013")))).toEqual(["ally:certain"]);
    expect(backersOf(kg, "patron", on("2020"))).toEqual([]);
  });
});

describe("relations by kind, entity and range", () => {
  it("finds the captures of a date range, in date order, with certainty", () => {
    const hits = filterRelations(kg, {
      kinds: ["captured"],
      entity: "rebels",
      range: queryRange(on("2024-11-27"), on("2024-12-01")),
    });
    // The Idlib capture is dated to the month; the town's rests on the rebels' claim.
    expect(hits.map((h) => `${h.relation.id}:${h.certainty}`)).toEqual([
      "rebels-captured-idlib:possible",
      "rebels-captured-town:possible",
    ]);
    expect(filterRelations(kg, { kinds: ["captured"], range: queryRange(on("2024-12-02"), null) })).toEqual(
      [],
    );
    // Six entered relations and the two controls the captures start.
    expect(filterRelations(kg, {}).length).toBe(8);
  });
});

describe("snapshot", () => {
  it("keeps states holding on the date and events within the window", () => {
    const ids = (s: ReturnType<typeof snapshotAt>) => s.relations.map((h) => h.relation.id).sort();
    // The alliance stated from 2012 and last reported 2018-09-08 may still hold; each capture
    // starts the captor's control of the place.
    expect(ids(snapshotAt(kg, on("2024-11-28")))).toEqual([
      "patron-backs-gov",
      "rebels-allied-ally",
      "rebels-captured-idlib",
      "rebels-captured-idlib-control",
      "rebels-captured-town",
      "rebels-captured-town-control",
      "second-backs-gov",
      "town-in-idlib-province",
    ]);
    expect(ids(snapshotAt(kg, on("2024-11-29")))).not.toContain("rebels-captured-town");
    expect(ids(snapshotAt(kg, on("2024-11-29"), 1))).toContain("rebels-captured-town");
    const graph = snapshotGraph(kg, snapshotAt(kg, on("2013")));
    expect(graph.order).toBe(kg.graph.order);
    // The backing first reported in 2018 may already hold in 2013: nothing rules it out.
    expect(graph.edges().sort()).toEqual([
      "patron-backs-gov",
      "rebels-allied-ally",
      "town-in-idlib-province",
    ]);
  });
});
