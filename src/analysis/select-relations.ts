import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { Certainty } from "../graph/time-bounds.js";
import type { DatedRelation, RelationKind } from "../model/core.js";
import { DEFAULT_ANALYSIS_KINDS, RELATION_KINDS } from "../model/core.js";
import type { Basis } from "../model/validity.js";
import { queryRange } from "../query/query-date.js";
import type { Layer } from "./layer.js";
import { inLayer } from "./layer.js";
import type { TimeScope } from "./time-scope.js";

/** Which relations an analysis works on. */
export interface RelationSelection {
  readonly scope: TimeScope;
  /**
   * Only these relation kinds. When absent or empty: every kind but the static ones (located-in),
   * which place towns in provinces rather than relate parties, and would make geography central.
   */
  readonly kinds?: readonly RelationKind[];
  /** Only this sign layer (default all). */
  readonly layer?: Layer;
  /** Drop relations that only possibly hold in the scope. */
  readonly certainOnly?: boolean;
  /** Drop relations with a place at either end (blocs and balance are about actors). */
  readonly actorsOnly?: boolean;
}

/** A relation in a selection, with how sure it is to hold in the scope and why (null when the scope has no date). */
export interface SelectedRelation {
  readonly relation: DatedRelation;
  readonly certainty: Certainty | null;
  readonly basis: Basis | null;
}

const DEFAULT_KINDS: ReadonlySet<RelationKind> = new Set(DEFAULT_ANALYSIS_KINDS);

/**
 * The relations of a selection, found through the time index (a snapshot for "at", an overlap for
 * "during") and visited in data order, so every analysis built on them gives the same answer on
 * every run; only the relations kept become objects.
 */
export function selectRelations(kg: KnowledgeGraph, selection: RelationSelection): SelectedRelation[] {
  const { scope, kinds, layer = "all", certainOnly = false, actorsOnly = false } = selection;
  const isPlace = (id: string) => kg.entities.get(id)?.kind === "place";
  const wanted = (r: DatedRelation) =>
    (kinds && kinds.length > 0 ? kinds.includes(r.kind) : DEFAULT_KINDS.has(r.kind)) &&
    inLayer(RELATION_KINDS[r.kind].sign, layer) &&
    (!actorsOnly || (!isPlace(r.source) && !isPlace(r.target)));
  if (scope.kind === "always")
    return kg.dataset.relations
      .filter(wanted)
      .map((relation) => ({ relation, certainty: null, basis: null }));
  const hits =
    scope.kind === "at"
      ? kg.time.snapshot(scope.date, 0)
      : kg.time.overlapping(queryRange(scope.from, scope.to));
  return hits.select(wanted, certainOnly);
}
