import { describe, expect, it } from "vitest";
import { relationIdBase, reviewedRelationId } from "../../src/draft/relation-id.js";

describe("ids of reviewed relations", () => {
  const attack = { kind: "attacked" as const, source: "hts", target: "saraqib", start: "2024-12-02~" };

  it("names a relation by source, kind, target and date, without EDTF marks", () => {
    expect(relationIdBase("attacked", "hts", "saraqib", "2024-12-02~")).toBe(
      "hts-attacked-saraqib-2024-12-02",
    );
    expect(relationIdBase("backs", "russia", "syrian-government", null)).toBe(
      "russia-backs-syrian-government",
    );
  });

  it("keeps a draft id that still says what the relation is, its -N form included", () => {
    expect(reviewedRelationId("hts-attacked-saraqib-2024-12-02", attack, new Set())).toBe(
      "hts-attacked-saraqib-2024-12-02",
    );
    expect(reviewedRelationId("hts-attacked-saraqib-2024-12-02-2", attack, new Set())).toBe(
      "hts-attacked-saraqib-2024-12-02-2",
    );
  });

  it("renames a relation whose kind changed, unique among the ids taken, and takes the new id", () => {
    const taken = new Set(["hts-attacked-saraqib-2024-12-02"]);
    expect(reviewedRelationId("hts-captured-saraqib-2024-12-02", attack, taken)).toBe(
      "hts-attacked-saraqib-2024-12-02-2",
    );
    expect(reviewedRelationId("hts-captured-saraqib-2024-12-02-4", attack, taken)).toBe(
      "hts-attacked-saraqib-2024-12-02-3",
    );
    expect(taken.has("hts-attacked-saraqib-2024-12-02-3")).toBe(true);
  });

  it("gives a fresh id when the draft id is already taken in the graph", () => {
    const taken = new Set(["hts-attacked-saraqib-2024-12-02"]);
    expect(reviewedRelationId("hts-attacked-saraqib-2024-12-02", attack, taken)).toBe(
      "hts-attacked-saraqib-2024-12-02-2",
    );
  });
});
