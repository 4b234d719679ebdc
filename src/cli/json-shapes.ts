import { claimants } from "../graph/build-graph.js";
import type { Certainty } from "../graph/time-bounds.js";
import type { DatedRelation, Entity } from "../model/core.js";
import type { Basis } from "../model/validity.js";
import type { Counterparty } from "../query/counterparties.js";

/** `resolve --json`: an entity's identity and names. */
export function entityJson(e: Entity) {
  return { id: e.id, label: e.label, kind: e.kind, aliases: [...e.aliases] };
}

/** `backers|backed|allies --json`: one counterparty and the relations that make it one. */
export function counterpartyJson(c: Counterparty) {
  return {
    id: c.entity.id,
    label: c.entity.label,
    kind: c.entity.kind,
    certainty: c.certainty,
    basis: c.basis,
    status: c.status,
    claimedBy: [...c.claimedBy],
    via: c.via.map((v) => v.id),
    relations: c.relations.map((r) => r.id),
  };
}

/**
 * `relations --json`: a relation with its EDTF dates (null when open), status, claimants and
 * evidence; on a date, how sure and why (`basis`); `derivedFrom` for a control a capture started.
 */
export function relationJson(r: DatedRelation, certainty?: Certainty | null, basis?: Basis | null) {
  return {
    id: r.id,
    kind: r.kind,
    source: r.source,
    target: r.target,
    start: r.timing.start?.text ?? null,
    end: r.timing.end?.text ?? null,
    status: r.status,
    claimedBy: claimants(r),
    ...(certainty === undefined ? {} : { certainty }),
    ...(basis === undefined ? {} : { basis }),
    ...(r.derivedFrom ? { derivedFrom: [...r.derivedFrom] } : {}),
    evidence: r.evidence.map((e) => ({
      source: e.source,
      paragraph: e.paragraph ?? null,
      note: e.note,
      ...(e.claimedBy ? { claimedBy: e.claimedBy } : {}),
      ...(e.reportedBy ? { reportedBy: e.reportedBy } : {}),
    })),
  };
}
