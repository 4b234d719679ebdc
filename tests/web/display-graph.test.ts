/**
 * The display graph's parallel edges: numbered and curved exactly as @sigma/edge-curve's
 * indexParallelEdgesIndex numbers them, on the shipped data (one edge per relation and aggregated)
 * and on a synthetic graph with edges both ways between the same entities.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { buildKnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { RELATION_KINDS } from "../../src/model/core.js";
import { syntheticDataset } from "../../bench/synthetic-dataset.js";
import { shippedGraph } from "../helpers/shipped-graph.js";

type DisplayModule = typeof import("../../src/web/display-graph.js");
type EdgeCurveModule = typeof import("@sigma/edge-curve");
let display: DisplayModule;
let edgeCurve: EdgeCurveModule;

beforeAll(async () => {
  // @sigma/edge-curve and sigma read WebGL constants when they load; Node has no WebGL.
  const constants = { UNSIGNED_BYTE: 5121, FLOAT: 5126 };
  const scope = globalThis as Record<string, unknown>;
  scope.WebGLRenderingContext ??= constants;
  scope.WebGL2RenderingContext ??= constants;
  display = await import("../../src/web/display-graph.js");
  edgeCurve = await import("@sigma/edge-curve");
});

/** Each edge's program and curvature as the page drew them with edge-curve's own index. */
function withEdgeCurveIndex(kg: KnowledgeGraph, aggregate: boolean): Map<string, [string, number]> {
  const graph = display.buildDisplayGraph(kg, { aggregate });
  graph.forEachEdge((edge, a) =>
    graph.mergeEdgeAttributes(edge, {
      type: a.type.startsWith("curved") ? (a.type === "curved" ? "line" : "arrow") : a.type,
    }),
  );
  edgeCurve.indexParallelEdgesIndex(graph, {
    edgeIndexAttribute: "parallelIndex",
    edgeMaxIndexAttribute: "parallelMaxIndex",
  });
  const out = new Map<string, [string, number]>();
  graph.forEachEdge((edge, a) => {
    const parallel = typeof a.parallelIndex === "number" && typeof a.parallelMaxIndex === "number";
    out.set(edge, [
      parallel ? (a.type === "arrow" ? "curvedArrow" : "curved") : a.type,
      parallel ? display.parallelCurvature(a.parallelIndex!, a.parallelMaxIndex!) : 0,
    ]);
  });
  return out;
}

function drawn(kg: KnowledgeGraph, aggregate: boolean): Map<string, [string, number]> {
  const out = new Map<string, [string, number]>();
  display.buildDisplayGraph(kg, { aggregate }).forEachEdge((edge, a) => out.set(edge, [a.type, a.curvature]));
  return out;
}

describe("parallel edges of the display graph", () => {
  it("are curved as edge-curve's index curves them, on the shipped data", async () => {
    const kg = await shippedGraph();
    for (const aggregate of [true, false]) {
      const expected = withEdgeCurveIndex(kg, aggregate);
      expect(drawn(kg, aggregate)).toEqual(expected);
      expect([...expected.values()].filter(([type]) => type.startsWith("curved")).length).toBeGreaterThan(0);
    }
  });

  it("are curved as edge-curve's index curves them when edges run both ways", () => {
    const kg = buildKnowledgeGraph(syntheticDataset(30, 2000));
    const expected = withEdgeCurveIndex(kg, false);
    expect(drawn(kg, false)).toEqual(expected);
    const curvatures = new Set([...expected.values()].map(([, c]) => c));
    expect(curvatures.size).toBeGreaterThan(5);
  });
});

/** The aggregated edges as a plain reading of the rule gives them: one per kind, ends (sorted when symmetric) and status, earliest first. */
function referenceAggregates(kg: KnowledgeGraph): Map<string, string[]> {
  const groups = new Map<string, { key: string; ids: string[] }>();
  for (const r of kg.dataset.relations) {
    const symmetric = RELATION_KINDS[r.kind].direction === "symmetric";
    const [s, t] = symmetric && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
    const key = display.aggregateKey(r.kind, s, t, r.status);
    const group = groups.get(key) ?? { key, ids: [] };
    group.ids.push(r.id);
    groups.set(key, group);
  }
  const start = (id: string) => kg.relations.get(id)!.timing.start?.lo ?? -Infinity;
  const out = new Map<string, string[]>();
  for (const { key, ids } of groups.values()) {
    ids.sort((a, b) => start(a) - start(b) || (a < b ? -1 : a > b ? 1 : 0));
    out.set(ids.length === 1 ? ids[0]! : key, ids);
  }
  return out;
}

describe("aggregated edges of the display graph", () => {
  it("stand for the relations of one kind, pair of ends and status, in first-seen order, earliest first", async () => {
    for (const kg of [await shippedGraph(), buildKnowledgeGraph(syntheticDataset(40, 5000))]) {
      const edges = new Map<string, readonly string[]>();
      display
        .buildDisplayGraph(kg, { aggregate: true })
        .forEachEdge((edge, a) => edges.set(edge, a.relations));
      const expected = referenceAggregates(kg);
      expect([...edges.keys()]).toEqual([...expected.keys()]);
      expect(edges).toEqual(expected);
      // Both kinds of edge are there: relations alone, and aggregates of several.
      expect([...edges.values()].some((ids) => ids.length > 1)).toBe(true);
      expect([...edges.values()].some((ids) => ids.length === 1)).toBe(true);
    }
  });
});
