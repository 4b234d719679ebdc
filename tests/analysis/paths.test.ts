import fc from "fast-check";
import { DirectedGraph, UndirectedGraph } from "graphology";
import { allSimplePaths } from "graphology-simple-path";
import { describe, expect, it } from "vitest";
import type {
  Projection,
  ProjectedEdgeAttributes,
  ProjectedNodeAttributes,
} from "../../src/analysis/index.js";
import { findPaths, kShortestSimplePaths } from "../../src/analysis/index.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { CHAIN, fixtureData, fixtureGraph } from "./fixtures.js";

const on = (text: string) => ({ kind: "at", date: parseQueryDate(text) }) as const;
const always = { kind: "always" } as const;
const chain = fixtureGraph(CHAIN);

describe("time-respecting paths on the chain a–b–c–d–e, f→g", () => {
  it("finds a → e on the day of the attack, each hop by its firmest relation, certain", () => {
    expect(findPaths(chain, "a", "e", { scope: on("2024-11-28") })).toEqual({
      paths: [
        {
          entities: ["a", "b", "c", "d", "e"],
          // a–b has two relations, both certain and reported: the first by id stands for the hop.
          relations: ["ab-allied", "bc-allied", "cd-fights", "de-attacked"],
          certainty: "certain",
        },
      ],
      reason: "",
    });
  });

  it("finds none the day before, saying e has no relation then; none before any evidence", () => {
    expect(findPaths(chain, "a", "e", { scope: on("2024-11-27") })).toEqual({
      paths: [],
      reason: "E has no relation on 2024-11-27",
    });
    expect(findPaths(chain, "a", "e", { scope: on("2000-01-01") }).reason).toBe(
      "A and E have no relation on 2000-01-01",
    );
  });

  it("finds none between disconnected entities, saying no chain joins them", () => {
    expect(findPaths(chain, "a", "g", { scope: always })).toEqual({
      paths: [],
      reason: "no chain of relations joins A to G",
    });
  });

  it("ignores dates without one (certainty null) and honours kinds, layer and direction", () => {
    expect(findPaths(chain, "e", "a", { scope: always }).paths[0]).toEqual({
      entities: ["e", "d", "c", "b", "a"],
      relations: ["de-attacked", "cd-fights", "bc-allied", "ab-allied"],
      certainty: null,
    });
    expect(findPaths(chain, "a", "e", { scope: always, layer: "cooperative" }).reason).toBe(
      "E has no relation of the kinds asked for",
    );
    expect(findPaths(chain, "a", "c", { scope: always, kinds: ["backs"] }).paths).toEqual([]);
    // f backs g: one way only when directed; a symmetric allied-with is crossed both ways.
    expect(findPaths(chain, "g", "f", { scope: always, directed: true }).paths).toEqual([]);
    expect(findPaths(chain, "f", "g", { scope: always, directed: true }).paths).toHaveLength(1);
    expect(findPaths(chain, "c", "a", { scope: always, directed: true }).paths[0]!.relations).toEqual([
      "bc-allied",
      "ab-allied",
    ]);
  });

  it("a path through a relation holding only possibly on the date is possible, and --certain drops it", () => {
    const kg = fixtureGraph(
      fixtureData(
        [{ id: "x" }, { id: "y" }, { id: "z" }],
        [
          { id: "xy", kind: "allied-with", source: "x", target: "y", start: "2015", end: "2025" },
          // Known only to the month: on 2024-11-15 it may not have begun yet.
          { id: "yz", kind: "backs", source: "y", target: "z", start: "2024-11", end: "2025" },
        ],
      ),
    );
    expect(findPaths(kg, "x", "z", { scope: on("2024-11-15") }).paths[0]!.certainty).toBe("possible");
    expect(findPaths(kg, "x", "z", { scope: on("2024-12-15") }).paths[0]!.certainty).toBe("certain");
    expect(findPaths(kg, "x", "z", { scope: on("2024-11-15"), certainOnly: true }).paths).toEqual([]);
  });

  it("prefers a reported relation over a claimed one for a hop", () => {
    const kg = fixtureGraph(
      fixtureData(
        [{ id: "x" }, { id: "y" }],
        [
          {
            id: "a-claimed",
            kind: "backs",
            source: "x",
            target: "y",
            start: "2015",
            end: "2025",
            status: "claimed",
          },
          { id: "b-reported", kind: "allied-with", source: "x", target: "y", start: "2015", end: "2025" },
        ],
      ),
    );
    expect(findPaths(kg, "x", "y", { scope: on("2020") }).paths[0]!.relations).toEqual(["b-reported"]);
  });
});

describe("k shortest simple paths", () => {
  // p–q, q–s, p–r, r–s, q–r, s–t: two paths of 3 hops from p to t, then two of 4.
  const kg = fixtureGraph(
    fixtureData(
      ["p", "q", "r", "s", "t"].map((id) => ({ id })),
      [
        ["p", "q"],
        ["q", "s"],
        ["p", "r"],
        ["r", "s"],
        ["q", "r"],
        ["s", "t"],
      ].map(([x, y]) => ({
        id: `${x}${y}`,
        kind: "allied-with",
        source: x!,
        target: y!,
        start: "2015",
        end: "2025",
      })),
    ),
  );

  it("lists them shortest first, ties in id order, and stops when there are no more", () => {
    expect(findPaths(kg, "p", "t", { scope: always, k: 10 }).paths.map((p) => p.entities.join(""))).toEqual([
      "pqst",
      "prst",
      "pqrst",
      "prqst",
    ]);
    expect(findPaths(kg, "p", "t", { scope: always, k: 2 }).paths.map((p) => p.relations)).toEqual([
      ["pq", "qs", "st"],
      ["pr", "rs", "st"],
    ]);
  });

  /** A random simple graph on up to 7 nodes, directed or not. */
  const graphs = fc
    .record({
      directed: fc.boolean(),
      n: fc.integer({ min: 2, max: 7 }),
      edges: fc.array(fc.tuple(fc.nat(6), fc.nat(6)), { maxLength: 18 }),
      k: fc.integer({ min: 1, max: 12 }),
    })
    .map(({ directed, n, edges, k }) => {
      const graph: Projection = directed
        ? new DirectedGraph<ProjectedNodeAttributes, ProjectedEdgeAttributes>()
        : new UndirectedGraph<ProjectedNodeAttributes, ProjectedEdgeAttributes>();
      for (let i = 0; i < n; i++) graph.addNode(`n${i}`, { label: `n${i}`, kind: "armed-group" });
      for (const [x, y] of edges) {
        if (x < n && y < n && x !== y) graph.mergeEdge(`n${x}`, `n${y}`, { weight: 1, relations: [] });
      }
      return { graph, k, target: `n${n - 1}` };
    });

  it("agrees with graphology-simple-path's list of every simple path on random graphs", () => {
    fc.assert(
      fc.property(graphs, ({ graph, k, target }) => {
        const ours = kShortestSimplePaths(graph, "n0", target, k);
        const all = allSimplePaths(graph, "n0", target);
        const lengths = all.map((p) => p.length).sort((a, b) => a - b);
        expect(ours.map((p) => p.length)).toEqual(lengths.slice(0, k));
        const known = new Set(all.map((p) => p.join(" ")));
        for (const path of ours) expect(known.has(path.join(" "))).toBe(true);
        expect(new Set(ours.map((p) => p.join(" "))).size).toBe(ours.length);
      }),
      { numRuns: 300 },
    );
  });
});
