import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { DatedRelation, RelationKind } from "../model/core.js";
import type { RelationRef } from "./relation-ref.js";
import { compareIds, relationRef } from "./relation-ref.js";
import { selectRelations } from "./select-relations.js";
import type { ScopeJson, TimeScope } from "./time-scope.js";
import { scopeJson } from "./time-scope.js";
import type { ValiditySpan } from "../time/validity-span.js";
import { validitySpan } from "../time/validity-span.js";

/** Whose history to tell: one entity's relations, or those between two entities, optionally in a window. */
export interface TimelineOptions {
  readonly entity: string;
  /** When given, only relations between `entity` and this one. */
  readonly other?: string | null;
  readonly kinds?: readonly RelationKind[];
  /** Only relations holding at some time in this scope (default: at any date). */
  readonly scope?: TimeScope;
}

/** One piece of evidence, with the source's outlet and publication date. */
export interface EvidenceRef {
  readonly source: string;
  readonly outlet: string;
  readonly published: string;
  readonly paragraph: number | null;
  readonly note: string;
  readonly claimedBy: string | null;
  readonly reportedBy: string | null;
}

/**
 * A relation in a timeline: its dates (saying which come from the evidence's span), when it may
 * and must hold in the open-world model and what rules it out beyond that, and its evidence.
 */
export interface TimelineEntry extends RelationRef {
  readonly startDerived: boolean;
  readonly endDerived: boolean;
  readonly validity: ValiditySpan;
  readonly evidence: readonly EvidenceRef[];
}

/** The history asked for, in date order. */
export interface TimelineAnswer {
  readonly entity: string;
  readonly other: string | null;
  readonly scope: ScopeJson;
  readonly entries: readonly TimelineEntry[];
}

/** Date order of relations: by first possible day (open starts first), then last possible day, then id. */
export function compareByDate(a: DatedRelation, b: DatedRelation): number {
  const start = (r: DatedRelation) => r.timing.start?.lo ?? -Infinity;
  const end = (r: DatedRelation) => r.timing.end?.hi ?? Infinity;
  return start(a) - start(b) || end(a) - end(b) || compareIds(a.id, b.id);
}

/**
 * The history of an entity, or of the relations between two entities: every relation touching it
 * (them) in date order, each with its evidence; states whose dates come from their evidence say so,
 * and each says when it may hold: a state ends in the timeline only where something rules it out.
 */
export function timeline(kg: KnowledgeGraph, options: TimelineOptions): TimelineAnswer {
  const { entity, other = null, kinds, scope = { kind: "always" } } = options;
  const entries = selectRelations(kg, { scope, kinds })
    .filter(
      ({ relation: r }) =>
        (r.source === entity || r.target === entity) &&
        (other === null || r.source === other || r.target === other),
    )
    .sort((a, b) => compareByDate(a.relation, b.relation))
    .map(({ relation: r, certainty, basis }): TimelineEntry => ({
      ...relationRef(r, certainty, basis),
      startDerived: r.timing.startDerived,
      endDerived: r.timing.endDerived,
      validity: validitySpan(r.validity),
      evidence: r.evidence.map((e) => {
        const source = kg.sources.get(e.source);
        return {
          source: e.source,
          outlet: source?.outlet ?? "",
          published: source?.published ?? "",
          paragraph: e.paragraph ?? null,
          note: e.note,
          claimedBy: e.claimedBy ?? null,
          reportedBy: e.reportedBy ?? null,
        };
      }),
    }));
  return { entity, other, scope: scopeJson(scope), entries };
}
