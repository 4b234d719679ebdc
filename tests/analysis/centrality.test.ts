import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { CentralityMeasure, CentralityOptions } from "../../src/analysis/index.js";
import {
  CENTRALITY_MEASURES,
  centralityScores,
  selectRelations,
  simpleProjection,
} from "../../src/analysis/index.js";
import type { KnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { RELATION_KINDS } from "../../src/model/core.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { CHAIN, fixtureData, fixtureGraph, WEB } from "./fixtures.js";
import { NETWORKX_PYTHON } from "../helpers/python-with.js";

const on = (text: string) => ({ kind: "at", date: parseQueryDate(text) }) as const;
const chain = fixtureGraph(CHAIN);
const web = fixtureGraph(WEB);

function scores(kg: KnowledgeGraph, options: CentralityOptions): Record<string, number> {
  return Object.fromEntries(centralityScores(kg, options).map((s) => [s.id, s.score]));
}

describe("centrality on a hand-built chain a–b–c–d–e plus f→g", () => {
  const day = on("2024-11-28");

  it("degree counts distinct counterparts once, a symmetric relation and a parallel one included, over n−1", () => {
    // a–b carries two relations (backs, and allied-with stored once): still one counterpart.
    expect(scores(chain, { measure: "degree", scope: day })).toEqual({
      a: 1 / 6,
      b: 2 / 6,
      c: 2 / 6,
      d: 2 / 6,
      e: 1 / 6,
      f: 1 / 6,
      g: 1 / 6,
    });
  });

  it("in- and out-degree read direction, a symmetric relation counting once each way", () => {
    // arcs: a→b (backs and allied), b→a (allied), b↔c, c↔d (fights), d→e, f→g
    expect(scores(chain, { measure: "in-degree", scope: day })).toEqual({
      a: 1 / 6,
      b: 2 / 6,
      c: 2 / 6,
      d: 1 / 6,
      e: 1 / 6,
      f: 0,
      g: 1 / 6,
    });
    expect(scores(chain, { measure: "out-degree", scope: day })).toEqual({
      a: 1 / 6,
      b: 2 / 6,
      c: 2 / 6,
      d: 2 / 6,
      e: 0,
      f: 1 / 6,
      g: 0,
    });
  });

  it("betweenness: on a path of five, b and d lie between 3 pairs, c between 4 (of 15 pairs of 7)", () => {
    const s = scores(chain, { measure: "betweenness", scope: day });
    expect(s.b).toBeCloseTo(3 / 15, 12);
    expect(s.c).toBeCloseTo(4 / 15, 12);
    expect(s.d).toBeCloseTo(3 / 15, 12);
    expect([s.a, s.e, s.f, s.g]).toEqual([0, 0, 0, 0]);
  });

  it("closeness ranks a disconnected graph (Wasserman–Faust): reach/(n−1) × reach/total distance", () => {
    const s = scores(chain, { measure: "closeness", scope: day });
    expect(s.c).toBeCloseTo((4 / 6) * (4 / 6), 12); // c reaches 4 at distances 1,1,2,2
    expect(s.a).toBeCloseTo((4 / 6) * (4 / 10), 12); // a reaches 4 at 1,2,3,4
    expect(s.f).toBeCloseTo((1 / 6) * 1, 12);
  });

  it("follows the date: the attack on e counts only on its day, and before any relation nobody ranks", () => {
    expect(Object.keys(scores(chain, { measure: "degree", scope: on("2024-11-27") })).sort()).toEqual([
      "a",
      "b",
      "c",
      "d",
      "f",
      "g",
    ]);
    expect(centralityScores(chain, { measure: "pagerank", scope: on("2000-01-01") })).toEqual([]);
    for (const measure of CENTRALITY_MEASURES) {
      expect(centralityScores(chain, { measure, scope: on("2000-01-01") }), measure).toEqual([]);
    }
  });

  it("a window counts the events inside it; --from/--to outside the attack leaves e out", () => {
    const window = {
      kind: "during",
      from: parseQueryDate("2024-11-27"),
      to: parseQueryDate("2024-11-29"),
    } as const;
    expect(scores(chain, { measure: "degree", scope: window }).e).toBe(1 / 6);
    const before = { kind: "during", from: null, to: parseQueryDate("2024-11-27") } as const;
    expect(scores(chain, { measure: "degree", scope: before }).e).toBeUndefined();
  });

  it("the layer and kinds choose the relations: the hostile layer is c–d and d→e only", () => {
    expect(scores(chain, { measure: "degree", scope: day, layer: "hostile" })).toEqual({
      c: 0.5,
      d: 1,
      e: 0.5,
    });
    expect(
      Object.keys(scores(chain, { measure: "degree", scope: day, layer: "cooperative" })).sort(),
    ).toEqual(["a", "b", "c", "f", "g"]);
    // Two separate pairs: each entity linked to one of the three others.
    expect(scores(chain, { measure: "degree", scope: day, kinds: ["backs"] })).toEqual({
      a: 1 / 3,
      b: 1 / 3,
      f: 1 / 3,
      g: 1 / 3,
    });
  });

  it("ranks best first, ties by label, and --top keeps the first N", () => {
    const ranked = centralityScores(chain, { measure: "degree", scope: day });
    expect(ranked.map((s) => s.id)).toEqual(["b", "c", "d", "a", "e", "f", "g"]);
    expect(ranked[0]).toEqual({ id: "b", label: "B", kind: "armed-group", score: 2 / 6 });
    expect(centralityScores(chain, { measure: "degree", scope: day, top: 2 }).map((s) => s.id)).toEqual([
      "b",
      "c",
    ]);
  });
});

describe("simple projection", () => {
  it("collapses parallel relations into one weighted edge and gives a symmetric relation both arcs", () => {
    const selected = selectRelations(web, { scope: { kind: "always" } });
    const undirected = simpleProjection(web, selected, "undirected");
    expect(undirected.order).toBe(8);
    expect(undirected.size).toBe(11); // 12 relations, a–b twice
    expect(undirected.getEdgeAttributes(undirected.edge("a", "b")!)).toEqual({
      weight: 2,
      relations: ["ab-allied", "ab-backs"],
    });
    const directed = simpleProjection(web, selected, "directed");
    expect(directed.getEdgeAttributes(directed.edge("a", "b")!).weight).toBe(2);
    expect(directed.getEdgeAttributes(directed.edge("b", "a")!)).toEqual({
      weight: 1,
      relations: ["ab-allied"],
    });
    expect(directed.hasEdge("d", "c")).toBe(false); // c backs d: one way only
    expect(directed.hasEdge("e", "d") && directed.hasEdge("d", "e")).toBe(true); // clashed-with is symmetric
  });
});

/** The same centralities computed by networkx from the relation list, projected independently in Python. */
function networkxCentralities(kg: KnowledgeGraph): Record<string, Record<string, number>> {
  const relations = kg.dataset.relations.map((r) => [
    r.source,
    r.target,
    RELATION_KINDS[r.kind].direction === "symmetric",
  ]);
  const script = `
import json, sys, networkx as nx
U, D = nx.Graph(), nx.DiGraph()
def add(G, x, y):
    G.add_edge(x, y, weight=G.get_edge_data(x, y, {"weight": 0})["weight"] + 1)
for s, t, symmetric in json.load(sys.stdin):
    add(U, s, t)
    add(D, s, t)
    if symmetric: add(D, t, s)
print(json.dumps({
    "degree": nx.degree_centrality(U),
    "in-degree": nx.in_degree_centrality(D),
    "out-degree": nx.out_degree_centrality(D),
    "betweenness": nx.betweenness_centrality(U),
    "betweenness-directed": nx.betweenness_centrality(D),
    "closeness": nx.closeness_centrality(U),
    "closeness-directed": nx.closeness_centrality(D),
    "pagerank": nx.pagerank(D, weight="weight", tol=1e-12),
    "pagerank-unweighted": nx.pagerank(D, weight=None, alpha=0.6, tol=1e-12),
    "eigenvector": nx.eigenvector_centrality(U, weight="weight", tol=1e-12, max_iter=10000),
}))`;
  const run = spawnSync(NETWORKX_PYTHON, ["-c", script], {
    input: JSON.stringify(relations),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`networkx failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, Record<string, number>>;
}

describe("centrality agrees with networkx on a connected web with cycles, parallel and symmetric relations", () => {
  const expected = networkxCentralities(web);
  const day = on("2024-11-28");
  const cases: [string, CentralityMeasure, Partial<CentralityOptions>, number][] = [
    ["degree", "degree", {}, 12],
    ["in-degree", "in-degree", {}, 12],
    ["out-degree", "out-degree", {}, 12],
    ["betweenness", "betweenness", {}, 12],
    ["betweenness-directed", "betweenness", { directed: true }, 12],
    ["closeness", "closeness", {}, 12],
    ["closeness-directed", "closeness", { directed: true }, 12],
    // Power iterations stop at a tolerance: agreement to 5 decimals.
    ["pagerank", "pagerank", {}, 5],
    ["pagerank-unweighted", "pagerank", { weighting: "none", alpha: 0.6 }, 5],
    ["eigenvector", "eigenvector", {}, 4],
  ];
  for (const [name, measure, extra, digits] of cases) {
    it(name, () => {
      const ours = scores(web, { measure, scope: day, ...extra });
      const theirs = expected[name]!;
      expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
      for (const id of Object.keys(theirs))
        expect(ours[id], `${name} of ${id}`).toBeCloseTo(theirs[id]!, digits);
    });
  }

  it("weighting matters: with counts, a (two relations to b) outranks c for eigenvector", () => {
    const weighted = scores(web, { measure: "eigenvector", scope: day });
    const flat = scores(web, { measure: "eigenvector", scope: day, weighting: "none" });
    expect(weighted.a! / weighted.c!).toBeGreaterThan(flat.a! / flat.c!);
  });
});

describe("geography", () => {
  it("leaves static located-in relations out unless asked for by kind, so places do not look central", () => {
    const kg = fixtureGraph(
      fixtureData(
        [{ id: "x" }, { id: "y" }, { id: "town", kind: "place" }, { id: "province", kind: "place" }],
        [
          { id: "x-captured-town", kind: "captured", source: "x", target: "town", date: "2024-11-28" },
          {
            id: "y-attacked-province",
            kind: "attacked",
            source: "y",
            target: "province",
            date: "2024-11-28",
          },
          {
            id: "town-in-province",
            kind: "located-in",
            source: "town",
            target: "province",
            evidence: ["r2018"],
          },
        ],
      ),
    );
    const day = on("2024-11-28");
    expect(scores(kg, { measure: "betweenness", scope: day })).toEqual({ x: 0, y: 0, town: 0, province: 0 });
    const withGeography = scores(kg, {
      measure: "betweenness",
      scope: day,
      kinds: ["captured", "attacked", "located-in"],
    });
    expect(withGeography.town).toBeCloseTo(2 / 3, 12);
  });
});
