import { describe, expect, it } from "vitest";
import { alliesOf, backersOf, counterparties } from "../../src/query/counterparties.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { holdsOn } from "../../src/time/holds.js";
import { timeGraph } from "./time-fixture.js";

const on = parseQueryDate;
type Answer = ReturnType<typeof alliesOf>[number];
const row = (a: Answer) =>
  `${a.entity.id}:${a.certainty}:${a.status}${a.claimedBy.length ? `(${a.claimedBy.join(",")})` : ""}${a.via.length ? ` via ${a.via.map((v) => v.id).join(",")}` : ""}`;

describe("status in every answer", () => {
  const kg = timeGraph(
    [
      { id: "gov" },
      { id: "patron" },
      { id: "claimant" },
      { id: "rival" },
      { id: "monitor", kind: "organization" },
    ],
    [
      {
        id: "patron-backs-gov",
        kind: "backs",
        source: "patron",
        target: "gov",
        evidence: ["r2018", "r2022"],
      },
      {
        id: "claimant-backs-gov",
        kind: "backs",
        source: "claimant",
        target: "gov",
        start: "2010",
        end: null,
        status: "claimed",
        evidence: [{ source: "r2020", claimedBy: "rival" }],
      },
      {
        id: "rival-backs-gov",
        kind: "backs",
        source: "rival",
        target: "gov",
        status: "disputed",
        evidence: [{ source: "r2020", claimedBy: "claimant" }, "r2022"],
      },
    ],
  );

  it("never makes a claim or a dispute certain, and names the claimant", () => {
    expect(backersOf(kg, "gov", on("2020-03-01")).map(row)).toEqual([
      "patron:certain:reported",
      "rival:possible:disputed(claimant)",
      "claimant:possible:claimed(rival)",
    ]);
  });

  it("keeps only certain answers when asked", () => {
    expect(backersOf(kg, "gov", on("2020-03-01"), { certainOnly: true }).map(row)).toEqual([
      "patron:certain:reported",
    ]);
  });
});

describe("coalitions are alliances", () => {
  const kg = timeGraph(
    [
      { id: "front", kind: "coalition", founded: "2017" },
      { id: "x" },
      { id: "y" },
      { id: "z" },
      { id: "patron", kind: "state" },
      { id: "person", kind: "person" },
    ],
    [
      {
        id: "x-in-front",
        kind: "member-of",
        source: "x",
        target: "front",
        start: "2018",
        end: "2020",
        evidence: ["r2018"],
      },
      { id: "y-in-front", kind: "member-of", source: "y", target: "front", evidence: ["r2018", "r2022"] },
      {
        id: "z-in-front",
        kind: "member-of",
        source: "z",
        target: "front",
        status: "claimed",
        evidence: [{ source: "r2020", claimedBy: "z" }],
      },
      { id: "person-in-front", kind: "member-of", source: "person", target: "front", evidence: ["r2020"] },
      { id: "x-allied-y", kind: "allied-with", source: "x", target: "y", evidence: ["r2020"] },
      { id: "patron-backs-front", kind: "backs", source: "patron", target: "front", evidence: ["r2020"] },
    ],
  );

  it("makes two members allies while both are, and each allied with the coalition", () => {
    expect(alliesOf(kg, "y", on("2019-06-01")).map(row)).toEqual([
      "front:certain:reported via front",
      "x:certain:reported via front",
      "z:possible:claimed(z) via front",
    ]);
    expect(alliesOf(kg, "front", on("2019-06-01")).map(row)).toEqual([
      "x:certain:reported via front",
      "y:certain:reported via front",
      "z:possible:claimed(z) via front",
    ]);
  });

  it("lists a direct alliance without `via`, and drops the membership alliance when a member has left", () => {
    // x left the front at the end of 2020 (stated); its direct alliance with y is known from 2020 only.
    expect(alliesOf(kg, "y", on("2021-06-01")).map(row)).toEqual([
      "front:certain:reported via front",
      "x:possible:reported",
      "z:possible:claimed(z) via front",
    ]);
    expect(alliesOf(kg, "y", on("2020-03-01")).map(row)).toEqual([
      "front:certain:reported via front",
      "x:certain:reported via front",
      "z:possible:claimed(z) via front",
    ]);
  });

  it("passes no alliance through a coalition before it was founded, and none to a person", () => {
    // Only the direct alliance, known from 2020, may reach back that far.
    expect(alliesOf(kg, "y", on("2016")).map(row)).toEqual(["x:possible:reported"]);
    expect(alliesOf(kg, "y", on("2020-03-01")).map((a) => a.entity.id)).not.toContain("person");
  });

  it("does not pass a coalition's backers on to its members", () => {
    expect(backersOf(kg, "front", on("2020-03-01")).map((a) => a.entity.id)).toEqual(["patron"]);
    expect(backersOf(kg, "y", on("2020-03-01"))).toEqual([]);
  });
});

