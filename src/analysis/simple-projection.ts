import { DirectedGraph, UndirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { EntityKind } from "../model/core.js";
import { RELATION_KINDS } from "../model/core.js";
import { compareIds } from "./relation-ref.js";
import type { SelectedRelation } from "./select-relations.js";

/** A node of a projection: the entity's label and kind. */
export interface ProjectedNodeAttributes {
  label: string;
  kind: EntityKind;
}

/** An edge of a projection: how many selected relations it stands for, and which. */
export interface ProjectedEdgeAttributes {
  weight: number;
  relations: string[];
}

/** A simple graph (one edge per pair, or per ordered pair) derived from a selection of relations. */
export type Projection =
  | DirectedGraph<ProjectedNodeAttributes, ProjectedEdgeAttributes>
  | UndirectedGraph<ProjectedNodeAttributes, ProjectedEdgeAttributes>;

/** How a projection reads relations: as links between two entities, or as arcs. */
export type ProjectionDirection = "undirected" | "directed";

/**
 * Collapses selected relations into a simple graph over the entities they touch (and only those).
 * Undirected: one edge per pair of entities, whatever the relations' directions. Directed: one arc
 * per ordered pair; a directed relation gives the arc source → target, a symmetric relation (one
 * stored edge marked `symmetric`) gives both arcs. Parallel relations collapse into one edge whose
 * `weight` is their number and `relations` their ids. Nodes go in id order and edges in the order
 * of their first relation, so graphology's algorithms see the same graph, and give the same
 * answer, on every run.
 */
export function simpleProjection(
  kg: KnowledgeGraph,
  selected: readonly SelectedRelation[],
  direction: ProjectionDirection,
): Projection {
  const graph =
    direction === "directed"
      ? new DirectedGraph<ProjectedNodeAttributes, ProjectedEdgeAttributes>()
      : new UndirectedGraph<ProjectedNodeAttributes, ProjectedEdgeAttributes>();
  const nodes = [...new Set(selected.flatMap(({ relation: r }) => [r.source, r.target]))].sort(compareIds);
  for (const id of nodes) {
    const entity = kg.entities.get(id);
    if (!entity) throw new Error(`analysis: relation end "${id}" is not an entity of the graph`);
    graph.addNode(id, { label: entity.label, kind: entity.kind });
  }
  // Gather the edges first, then add each once with its final attributes and a key of its own.
  const edges = new Map<string, { from: string; to: string; attributes: ProjectedEdgeAttributes }>();
  const add = (x: string, y: string, relationId: string) => {
    const [from, to] = direction === "undirected" && compareIds(x, y) > 0 ? [y, x] : [x, y];
    const key = `${from}\u0000${to}`;
    const edge = edges.get(key);
    if (edge === undefined) edges.set(key, { from, to, attributes: { weight: 1, relations: [relationId] } });
    else {
      edge.attributes.weight += 1;
      edge.attributes.relations.push(relationId);
    }
  };
  for (const { relation: r } of selected) {
    add(r.source, r.target, r.id);
    if (direction === "directed" && RELATION_KINDS[r.kind].direction === "symmetric") {
      add(r.target, r.source, r.id);
    }
  }
  for (const [key, { from, to, attributes }] of edges) graph.addEdgeWithKey(key, from, to, attributes);
  return graph;
}
