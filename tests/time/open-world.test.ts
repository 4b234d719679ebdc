import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { holdsDuring, holdsOn } from "../../src/time/holds.js";
import { timeGraph } from "./time-fixture.js";

const on = parseQueryDate;
/** "certain:evidenced", "possible:extrapolated-after"…, or "none", for a relation on a date. */
function answer(kg: KnowledgeGraph, id: string, date: string): string {
  const h = holdsOn(kg.relations.get(id)!.validity, on(date));
  return h ? `${h.certainty}:${h.basis.kind}` : "none";
}

describe("a state known only from its evidence", () => {
  const kg = timeGraph(
    [{ id: "a" }, { id: "b" }],
    [{ id: "ab-backs", kind: "backs", source: "a", target: "b", evidence: ["r2018", "r2022"] }],
  );

  it("is certain from the first to the last report, possible before and after, never ruled out", () => {
    expect(answer(kg, "ab-backs", "2018-03-01")).toBe("certain:evidenced");
    expect(answer(kg, "ab-backs", "2020")).toBe("certain:evidenced");
    expect(answer(kg, "ab-backs", "2022-03-01")).toBe("certain:evidenced");
    expect(answer(kg, "ab-backs", "2018-02-28")).toBe("possible:extrapolated-before");
    expect(answer(kg, "ab-backs", "1990")).toBe("possible:extrapolated-before");
    expect(answer(kg, "ab-backs", "2022-03-02")).toBe("possible:extrapolated-after");
    expect(answer(kg, "ab-backs", "2040")).toBe("possible:extrapolated-after");
  });

  it("says which reports it rests on", () => {
    expect(holdsOn(kg.relations.get("ab-backs")!.validity, on("2020"))!.basis).toEqual({
      kind: "evidenced",
      firstReport: "2018-03-01",
      lastReport: "2022-03-01",
    });
    expect(holdsOn(kg.relations.get("ab-backs")!.validity, on("2023"))!.basis).toEqual({
      kind: "extrapolated-after",
      lastReport: "2022-03-01",
      limit: null,
    });
  });

  it("is certain during a range that overlaps the evidence, possible in one beyond it", () => {
    const v = kg.relations.get("ab-backs")!.validity;
    expect(holdsDuring(v, { lo: on("2010").lo, hi: on("2018-03-01").hi })!.certainty).toBe("certain");
    expect(holdsDuring(v, { lo: on("2010").lo, hi: on("2018-02").hi })!.certainty).toBe("possible");
  });
});

describe("stated bounds rule a state out; derived ones do not", () => {
  const kg = timeGraph(
    [{ id: "a" }, { id: "b" }],
    [
      {
        id: "stated",
        kind: "allied-with",
        source: "a",
        target: "b",
        start: "2017-05",
        end: "2021",
        evidence: ["r2018"],
      },
      { id: "start-only", kind: "backs", source: "a", target: "b", start: "2019-06-15", evidence: ["r2020"] },
      { id: "open", kind: "fights", source: "a", target: "b", start: null, end: null, evidence: ["r2020"] },
    ],
  );

  it("is none outside a stated interval, possible on days an imprecise stated date leaves open, stated inside", () => {
    expect(answer(kg, "stated", "2017-04-30")).toBe("none");
    expect(answer(kg, "stated", "2017-05-15")).toBe("possible:stated");
    expect(answer(kg, "stated", "2017-06-01")).toBe("certain:stated");
    expect(answer(kg, "stated", "2021-01-01")).toBe("certain:stated");
    // Ended some time in 2021: only possible after its first day.
    expect(answer(kg, "stated", "2021-12-31")).toBe("possible:stated");
    expect(answer(kg, "stated", "2022-01-01")).toBe("none");
  });

  it("mixes a stated start with an end from the evidence: certain to the last report, possible after", () => {
    expect(answer(kg, "start-only", "2019-06-14")).toBe("none");
    expect(answer(kg, "start-only", "2019-06-15")).toBe("certain:evidenced");
    expect(answer(kg, "start-only", "2020-03-01")).toBe("certain:evidenced");
    expect(answer(kg, "start-only", "2030")).toBe("possible:extrapolated-after");
  });

  it("treats stated open bounds (null) as holding throughout", () => {
    expect(answer(kg, "open", "1950")).toBe("certain:stated");
    expect(answer(kg, "open", "2050")).toBe("certain:stated");
  });
});

