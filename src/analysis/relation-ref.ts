import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { Certainty } from "../graph/time-bounds.js";
import type { DatedRelation, EntityKind, RelationKind, Sign, Status } from "../model/core.js";
import { RELATION_KINDS } from "../model/core.js";
import type { Basis } from "../model/validity.js";

/** An entity as analysis answers name it. */
export interface EntityRef {
  readonly id: string;
  readonly label: string;
  readonly kind: EntityKind;
}

/** A relation as analysis answers name it: what it is, between whom, when, how firm. */
export interface RelationRef {
  readonly id: string;
  readonly kind: RelationKind;
  readonly source: string;
  readonly target: string;
  readonly sign: Sign;
  readonly status: Status;
  /** EDTF start and end of validity (the date, for an event); null when open. */
  readonly start: string | null;
  readonly end: string | null;
  /** How sure it is to hold in the asked scope; null when the scope has no date. */
  readonly certainty: Certainty | null;
  /** Why it holds in the asked scope (stated, evidenced, extrapolated, bounded); null without a date. */
  readonly basis: Basis | null;
  /** Parties on whose claims it rests. */
  readonly claimedBy: readonly string[];
  /** The relations it was derived from (a capture, for a control); absent when entered. */
  readonly derivedFrom?: readonly string[];
}

/** The reference of an entity of the graph. */
export function entityRef(kg: KnowledgeGraph, id: string): EntityRef {
  const entity = kg.entities.get(id);
  if (!entity) throw new Error(`analysis: no entity "${id}" in the graph`);
  return { id, label: entity.label, kind: entity.kind };
}

/** The reference of a relation, with its certainty and basis in the asked scope. */
export function relationRef(
  relation: DatedRelation,
  certainty: Certainty | null,
  basis: Basis | null = null,
): RelationRef {
  return {
    id: relation.id,
    kind: relation.kind,
    source: relation.source,
    target: relation.target,
    sign: RELATION_KINDS[relation.kind].sign,
    status: relation.validity.status,
    start: relation.timing.start?.text ?? null,
    end: relation.timing.end?.text ?? null,
    certainty,
    basis,
    claimedBy: relation.validity.claimedBy,
    ...(relation.derivedFrom ? { derivedFrom: relation.derivedFrom } : {}),
  };
}

/** Orders entity or relation ids the same way on every machine (code units, not locale). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
