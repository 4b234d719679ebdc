import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/model/core.js";
import { EntitySchema, normalizeName } from "../../src/model/index.js";
import { EntityResolver } from "../../src/query/entity-resolver.js";

const entity = (e: Record<string, unknown>): Entity => EntitySchema.parse(e);
const place = { placeKind: "city", lat: 33.5, lon: 36.3 };

const resolver = new EntityResolver([
  entity({
    id: "gov",
    label: "Government",
    kind: "state",
    aliases: ["Assad's forces"],
    sharedNames: ["Capital"],
  }),
  entity({ id: "patron", label: "Turkey", kind: "state" }),
  entity({ id: "aq", label: "al-Qaeda", kind: "armed-group" }),
  entity({ id: "qaida-town", label: "Qaeda", kind: "place", place }),
  entity({ id: "front", label: "Levant Front", kind: "armed-group", sharedNames: ["Northern forces"] }),
  entity({ id: "guards", label: "Northern Guards", kind: "armed-group", sharedNames: ["Northern forces"] }),
  entity({ id: "capital", label: "Capital", kind: "place", place }),
  entity({ id: "hamlet", label: "Hamlet", kind: "place", place }),
]);

const ids = (name: string) => resolver.resolve(name).candidates.map((c) => c.entity.id);
const actorIds = (name: string) => resolver.resolveActor(name).candidates.map((c) => c.entity.id);

describe("names as the press writes them", () => {
  it("ignores a leading English article, but keeps Arabic articles", () => {
    expect(normalizeName("The Levant Front")).toBe("levant front");
    expect(normalizeName("a Levant Front")).toBe("levant front");
    expect(normalizeName("the")).toBe("the");
    expect(normalizeName("al-Qaeda")).toBe("al qaeda");
    expect(normalizeName("an-Nusra Front")).toBe("an nusra front");
    expect(ids("the Levant Front")).toEqual(["front"]);
    expect(ids("THE government")).toEqual(["gov"]);
    expect(ids("al-Qaeda")).toEqual(["aq"]);
    expect(ids("Qaeda")).toEqual(["qaida-town"]);
  });

  it("reads a possessive as the name it is attached to, and a possessive phrase as a whole", () => {
    expect(normalizeName("Turkey’s")).toBe("turkey");
    expect(normalizeName("Ra's al-Ayn")).toBe("ras al ayn");
    expect(ids("Turkey's")).toEqual(["patron"]);
    expect(ids("Assad’s forces")).toEqual(["gov"]);
    expect(ids("the Levant Front's")).toEqual(["front"]);
  });

  it("drops generic words such as group and movement", () => {
    expect(ids("the Levant Front group")).toEqual(["front"]);
    expect(resolver.resolve("Levant Front movement").candidates[0]).toMatchObject({ match: "partial" });
  });

  it("offers every entity a shared name may denote, the place it names first", () => {
    expect(ids("Capital")).toEqual(["capital", "gov"]);
    expect(resolver.resolve("Capital").candidates[1]).toMatchObject({
      match: "shared",
      matchedName: "Capital",
    });
    expect(ids("Northern forces")).toEqual(["front", "guards"]);
  });

  it("reads a name as the actor in a question about actors, setting places aside", () => {
    const read = resolver.resolveActor("the Capital");
    expect(read.candidates.map((c) => c.entity.id)).toEqual(["gov"]);
    expect(read.setAside.map((c) => c.entity.id)).toEqual(["capital"]);
    expect(actorIds("Northern forces")).toEqual(["front", "guards"]);
    expect(resolver.resolveActor("Northern forces").setAside).toEqual([]);
    expect(actorIds("Hamlet")).toEqual(["hamlet"]);
    expect(resolver.resolveActor("Hamlet").setAside).toEqual([]);
  });
});
