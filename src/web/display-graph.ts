import { DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { RELATION_KINDS } from "../model/core.js";
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

/**
 * Groups the relations into edges: each relation alone, or by ends, kind and status. Read from the
 * dataset's relations (the knowledge graph's edge order), not the graphology graph: the first
 * frame does not wait for that graph to be built.
 */
function edgeGroups(kg: KnowledgeGraph, aggregate: boolean): Map<string, EdgeGroup> {
  const groups = new Map<string, EdgeGroup>();
  if (!aggregate) {
    for (const { id, source, target } of kg.dataset.relations)
      groups.set(id, { source, target, relations: [id] });
    return groups;
  }
  // Grouped under a number made of the positions of kind, ends and status (first seen, first
  // numbered): a text key built and hashed per relation cost most of the grouping.
  const ends = new Map<string, number>();
  for (const e of kg.dataset.entities) ends.set(e.id, ends.size);
  const endOf = (id: string) => {
    let i = ends.get(id);
    if (i === undefined) ends.set(id, (i = ends.size));
    return i;
  };
  const kinds = new Map<string, number>();
  const statuses = new Map<string, number>();
  const byNumber = new Map<number, EdgeGroup & { readonly kind: string; readonly status: string }>();
  // Room for ends beyond the entities (a relation to an unknown id still gets its own group).
  const width = kg.dataset.entities.length + kg.dataset.relations.length * 2;
  for (const { id, kind, source, target, status } of kg.dataset.relations) {
    const symmetric = RELATION_KINDS[kind].direction === "symmetric";
    const [s, t] = symmetric && target < source ? [target, source] : [source, target];
    let k = kinds.get(kind);
    if (k === undefined) kinds.set(kind, (k = kinds.size));
    let st = statuses.get(status);
    if (st === undefined) statuses.set(status, (st = statuses.size));
    const key = ((k * width + endOf(s)) * width + endOf(t)) * 4 + st;
    const group = byNumber.get(key);
    if (group) group.relations.push(id);
    else byNumber.set(key, { source: s, target: t, kind, status, relations: [id] });
  }
  // An aggregate of one relation keeps the relation's id as its key: the edge is that relation.
  for (const { source, target, kind, status, relations } of byNumber.values()) {
    if (relations.length > 1) sortByStart(kg, relations);
    groups.set(relations.length === 1 ? relations[0]! : aggregateKey(kind, source, target, status), {
      source,
      target,
      relations,
    });
  }
  return groups;
}

/** Sorts relation ids in place, earliest start first (no start first of all), then by id; each start read once. */
function sortByStart(kg: KnowledgeGraph, ids: string[]): void {
  const keyed = ids.map((id) => ({ id, start: kg.relations.get(id)?.timing.start?.lo ?? -Infinity }));
  keyed.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  keyed.forEach(({ id }, i) => (ids[i] = id));
}

/**
 * Where each edge sits among the edges joining the same two entities, as @sigma/edge-curve's
 * indexParallelEdgesIndex numbers them (same rules, same order), worked out on the groups before
 * any edge is added: setting attributes edge by edge afterwards cost seconds at 10^5 edges.
 * Edges alone between their two entities are absent.
 */
function parallelIndices(
  groups: ReadonlyMap<string, EdgeGroup>,
): Map<string, { index: number; max: number }> {
  const directed = new Map<string, string[]>();
  const undirectedCount = new Map<string, number>();
  for (const [key, group] of groups) {
    const pair = `${group.source}\u0000${group.target}`;
    const list = directed.get(pair);
    if (list) list.push(key);
    else directed.set(pair, [key]);
    const ends = group.source < group.target ? pair : `${group.target}\u0000${group.source}`;
    undirectedCount.set(ends, (undirectedCount.get(ends) ?? 0) + 1);
  }
  const out = new Map<string, { index: number; max: number }>();
  for (const [pair, edges] of directed) {
    const [source, target] = pair.split("\u0000") as [string, string];
    const both = undirectedCount.get(source < target ? pair : `${target}\u0000${source}`)!;
    if (edges.length === 1 && both === 1) continue;
    if (edges.length === 1) out.set(edges[0]!, { index: 1, max: 1 });
    else if (edges.length === both) {
      const max = (edges.length - 1) / 2;
      edges.forEach((edge, i) => out.set(edge, { index: -max + i, max }));
    } else edges.forEach((edge, i) => out.set(edge, { index: i + 1, max: edges.length }));
  }
  return out;
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
  const groups = edgeGroups(kg, options.aggregate);
  const parallel = parallelIndices(groups);
  for (const [key, group] of groups) {
    const r = kg.relations.get(group.relations[0]!)!;
    const spec = RELATION_KINDS[r.kind];
    const symmetric = spec.direction === "symmetric";
    const style = STATUS_STYLE[r.status];
    const p = parallel.get(key);
    graph.addDirectedEdgeWithKey(key, group.source, group.target, {
      type: p ? (symmetric ? "curved" : "curvedArrow") : symmetric ? "line" : "arrow",
      curvature: p ? parallelCurvature(p.index, p.max) : 0,
      size: BASE_EDGE_SIZE * style.sizeFactor,
      color: withAlpha(signColor(spec.sign), style.alpha),
      relations: group.relations,
      ...(p ? { parallelIndex: p.index, parallelMaxIndex: p.max } : {}),
    });
  }
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
  for (const { id, label, kind } of kg.dataset.entities)
    graph.addNode(id, { x: 0, y: 0, size: BASE_NODE_SIZE, label, color: KIND_COLORS[kind] });
  addDisplayEdges(kg, graph, options);
  return graph;
}
