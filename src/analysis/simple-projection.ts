import { DirectedGraph, UndirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../graph/knowledge-graph";
import type { EntityKind } from "../model";
import { RELATION_KINDS } from "../model";
import { compareIds } from "./relation-ref";
import type { SelectedRelation } from "./select-relations";

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
 * `weight` is their number and `relations` their ids. Nodes and edges go in sorted id order, so
 * graphology's algorithms see the same graph, and give the same answer, on every run.
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
  const add = (from: string, to: string, relationId: string) => {
    const [a, b] = direction === "undirected" && compareIds(from, to) > 0 ? [to, from] : [from, to];
    const edge = graph.edge(a, b);
    if (edge === undefined) graph.addEdge(a, b, { weight: 1, relations: [relationId] });
    else {
      const attributes = graph.getEdgeAttributes(edge);
      attributes.weight += 1;
      attributes.relations.push(relationId);
    }
  };
  for (const { relation: r } of selected) {
    add(r.source, r.target, r.id);
    if (direction === "directed" && RELATION_KINDS[r.kind].direction === "symmetric") {
      add(r.target, r.source, r.id);
    }
  }
  return graph;
}
