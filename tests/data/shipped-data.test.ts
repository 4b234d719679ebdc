import { describe, expect, it } from "vitest";
import { loadGraphData } from "../../src/data/load-graph-data.js";
import { normalizeName } from "../../src/model/core.js";
import { CORPUS, itWith } from "../helpers/shared-material.js";
import { shippedGraph, SHIPPED_DATA } from "../helpers/shipped-graph.js";

describe("the shipped graph-data", () => {
  it("passes every check", async () => {
    const result = await loadGraphData(SHIPPED_DATA, { corpusDir: null });
    expect(result.problems).toEqual([]);
  });

  itWith([CORPUS])("passes the paragraph checks against the corpus", async () => {
    const result = await loadGraphData(SHIPPED_DATA, { corpusDir: CORPUS.path });
    expect(result.problems).toEqual([]);
  });

  it("is curated from all five reports, well over a hundred entities and relations", async () => {
    const kg = await shippedGraph();
    expect(kg.dataset.entities.length).toBeGreaterThan(100);
    expect(kg.dataset.relations.length).toBeGreaterThan(100);
    const cited = new Set(kg.dataset.relations.flatMap((r) => r.evidence.map((e) => e.source)));
    for (const report of [
      "ap-2017-09-19",
      "idlib-counteroffensive-2019-06-06",
      "bbc-2024-11-28",
      "aljazeera-2018-09-08",
      "france24-2024-12-01",
    ]) {
      expect(cited, report).toContain(report);
    }
  });

  it("gives every entity kind a home and every place a province or country above it", async () => {
    const kg = await shippedGraph();
    const kinds = new Set(kg.dataset.entities.map((e) => e.kind));
    expect([...kinds].sort()).toEqual([
      "armed-group",
      "coalition",
      "organization",
      "person",
      "place",
      "state",
    ]);
    const containers = new Set(
      kg.dataset.relations.filter((r) => r.kind === "located-in").map((r) => r.source),
    );
    const unplaced = kg.dataset.entities
      .filter((e) => e.kind === "place" && e.place?.placeKind !== "country" && !containers.has(e.id))
      .map((e) => e.id);
    expect(unplaced).toEqual([]);
  });

  it("keeps the aliases the reports use", async () => {
    const kg = await shippedGraph();
    const names = (id: string) =>
      [kg.entities.get(id)!.label, ...kg.entities.get(id)!.aliases].map(normalizeName);
    expect(names("hts")).toEqual(
      expect.arrayContaining(["hayat tahrir al sham", "hts", "levant liberation organization"]),
    );
    expect(names("nlf")).toEqual(
      expect.arrayContaining(["national liberation front", "nlf", "al jabha al wataniya lil tahrir"]),
    );
    expect(names("white-helmets")).toEqual(
      expect.arrayContaining([
        "white helmets",
        "syrian civil defence",
        "syria civil defence",
        "syrian civil defense",
      ]),
    );
  });

  itWith([CORPUS])("never copies a report's sentence into an evidence note", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const kg = await shippedGraph();
    const corpus = kg.dataset.sources
      .filter((s) => s.file)
      .map((s) => normalizeName(readFileSync(join(CORPUS.path!, s.file!), "utf8")))
      .join(" ");
    const copied = kg.dataset.relations.flatMap((r) =>
      r.evidence
        .map((e) => e.note)
        .filter((note) => {
          const words = normalizeName(note).split(" ");
          // Any run of 9 consecutive words found verbatim in a report counts as copying.
          for (let i = 0; i + 9 <= words.length; i++) {
            if (corpus.includes(words.slice(i, i + 9).join(" "))) return true;
          }
          return false;
        })
        .map((note) => `${r.id}: ${note}`),
    );
    expect(copied).toEqual([]);
  });
});
