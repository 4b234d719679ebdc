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
 * What sigma draws of one edge: a relation, or (aggregated) every relation of one kind and status
 * between the same two entities. `type` names the render program (never a domain kind): fixed per
 * edge, so partial refreshes can repaint an edge in place. `size` is the thickness of one relation;
 * the page thickens the edge by how many of its relations are drawn on the date.
 */
export interface DisplayEdgeAttributes {
  type: EdgeProgramName;
  curvature: number;
  size: number;
  color: string;
  /** Ids of the relations this edge stands for, earliest first (one when not aggregated). */
  relations: readonly string[];
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

/** Render programs of edges: straight or curved (parallel relations), with an arrow when directed. */
export type EdgeProgramName = "arrow" | "line" | "curvedArrow" | "curved";

/** The graph sigma draws: the knowledge graph's entities, and one edge per relation or per aggregate of relations. */
export type DisplayGraph = MultiDirectedGraph<DisplayNodeAttributes, DisplayEdgeAttributes>;

/** How relations become edges: one edge each, or one edge per pair of entities, kind and status. */
export interface DisplayGraphOptions {
  readonly aggregate: boolean;
}

/** The page's default: aggregated (hundreds of events between two actors would be noise as curves). */
export const DEFAULT_DISPLAY_GRAPH_OPTIONS: DisplayGraphOptions = { aggregate: true };

/** Base node size before a centrality measure scales it. */
export const BASE_NODE_SIZE = 5;
/** Base edge thickness of a reported relation. */
export const BASE_EDGE_SIZE = 2;

/** Thickest an aggregated edge gets, as a multiple of one relation's thickness. */
const MAX_THICKNESS_FACTOR = 6;

/**
 * How much thicker an edge standing for `count` relations on the date is drawn than one relation:
 * 1 for one, growing with the logarithm of the count (2 → 1.8, 10 → 3.7, 100 → 6 at most).
 */
export function countThickness(count: number): number {
  return Math.min(MAX_THICKNESS_FACTOR, 1 + 0.8 * Math.log2(Math.max(1, count)));
}

/** Curvature of the i-th of several parallel edges (sigma's parallel-edges example): spread, bounded. */
export function parallelCurvature(index: number, maxIndex: number): number {
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return maxIndex > 0 ? (maxCurvature * index) / maxIndex : 0;
}

/** One edge to draw before it is added: its ends and the relations it stands for. */
interface EdgeGroup {
  readonly source: string;
  readonly target: string;
  readonly relations: string[];
}

/**
 * The key of an aggregated edge: kind, ends (in order for directed kinds, sorted for symmetric
 * ones) and status. Relation ids are kebab-case, so the colons keep the two apart.
 */
export function aggregateKey(kind: string, source: string, target: string, status: string): string {
  return `aggregate:${kind}:${source}:${target}:${status}`;
}

/** Groups the relations into edges: each relation alone, or by ends, kind and status. */
function edgeGroups(kg: KnowledgeGraph, aggregate: boolean): Map<string, EdgeGroup> {
  const groups = new Map<string, EdgeGroup>();
  const keyOf = new Map<string, string>();
  kg.graph.forEachEdge((id, a, source, target) => {
    if (!aggregate) {
      groups.set(id, { source, target, relations: [id] });
      return;
    }
    const [s, t] = a.symmetric && target < source ? [target, source] : [source, target];
    const key = aggregateKey(a.kind, s, t, a.status);
    const group = groups.get(key);
    if (group) group.relations.push(id);
    else groups.set(key, { source: s, target: t, relations: [id] });
    keyOf.set(id, key);
  });
  if (!aggregate) return groups;
  // An aggregate of one relation keeps the relation's id as its key: the edge is that relation.
  const keyed = new Map<string, EdgeGroup>();
  for (const [key, group] of groups) {
    if (group.relations.length > 1) {
      const start = (id: string) => kg.relations.get(id)?.timing.start?.lo ?? -Infinity;
      group.relations.sort((a, b) => start(a) - start(b) || (a < b ? -1 : a > b ? 1 : 0));
    }
    keyed.set(group.relations.length === 1 ? group.relations[0]! : key, group);
  }
  return keyed;
}

/**
 * Adds the edges of the knowledge graph's relations to a display graph holding its entities:
 * coloured by sign (alpha and thickness by status), parallel edges curved so each stays visible,
 * and, when `aggregate`, one edge per pair of entities, kind and status standing for all of them.
 */
export function addDisplayEdges(
  kg: KnowledgeGraph,
  graph: DisplayGraph,
  options: DisplayGraphOptions = DEFAULT_DISPLAY_GRAPH_OPTIONS,
): void {
  for (const [key, group] of edgeGroups(kg, options.aggregate)) {
    const a = kg.graph.getEdgeAttributes(group.relations[0]!);
    const style = STATUS_STYLE[a.status];
    graph.addDirectedEdgeWithKey(key, group.source, group.target, {
      type: a.symmetric ? "line" : "arrow",
      curvature: 0,
      size: BASE_EDGE_SIZE * style.sizeFactor,
      color: withAlpha(signColor(a.sign), style.alpha),
      relations: group.relations,
    });
  }
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
}

/**
 * Derives the graph sigma draws from the knowledge graph (kept apart from the domain graph):
 * nodes coloured by entity kind, edges as `addDisplayEdges` makes them. Positions start at 0 and
 * are set by the layout.
 */
export function buildDisplayGraph(
  kg: KnowledgeGraph,
  options: DisplayGraphOptions = DEFAULT_DISPLAY_GRAPH_OPTIONS,
): DisplayGraph {
  const graph: DisplayGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  kg.graph.forEachNode((id, a) => {
    graph.addNode(id, { x: 0, y: 0, size: BASE_NODE_SIZE, label: a.label, color: KIND_COLORS[a.kind] });
  });
  addDisplayEdges(kg, graph, options);
  return graph;
}
