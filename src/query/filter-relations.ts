import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { Certainty, DayRange } from "../graph/time-bounds.js";
import type { DatedRelation, RelationKind } from "../model/core.js";
import type { Basis } from "../model/validity.js";

/** What to keep: any of these kinds, touching this entity, holding at some time in this range. */
export interface RelationFilter {
  readonly kinds?: readonly RelationKind[];
  readonly entity?: string;
  readonly range?: DayRange;
}

/** A relation that passed a filter; certainty and basis are null when no range was asked for. */
export interface FilteredRelation {
  readonly relation: DatedRelation;
  readonly certainty: Certainty | null;
  readonly basis: Basis | null;
}

function startDay(r: DatedRelation): number {
  return r.timing.start?.lo ?? -Infinity;
}

/** Relations by kind, entity and date range, in date order (then id); uses the time index for ranges. */
export function filterRelations(kg: KnowledgeGraph, filter: RelationFilter): FilteredRelation[] {
  const { kinds, entity, range } = filter;
  const wanted = (r: DatedRelation) =>
    (!kinds || kinds.length === 0 || kinds.includes(r.kind)) &&
    (!entity || r.source === entity || r.target === entity);
  const hits: FilteredRelation[] = range
    ? kg.time.overlapping(range).select(wanted)
    : kg.dataset.relations.filter(wanted).map((relation) => ({ relation, certainty: null, basis: null }));
  return hits.sort(
    (a, b) => startDay(a.relation) - startDay(b.relation) || a.relation.id.localeCompare(b.relation.id),
  );
}
