import { MultiDirectedGraph } from "graphology";
import type { Dataset, DatedRelation, Entity } from "../model/core.js";
import { RELATION_KINDS } from "../model/core.js";
import type { EntityNodeAttributes, FaultlineGraph, RelationEdgeAttributes } from "./attributes.js";

/** Node attributes of an entity. */
export function entityAttributes(entity: Entity): EntityNodeAttributes {
  const attributes: EntityNodeAttributes = {
    label: entity.label,
    kind: entity.kind,
    aliases: [...entity.aliases],
  };
  if (entity.place) {
    attributes.placeKind = entity.place.placeKind;
    attributes.lat = entity.place.lat;
    attributes.lon = entity.place.lon;
  }
  if (entity.wikidata) attributes.wikidata = entity.wikidata;
  if (entity.description) attributes.description = entity.description;
  return attributes;
}

/** The distinct claimants of a relation, in evidence order. */
export function claimants(relation: DatedRelation): string[] {
  return [...new Set(relation.evidence.map((e) => e.claimedBy).filter((c): c is string => c !== undefined))];
}

/** Edge attributes of a relation. Symmetric relations stay one edge, marked `symmetric`. */
export function relationAttributes(relation: DatedRelation): RelationEdgeAttributes {
  const spec = RELATION_KINDS[relation.kind];
  return {
    kind: relation.kind,
    label: spec.label,
    sign: spec.sign,
    symmetric: spec.direction === "symmetric",
    temporality: spec.temporality,
    status: relation.status,
    start: relation.timing.start?.text ?? null,
    end: relation.timing.end?.text ?? null,
    claimedBy: claimants(relation),
    sources: [...new Set(relation.evidence.map((e) => e.source))],
  };
}

/**
 * Builds the graphology multigraph of a dataset: one node per entity, one directed edge per
 * relation keyed by its id (a symmetric relation is one edge with `symmetric: true`).
 */
export function buildGraph(dataset: Dataset): FaultlineGraph {
  const graph: FaultlineGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.setAttribute("name", "Faultline");
  for (const entity of dataset.entities) graph.addNode(entity.id, entityAttributes(entity));
  for (const relation of dataset.relations) {
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, relationAttributes(relation));
  }
  return graph;
}
