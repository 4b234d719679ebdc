import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { KIND_COLORS, STATUS_STYLE, signColor, withAlpha } from "./palette.js";

/** What sigma draws of an entity: position, base size and colour, label. */
export interface DisplayNodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
}

/**
 * What sigma draws of a relation. `type` names the render program (never a domain kind): fixed
 * per edge, so partial refreshes can repaint an edge in place.
 */
export interface DisplayEdgeAttributes {
  type: EdgeProgramName;
  curvature: number;
  size: number;
  color: string;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

/** Render programs of edges: straight or curved (parallel relations), with an arrow when directed. */
export type EdgeProgramName = "arrow" | "line" | "curvedArrow" | "curved";

/** The graph sigma draws: same node and edge keys as the knowledge graph, display attributes only. */
export type DisplayGraph = MultiDirectedGraph<DisplayNodeAttributes, DisplayEdgeAttributes>;

/** Base node size before a centrality measure scales it. */
export const BASE_NODE_SIZE = 5;
/** Base edge thickness of a reported relation. */
export const BASE_EDGE_SIZE = 2;

/** Curvature of the i-th of several parallel edges (sigma's parallel-edges example): spread, bounded. */
export function parallelCurvature(index: number, maxIndex: number): number {
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return maxIndex > 0 ? (maxCurvature * index) / maxIndex : 0;
}

/**
 * Derives the graph sigma draws from the knowledge graph (kept apart from the domain graph):
 * nodes coloured by entity kind, edges by sign and faded by status, parallel relations curved so
 * each stays visible. Positions start at 0 and are set by the layout.
 */
export function buildDisplayGraph(kg: KnowledgeGraph): DisplayGraph {
  const graph: DisplayGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  kg.graph.forEachNode((id, a) => {
    graph.addNode(id, { x: 0, y: 0, size: BASE_NODE_SIZE, label: a.label, color: KIND_COLORS[a.kind] });
  });
  kg.graph.forEachEdge((id, a, source, target) => {
    const style = STATUS_STYLE[a.status];
    graph.addDirectedEdgeWithKey(id, source, target, {
      type: a.symmetric ? "line" : "arrow",
      curvature: 0,
      size: BASE_EDGE_SIZE * style.sizeFactor,
      color: withAlpha(signColor(a.sign), style.alpha),
    });
  });
  indexParallelEdgesIndex(graph, {
    edgeIndexAttribute: "parallelIndex",
    edgeMaxIndexAttribute: "parallelMaxIndex",
  });
  graph.forEachEdge((id, a) => {
    if (typeof a.parallelIndex !== "number" || typeof a.parallelMaxIndex !== "number") return;
    graph.mergeEdgeAttributes(id, {
      type: a.type === "arrow" ? "curvedArrow" : "curved",
      curvature: parallelCurvature(a.parallelIndex, a.parallelMaxIndex),
    });
  });
  return graph;
}