describe("captures become control", () => {
  const kg = timeGraph(
    [{ id: "town", kind: "place" }, { id: "gov" }, { id: "rebels" }, { id: "third" }],
    [
      {
        id: "gov-holds-town",
        kind: "controls",
        source: "gov",
        target: "town",
        start: "2012",
        end: null,
        evidence: ["r2016"],
      },
      {
        id: "rebels-take-town",
        kind: "captured",
        source: "rebels",
        target: "town",
        date: "2018-02-10",
        evidence: ["r2018"],
      },
      {
        id: "gov-retakes-town",
        kind: "captured",
        source: "gov",
        target: "town",
        date: "2021-07",
        evidence: ["r2022"],
      },
      {
        id: "third-claims-town",
        kind: "captured",
        source: "third",
        target: "town",
        date: "2023-01-05",
        status: "claimed",
        evidence: [{ source: "r2024", claimedBy: "third" }],
      },
    ],
  );
  const holders = (date: string) =>
    counterparties(kg, "town", on(date), ["controls"], "target").map((a) => `${a.entity.id}:${a.certainty}`);

  it("derives a control state from each capture, marked as derived, with the capture's evidence and status", () => {
    const derived = kg.dataset.relations.filter((r) => r.derivedFrom);
    expect(derived.map((r) => [r.id, r.kind, r.source, r.start, r.status, r.derivedFrom])).toEqual([
      ["rebels-take-town-control", "controls", "rebels", "2018-02-10", "reported", ["rebels-take-town"]],
      ["gov-retakes-town-control", "controls", "gov", "2021-07", "reported", ["gov-retakes-town"]],
      ["third-claims-town-control", "controls", "third", "2023-01-05", "claimed", ["third-claims-town"]],
    ]);
    expect(derived[0]!.evidence.map((e) => e.source)).toEqual(["r2018"]);
  });

  it("ends the holder's control on the capture day and hands it to the captor until someone else takes it", () => {
    expect(holders("2018-02-09")).toEqual(["gov:certain"]);
    expect(holders("2018-02-10")).toEqual(["rebels:certain"]);
    expect(holders("2018-03-01")).toEqual(["rebels:certain"]);
    expect(holders("2020")).toEqual(["rebels:possible"]);
    // Retaken some time in July 2021: either may hold it during that month.
    expect(holders("2021-07-15")).toEqual(["gov:possible", "rebels:possible"]);
    // The retaking, dated to July 2021 and reported in March 2022, makes the government's hold certain between.
    expect(holders("2021-08-01")).toEqual(["gov:certain"]);
    expect(kg.relations.get("gov-holds-town")!.validity.upperLimit).toMatchObject({
      kind: "captured",
      by: "rebels",
    });
    expect(kg.relations.get("rebels-take-town-control")!.validity.upperLimit).toMatchObject({
      kind: "captured",
      relation: "gov-retakes-town",
      by: "gov",
    });
  });

  it("gives a claimed capture only claimed control, which ends nobody else's", () => {
    const claimed = holdsOn(kg.relations.get("third-claims-town-control")!.validity, on("2024-03-01"))!;
    expect(claimed.certainty).toBe("possible");
    expect(holders("2023-06-01")).toEqual(["gov:possible", "third:possible"]);
  });
});