describe("the lifetime of either entity bounds a state", () => {
  const kg = timeGraph(
    [
      { id: "a", founded: "2017-01" },
      { id: "b", dissolved: "2023-06-30" },
      { id: "c" },
      { id: "d", founded: "2019" },
    ],
    [
      { id: "ab-allied", kind: "allied-with", source: "a", target: "b", evidence: ["r2018", "r2020"] },
      { id: "cd-open", kind: "backs", source: "c", target: "d", start: null, end: null, evidence: ["r2020"] },
    ],
  );

  it("is none before a founding or after a dissolution, extrapolated within the lifetime and saying so", () => {
    expect(answer(kg, "ab-allied", "2016-12-31")).toBe("none");
    expect(answer(kg, "ab-allied", "2017-01-15")).toBe("possible:extrapolated-before");
    expect(holdsOn(kg.relations.get("ab-allied")!.validity, on("2017-06"))!.basis).toEqual({
      kind: "extrapolated-before",
      firstReport: "2018-03-01",
      limit: { kind: "founded", entity: "a", date: "2017-01" },
    });
    expect(answer(kg, "ab-allied", "2023-06-30")).toBe("possible:extrapolated-after");
    expect(answer(kg, "ab-allied", "2023-07-01")).toBe("none");
  });

  it("keeps a state stated as always within the lifetime, possible while the founding date leaves doubt", () => {
    expect(answer(kg, "cd-open", "2018-12-31")).toBe("none");
    expect(answer(kg, "cd-open", "2019-06")).toBe("possible:bounded");
    expect(holdsOn(kg.relations.get("cd-open")!.validity, on("2019-06"))!.basis).toEqual({
      kind: "bounded",
      limit: { kind: "founded", entity: "d", date: "2019" },
    });
    expect(answer(kg, "cd-open", "2020-01-01")).toBe("certain:stated");
  });
});

describe("contrary evidence between the same pair", () => {
  const kg = timeGraph(
    [{ id: "a" }, { id: "b" }, { id: "c" }],
    [
      { id: "ab-allied", kind: "allied-with", source: "a", target: "b", evidence: ["r2018"] },
      { id: "ab-fights", kind: "fights", source: "b", target: "a", evidence: ["r2022", "r2024"] },
      {
        id: "ab-attack",
        kind: "attacked",
        source: "a",
        target: "b",
        date: "2016-01-10",
        evidence: ["r2016"],
      },
      {
        id: "ac-backs-ended",
        kind: "backs",
        source: "a",
        target: "c",
        start: "2012",
        end: "2015",
        evidence: ["r2016"],
      },
      { id: "ac-backs-again", kind: "backs", source: "a", target: "c", evidence: ["r2020"] },
      {
        id: "ca-claimed-attack",
        kind: "attacked",
        source: "c",
        target: "a",
        date: "2021-01-01",
        status: "claimed",
        evidence: [{ source: "r2022", claimedBy: "c" }],
      },
    ],
  );

  it("ends an alliance's extrapolation the day before a later hostility is evidenced, and starts the hostility's after", () => {
    expect(answer(kg, "ab-allied", "2022-02-28")).toBe("possible:extrapolated-after");
    expect(answer(kg, "ab-allied", "2022-03-01")).toBe("none");
    expect(kg.relations.get("ab-allied")!.validity.upperLimit).toEqual({
      kind: "contrary",
      relation: "ab-fights",
      date: "2022-03-01",
    });
    expect(answer(kg, "ab-fights", "2018-03-01")).toBe("none");
    expect(answer(kg, "ab-fights", "2018-03-02")).toBe("possible:extrapolated-before");
  });

  it("rules an alliance out before an earlier attack between the pair, not on it", () => {
    expect(answer(kg, "ab-allied", "2016-01-11")).toBe("possible:extrapolated-before");
    expect(answer(kg, "ab-allied", "2016-01-10")).toBe("none");
  });

  it("starts a renewed backing no earlier than a stated end of the same backing", () => {
    // The first backing ended some time in 2015: the second may have begun the day after its earliest end.
    expect(answer(kg, "ac-backs-again", "2015-01-01")).toBe("none");
    expect(answer(kg, "ac-backs-again", "2015-01-02")).toBe("possible:extrapolated-before");
    expect(kg.relations.get("ac-backs-again")!.validity.lowerLimit).toEqual({
      kind: "ended",
      relation: "ac-backs-ended",
      date: "2015",
    });
  });

  it("lets no mere claim rule anything out", () => {
    expect(answer(kg, "ac-backs-again", "2023")).toBe("possible:extrapolated-after");
  });
});

