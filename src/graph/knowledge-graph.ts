import type { Dataset, DatedRelation, Entity, Source } from "../model/index.js";
import type { FaultlineGraph } from "./attributes.js";
import { buildGraph } from "./build-graph.js";
import { RelationTimeIndex } from "./relation-time-index.js";

/** A dataset with its graph, lookups by id and time index: what queries, analysis and exports work on. */
export interface KnowledgeGraph {
  readonly dataset: Dataset;
  readonly graph: FaultlineGraph;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly relations: ReadonlyMap<string, DatedRelation>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly time: RelationTimeIndex;
}

/** Builds the graph, lookups and time index of a validated dataset. */
export function buildKnowledgeGraph(dataset: Dataset): KnowledgeGraph {
  return {
    dataset,
    graph: buildGraph(dataset),
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    relations: new Map(dataset.relations.map((r) => [r.id, r])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    time: new RelationTimeIndex(dataset.relations),
  };
}
