import { MultiDirectedGraph } from "graphology";
import type { FaultlineGraph } from "../graph/attributes.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { DayRange } from "../graph/time-bounds.js";
import type { TimedHit, TimeHits } from "../graph/time-hits.js";
import type { DatedRelation } from "../model/core.js";

/** The graph as it stood on a date: states holding then, and events within a window around it. */
export interface Snapshot {
  readonly date: DayRange;
  /** Days either side of the date within which events are kept. */
  readonly eventWindowDays: number;
  /** The answer as the index holds it: counts (all, certain) without objects, hits listed on demand. */
  readonly hits: TimeHits;
  /** Every relation of the snapshot with its certainty and basis, in data order (listed on first read). */
  readonly relations: readonly TimedHit<DatedRelation>[];
}

/** Takes the snapshot of the whole graph on `date` through the time index; nothing is listed until read. */
export function snapshotAt(kg: KnowledgeGraph, date: DayRange, eventWindowDays = 0): Snapshot {
  const hits = kg.time.snapshot(date, eventWindowDays);
  return {
    date,
    eventWindowDays,
    hits,
    get relations() {
      return hits.list();
    },
  };
}

/** The snapshot as a graph of its own: every entity, and only the relations of the snapshot. */
export function snapshotGraph(kg: KnowledgeGraph, snapshot: Snapshot): FaultlineGraph {
  const graph: FaultlineGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.setAttribute("name", kg.graph.getAttribute("name"));
  kg.graph.forEachNode((node, attributes) => graph.addNode(node, { ...attributes }));
  snapshot.hits.forEach((relation) => {
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, {
      ...kg.graph.getEdgeAttributes(relation.id),
    });
  });
  return graph;
}
