import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { Certainty, DayRange } from "../graph/time-bounds.js";
import { certaintyAt, timeBounds } from "../graph/time-bounds.js";
import type { DatedRelation, Entity, RelationKind } from "../model/index.js";
import { RELATION_KINDS } from "../model/index.js";

/** An entity on the other end of one or more relations, with how sure it is that they hold. */
export interface Counterparty {
  readonly entity: Entity;
  /** Certain when at least one of the relations certainly holds on the date. */
  readonly certainty: Certainty;
  readonly relations: readonly DatedRelation[];
}

/** Which end of the relations the asked-about entity stands on. */
export type Role = "source" | "target" | "either";

/**
 * The entities joined to `entityId` by relations of the given kinds that hold on `date`, the
 * entity standing at `role`. Certain answers first, then by label.
 */
export function counterparties(
  kg: KnowledgeGraph,
  entityId: string,
  date: DayRange,
  kinds: readonly RelationKind[],
  role: Role,
): Counterparty[] {
  const edges =
    role === "source"
      ? kg.graph.outEdges(entityId)
      : role === "target"
        ? kg.graph.inEdges(entityId)
        : kg.graph.edges(entityId);
  const found = new Map<string, { certainty: Certainty; relations: DatedRelation[] }>();
  for (const edge of edges) {
    const relation = kg.relations.get(edge)!;
    if (!kinds.includes(relation.kind)) continue;
    const certainty = certaintyAt(
      timeBounds(relation.timing, RELATION_KINDS[relation.kind].temporality),
      date,
    );
    if (!certainty) continue;
    const other = relation.source === entityId ? relation.target : relation.source;
    const entry = found.get(other);
    if (!entry) found.set(other, { certainty, relations: [relation] });
    else {
      entry.relations.push(relation);
      if (certainty === "certain") entry.certainty = "certain";
    }
  }
  return [...found.entries()]
    .map(([id, e]) => ({ entity: kg.entities.get(id)!, certainty: e.certainty, relations: e.relations }))
    .sort(
      (a, b) =>
        Number(a.certainty !== "certain") - Number(b.certainty !== "certain") ||
        a.entity.label.localeCompare(b.entity.label),
    );
}

/** Who backs an entity on a date. */
export function backersOf(kg: KnowledgeGraph, entityId: string, date: DayRange): Counterparty[] {
  return counterparties(kg, entityId, date, ["backs"], "target");
}

/** Whom an entity backs on a date. */
export function backedBy(kg: KnowledgeGraph, entityId: string, date: DayRange): Counterparty[] {
  return counterparties(kg, entityId, date, ["backs"], "source");
}

/** An entity's allies on a date (allied-with, read both ways). */
export function alliesOf(kg: KnowledgeGraph, entityId: string, date: DayRange): Counterparty[] {
  return counterparties(kg, entityId, date, ["allied-with"], "either");
}
