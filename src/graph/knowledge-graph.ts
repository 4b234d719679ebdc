import type { Dataset, DatedRelation, Entity, Source } from "../model/core.js";
import { normalizeName } from "../model/core.js";
import type { ColumnarDataset } from "../store/columnar-dataset.js";
import { columnarDatasetOf } from "../store/columnar-dataset.js";
import type { RelationSummary } from "../store/relation-summary.js";
import { relationSummaryOf } from "../store/relation-summary.js";
import type { RelationTable } from "../store/relation-table.js";
import { Adjacency } from "./adjacency.js";
import type { FaultlineGraph } from "./attributes.js";
import { buildGraph } from "./build-graph.js";
import { RelationTimeIndex } from "./relation-time-index.js";
import type { TimeIndexLayout } from "./relation-time-index.js";

/**
 * A dataset with its graph, lookups by id, time index, relation table and adjacency: what queries,
 * analysis and exports work on. Each part is built on first use, so a question that needs no
 * graphology graph (who backs X) never builds one, and one read from the store decodes only the
 * relations it touches until something asks for `dataset.relations`, `relations`, `graph` or `time`.
 */
export interface KnowledgeGraph {
  readonly dataset: Dataset;
  readonly graph: FaultlineGraph;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly relations: ReadonlyMap<string, DatedRelation>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly time: RelationTimeIndex;
  /** The relations as columns (kind, ends, outer day bounds), each decoded whole on demand. */
  readonly table: RelationTable;
  /** Entity id → positions of its relations in `table`, without the graph. */
  readonly adjacency: Adjacency;
  /** What `stats` reports of the relations: read from the store when it holds it, else worked out from them. */
  readonly summary: RelationSummary;
  /** The normalized form of a name (normalizeName), read from the store for the entities' names when it holds them. */
  readonly nameKey: (name: string) => string;
}

/** A value made on first use and kept. */
function lazy<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** Items by id, in their order (a loop: a pair array per item cost as much again at 10^4-10^6 items). */
function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) out.set(item.id, item);
  return out;
}

/** The knowledge graph of a dataset held as columns (read from the store, or from memory). */
export function knowledgeGraphOf(columnar: ColumnarDataset): KnowledgeGraph {
  const { dataset, table } = columnar;
  const graph = lazy(() => buildGraph(dataset));
  const entities = lazy(() => byId(dataset.entities));
  const relations = lazy(() => byId(dataset.relations));
  const sources = lazy(() => byId(dataset.sources));
  // From the table's columns: a snapshot read from the store decodes only the relations it hits,
  // and starts from the layout the store kept instead of sorting the spans again.
  const time = lazy(() => new RelationTimeIndex(table, columnar.timeLayout));
  const adjacency = lazy(() =>
    Adjacency.build(
      table,
      dataset.entities.map((e) => e.id),
    ),
  );
  const summary = lazy(() => columnar.summary ?? relationSummaryOf(dataset.relations));
  const nameKey = (name: string) => columnar.nameKeys?.get(name) ?? normalizeName(name);
  return {
    dataset,
    table,
    nameKey,
    get graph() {
      return graph();
    },
    get entities() {
      return entities();
    },
    get relations() {
      return relations();
    },
    get sources() {
      return sources();
    },
    get time() {
      return time();
    },
    get adjacency() {
      return adjacency();
    },
    get summary() {
      return summary();
    },
  };
}

/**
 * The knowledge graph of a validated dataset in memory; its parts are built on first use, the time
 * index from `timeLayout` when one was shipped with these relations (the site's asset).
 */
export function buildKnowledgeGraph(dataset: Dataset, timeLayout?: TimeIndexLayout): KnowledgeGraph {
  return knowledgeGraphOf(columnarDatasetOf(dataset, timeLayout));
}