describe("static facts and events", () => {
  const kg = timeGraph(
    [{ id: "town", kind: "place" }, { id: "province", kind: "place" }, { id: "a" }, { id: "b" }],
    [
      { id: "town-in-province", kind: "located-in", source: "town", target: "province" },
      { id: "ab-attack", kind: "attacked", source: "a", target: "b", date: "2019-06-06" },
      { id: "ab-attack-month", kind: "attacked", source: "a", target: "b", date: "2019-07" },
    ],
  );

  it("holds a static fact certainly on any date", () => {
    expect(answer(kg, "town-in-province", "1900-01-01")).toBe("certain:stated");
    expect(answer(kg, "town-in-province", "2024")).toBe("certain:stated");
  });

  it("keeps an event on its own date, never extrapolated", () => {
    expect(answer(kg, "ab-attack", "2019-06-06")).toBe("certain:stated");
    expect(answer(kg, "ab-attack", "2019-06-07")).toBe("none");
    expect(answer(kg, "ab-attack-month", "2019-07-10")).toBe("possible:stated");
    expect(answer(kg, "ab-attack-month", "2019-07")).toBe("certain:stated");
  });
});

describe("the time index grades as holdsOn does", () => {
  it("gives every relation of a hand-built graph the same certainty and basis on many dates", () => {
    const kg = timeGraph(
      [
        { id: "a", founded: "2017-01" },
        { id: "b", dissolved: "2023-06-30" },
        { id: "c" },
        { id: "town", kind: "place" },
      ],
      [
        { id: "ab-allied", kind: "allied-with", source: "a", target: "b", evidence: ["r2018", "r2020"] },
        { id: "ab-fights", kind: "fights", source: "a", target: "b", evidence: ["r2022"] },
        {
          id: "bc-backs",
          kind: "backs",
          source: "b",
          target: "c",
          start: "2016~",
          end: "2021-05",
          evidence: ["r2018"],
        },
        {
          id: "c-takes-town",
          kind: "captured",
          source: "c",
          target: "town",
          date: "2019-04",
          evidence: ["r2020"],
        },
      ],
    );
    for (const date of [
      "2015",
      "2016-06",
      "2017-01-10",
      "2018-03-01",
      "2019-04",
      "2020",
      "2021-05-31",
      "2022-03-01",
      "2030",
    ]) {
      const q = on(date);
      const fromIndex = new Map(kg.time.at(q).map((h) => [h.relation.id, [h.certainty, h.basis]]));
      const direct = new Map(
        kg.dataset.relations.flatMap((r) => {
          const h = holdsOn(r.validity, q);
          return h ? [[r.id, [h.certainty, h.basis]] as const] : [];
        }),
      );
      expect(fromIndex, date).toEqual(direct);
    }
  });
});
