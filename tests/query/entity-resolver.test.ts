import { beforeAll, describe, expect, it } from "vitest";
import { EntityResolver } from "../../src/query/entity-resolver.js";
import { miniGraph } from "../helpers/mini-graph.js";

let resolver: EntityResolver;
beforeAll(async () => {
  resolver = new EntityResolver((await miniGraph()).dataset.entities);
});

const ids = (name: string) => resolver.resolve(name).candidates.map((c) => c.entity.id);

describe("EntityResolver", () => {
  it("finds an entity by id, label or alias, whatever the case, accents or punctuation", () => {
    expect(ids("gov")).toEqual(["gov"]);
    expect(ids("GOVERNMENT")).toEqual(["gov"]);
    expect(ids("regime forces")).toEqual(["gov"]);
    expect(ids("Régime Forces")).toEqual(["gov"]);
    expect(ids("levant-rebel organization")).toEqual(["rebels"]);
    expect(resolver.resolve("rf").candidates[0]).toMatchObject({ match: "alias", matchedName: "RF" });
  });

  it("gives every candidate of an ambiguous name, the exact one first", () => {
    expect(ids("Idlib")).toEqual(["idlib", "idlib-province"]);
    expect(ids("idlib governorate")).toEqual(["idlib-province"]);
    expect(ids("Idlib province")).toEqual(["idlib-province"]);
  });

  it("suggests near names on a miss", () => {
    const miss = resolver.resolve("Patron Stat");
    expect(miss.candidates).toEqual([]);
    expect(miss.suggestions.map((s) => s.entity.id)[0]).toBe("patron");
    expect(resolver.resolve("Idlb").suggestions.map((s) => s.entity.id)).toContain("idlib");
    expect(resolver.resolve("zzzzzzzzzz").suggestions).toEqual([]);
    expect(resolver.resolve("   ").candidates).toEqual([]);
  });
});
