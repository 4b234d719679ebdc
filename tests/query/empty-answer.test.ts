import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { alliesOf, backersOf } from "../../src/query/counterparties.js";
import { whyNoAnswer } from "../../src/query/empty-answer.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { miniGraph } from "../helpers/mini-graph.js";

const on = parseQueryDate;
const evidence = [{ source: "report-a", paragraph: 4, note: "Named as members.", reportedBy: "monitor" }];

/**
 * The mini data set with a lifetime for the ally and a second coalition member whose membership
 * (2015–2016) never overlaps the ally's (2018–2019): through the coalition they are never allies.
 */
let kg: KnowledgeGraph;
beforeAll(async () => {
  kg = await miniGraph((d) => {
    const ally = d.entities["actors.json"].find((e) => e.id === "ally")!;
    Object.assign(ally, { founded: "2010", dissolved: "2022", lifetimeEvidence: evidence });
    d.entities["actors.json"].push({ id: "early", label: "Early Member", kind: "armed-group" });
    const member = (id: string, source: string, start: string, end: string) => ({
      id,
      kind: "member-of",
      source,
      target: "rebels",
      start,
      end,
      status: "reported",
      evidence,
    });
    const relations = d.relations["support.json"] as unknown[];
    relations.push(member("early-in-rebels", "early", "2015", "2016"));
    relations.push(member("ally-in-rebels", "ally", "2018", "2019"));
  });
});

describe("why a counterparty question answers nothing", () => {
  it("names the lifetime that rules the date out, before and after", () => {
    expect(alliesOf(kg, "ally", on("2005"))).toEqual([]);
    expect(whyNoAnswer(kg, alliesOf, "ally", on("2005"))).toEqual({ kind: "before-founded", date: "2010" });
    expect(whyNoAnswer(kg, alliesOf, "ally", on("2023-03"))).toEqual({
      kind: "after-dissolved",
      date: "2022",
    });
  });

  it("says possible answers exist when only --certain left them out", () => {
    expect(backersOf(kg, "gov", on("2010"), { certainOnly: true })).toEqual([]);
    expect(whyNoAnswer(kg, backersOf, "gov", on("2010"), { certainOnly: true })).toEqual({
      kind: "only-possible",
      possible: 1,
    });
  });

  it("tells silence on every day apart from answers on other days", () => {
    expect(whyNoAnswer(kg, backersOf, "patron", on("2020"))).toEqual({ kind: "never" });
    // The early member's only ally is the coalition itself, while it is a member (2015–2016).
    expect(alliesOf(kg, "early", on("2020"))).toEqual([]);
    const why = whyNoAnswer(kg, alliesOf, "early", on("2020"));
    expect(why.kind).toBe("other-days");
    if (why.kind !== "other-days") return;
    const found = why.answers.map((a) => [a.entity.id, a.possibleFrom, a.possibleTo, a.via.map((v) => v.id)]);
    // The ally is a member 2018–2019 only: never a member together with the early one, so not listed.
    expect(found).toEqual([["rebels", "2015-01-01", "2016-12-31", ["rebels"]]]);
  });
});
