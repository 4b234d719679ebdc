import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signedPairs, selectRelations, structuralBalance } from "../../src/analysis/index.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { fixtureData, fixtureGraph } from "./fixtures.js";

const on = (text: string) => ({ kind: "at", date: parseQueryDate(text) }) as const;
const LONG = { start: "2015", end: "2024-12" } as const;

// a–b +, b–c +, a–c − (++−: b is friends with two enemies); a–d −, c–d − (a,c,d: −−−);
// b–d − (a,b,d and b,c,d: +−−, friends with a common enemy). e–f both allied and clashing.
const kg = fixtureGraph(
  fixtureData([..."abcdef"].map((id) => ({ id })).concat([{ id: "town", kind: "place" } as never]), [
    { id: "ab-allied", kind: "allied-with", source: "a", target: "b", ...LONG },
    { id: "ab-backs", kind: "backs", source: "b", target: "a", ...LONG },
    { id: "bc-allied", kind: "allied-with", source: "b", target: "c", ...LONG },
    { id: "ac-fights", kind: "fights", source: "a", target: "c", ...LONG },
    { id: "ad-fights", kind: "fights", source: "a", target: "d", ...LONG },
    { id: "cd-attacked", kind: "attacked", source: "c", target: "d", date: "2024-11-28" },
    { id: "bd-fights", kind: "fights", source: "d", target: "b", ...LONG },
    { id: "ef-allied", kind: "allied-with", source: "e", target: "f", ...LONG },
    { id: "ef-clashed", kind: "clashed-with", source: "f", target: "e", date: "2024-11-28" },
    { id: "ea-fights", kind: "fights", source: "e", target: "a", ...LONG },
    { id: "fa-fights", kind: "fights", source: "f", target: "a", ...LONG },
    // Hostility to a place signs no triad.
    { id: "a-attacked-town", kind: "attacked", source: "a", target: "town", date: "2024-11-28" },
    { id: "b-captured-town", kind: "captured", source: "b", target: "town", date: "2024-11-28" },
  ]),
);

describe("structural balance", () => {
  const answer = structuralBalance(kg, { scope: on("2024-11-28") });

  it("counts each triad type, scores the share balanced, and the weak (Davis) share", () => {
    expect(answer.triads).toEqual({ "+++": 0, "+--": 2, "++-": 1, "---": 1, total: 4 });
    expect(answer.score).toBe(0.5);
    expect(answer.weakScore).toBe(0.75);
    expect(answer.pairs).toEqual({ cooperative: 2, hostile: 6, ambivalent: 1 });
  });

  it("lists the unbalanced triads with the friend of two enemies first and the relations of each pair", () => {
    expect(answer.unbalanced.map((t) => [t.type, ...t.entities])).toEqual([
      ["++-", "b", "a", "c"],
      ["---", "a", "c", "d"],
    ]);
    const [friendOfEnemies] = answer.unbalanced;
    // a–b is one pair, whatever the direction and number of its relations (allied-with is stored once).
    expect(friendOfEnemies!.pairs.map((p) => [p.a, p.b, p.tone, [...p.cooperative, ...p.hostile]])).toEqual([
      ["a", "b", "cooperative", ["ab-allied", "ab-backs"]],
      ["b", "c", "cooperative", ["bc-allied"]],
      ["a", "c", "hostile", ["ac-fights"]],
    ]);
  });

  it("sets ambivalent pairs apart instead of taking a majority", () => {
    expect(answer.ambivalent).toEqual([
      { a: "e", b: "f", tone: "ambivalent", cooperative: ["ef-allied"], hostile: ["ef-clashed"] },
    ]);
  });

  it("follows the date: without the day's events a–c–d is no triad, and e–f, plain cooperative, makes one with a", () => {
    const before = structuralBalance(kg, { scope: on("2024-11-27") });
    // a,b,c (++−); a,b,d and a,e,f (+−−): e and f share the enemy a.
    expect(before.triads).toEqual({ "+++": 0, "+--": 2, "++-": 1, "---": 0, total: 3 });
    expect(before.ambivalent).toEqual([]);
  });

  it("has no score on an empty date, and signs nothing with neutral relations", () => {
    const empty = structuralBalance(kg, { scope: on("2000-01-01") });
    expect(empty.score).toBeNull();
    expect(empty.triads.total).toBe(0);
    const neutral = fixtureGraph(
      fixtureData(
        [{ id: "p" }, { id: "q" }],
        [{ id: "pq-talks", kind: "negotiated-with", source: "p", target: "q", date: "2024-11-28" }],
      ),
    );
    expect(signedPairs(selectRelations(neutral, { scope: on("2024-11-28") })).size).toBe(0);
  });
});

describe("structural balance on random signed graphs", () => {
  it("counts the same triads as a brute-force pass over every three actors", () => {
    const kinds = ["allied-with", "fights", "clashed-with", "backs"] as const;
    const graphs = fc.array(
      fc.record({ x: fc.nat(7), y: fc.nat(7), kind: fc.constantFrom(...kinds), day: fc.boolean() }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(graphs, (rows) => {
        const ids = [..."abcdefgh"];
        const relations = rows
          .filter((r) => r.x !== r.y)
          .map((r, i) => ({
            id: `r${i}`,
            kind: r.kind,
            source: ids[r.x]!,
            target: ids[r.y]!,
            ...(r.kind === "clashed-with" ? { date: r.day ? "2024-11-28" : "2024-11-20" } : LONG),
          }));
        // The data forbids stating one fact twice; keep the first relation of a kind between two ends.
        const fact = (r: (typeof relations)[number]) => `${r.kind} ${[r.source, r.target].sort().join()}`;
        const unique = relations.filter((r, i) => relations.findIndex((o) => fact(o) === fact(r)) === i);
        const graph = fixtureGraph(
          fixtureData(
            ids.map((id) => ({ id })),
            unique,
          ),
        );
        const answer = structuralBalance(graph, { scope: on("2024-11-28") });
        const tone = new Map<string, Set<number>>();
        for (const r of unique) {
          if (r.kind === "clashed-with" && !("date" in r && r.date === "2024-11-28")) continue;
          const key = [r.source, r.target].sort().join();
          tone.set(
            key,
            (tone.get(key) ?? new Set()).add(r.kind === "allied-with" || r.kind === "backs" ? 1 : -1),
          );
        }
        const sign = (p: string, q: string) => {
          const t = tone.get([p, q].sort().join());
          return t && t.size === 1 ? [...t][0]! : 0;
        };
        const counts = { "+++": 0, "+--": 0, "++-": 0, "---": 0 };
        for (let i = 0; i < 8; i++)
          for (let j = i + 1; j < 8; j++)
            for (let k = j + 1; k < 8; k++) {
              const s = [sign(ids[i]!, ids[j]!), sign(ids[i]!, ids[k]!), sign(ids[j]!, ids[k]!)];
              if (s.includes(0)) continue;
              const plus = s.filter((v) => v > 0).length;
              counts[(["---", "+--", "++-", "+++"] as const)[plus]!]++;
            }
        const total = counts["+++"] + counts["+--"] + counts["++-"] + counts["---"];
        expect(answer.triads).toEqual({ ...counts, total });
        expect(answer.unbalanced).toHaveLength(counts["++-"] + counts["---"]);
      }),
      { numRuns: 150 },
    );
  });
});
