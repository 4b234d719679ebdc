import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { backersOf } from "../../src/query/counterparties.js";
import { EntityResolver } from "../../src/query/entity-resolver.js";
import { filterRelations } from "../../src/query/filter-relations.js";
import { parseQueryDate, queryRange } from "../../src/query/query-date.js";
import { shippedGraph } from "../helpers/shipped-graph.js";

let kg: KnowledgeGraph;
beforeAll(async () => {
  kg = await shippedGraph();
});
const backers = (id: string, date: string) => backersOf(kg, id, parseQueryDate(date)).map((c) => c.entity.id);

describe("questions a reader of the five reports would ask", () => {
  it("who backed the Syrian government in September 2018 and in December 2024", () => {
    expect(backers("syrian-government", "2018-09")).toEqual(expect.arrayContaining(["russia", "iran"]));
    expect(backers("syrian-government", "2024-12")).toEqual(expect.arrayContaining(["russia", "iran"]));
  });

  it("who backs the SDF, the SNA and Hezbollah", () => {
    expect(backers("sdf", "2024-12-01")).toContain("united-states");
    expect(backers("sna", "2024-11-28")).toContain("turkey");
    expect(backers("hezbollah", "2024-11-28")).toContain("iran");
  });

  it("who brokered the 2018 and 2020 ceasefires", () => {
    const brokers = (year: string) =>
      filterRelations(kg, {
        kinds: ["brokered-ceasefire"],
        range: queryRange(parseQueryDate(year), parseQueryDate(year)),
      })
        .map((h) => h.relation.source)
        .sort();
    expect(brokers("2018")).toEqual(expect.arrayContaining(["russia", "turkey"]));
    expect(brokers("2020")).toEqual(expect.arrayContaining(["russia", "turkey"]));
  });

  it("what HTS captured between 27 November and 1 December 2024, and which are only claimed", () => {
    const captures = filterRelations(kg, {
      kinds: ["captured"],
      entity: "hts",
      range: queryRange(parseQueryDate("2024-11-27"), parseQueryDate("2024-12-01")),
    }).map((h) => h.relation);
    const targets = captures.map((r) => r.target);
    expect(targets).toEqual(expect.arrayContaining(["khan-al-assal", "aleppo", "hama"]));
    const status = Object.fromEntries(captures.map((r) => [r.target, r.status]));
    expect(status["khan-al-assal"]).toBe("claimed");
    expect(status["hama"]).toBe("claimed");
    expect(status["aleppo"]).toBe("reported");
    for (const r of captures.filter((c) => c.status === "claimed")) {
      expect(
        r.evidence.every((e) => e.claimedBy),
        r.id,
      ).toBe(true);
    }
  });

  it("which towns lie in which province", () => {
    const province = (id: string) =>
      filterRelations(kg, { kinds: ["located-in"], entity: id })
        .map((h) => h.relation)
        .filter((r) => r.source === id)
        .map((r) => r.target);
    expect(province("khan-al-assal")).toEqual(["aleppo-province"]);
    expect(province("tal-malah")).toEqual(["hama-province"]);
    expect(province("qamishli")).toEqual(["hasakah-province"]);
    expect(province("saraqeb")).toEqual(["idlib-province"]);
  });

  it("resolves the names the reports use, and sees Idlib the city and the province", () => {
    const resolver = new EntityResolver(kg.dataset.entities);
    const first = (name: string) => resolver.resolve(name).candidates[0]?.entity.id;
    expect(first("Levant Liberation Organization")).toBe("hts");
    expect(first("Hayat Tahrir al-Sham")).toBe("hts");
    expect(first("al-Jabha al-Wataniya lil-Tahrir")).toBe("nlf");
    expect(first("Syria Civil Defence")).toBe("white-helmets");
    expect(
      resolver
        .resolve("Idlib")
        .candidates.map((c) => c.entity.id)
        .sort(),
    ).toEqual(["idlib", "idlib-province"]);
  });
});
