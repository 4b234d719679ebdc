import { badInput } from "../faultline-error.js";
import type { RelationKind, Status } from "../model/core.js";
import { parseEdtf, RELATION_KIND_IDS, RELATION_KINDS } from "../model/core.js";
import type { Draft, DraftRelation } from "./draft-types.js";

/** A field of a proposed relation the reviewer may change. */
export type RelationField = "kind" | "source" | "target" | "date" | "status";

/** The fields `review` can change, for help and prompts. */
export const RELATION_FIELDS: readonly RelationField[] = ["kind", "source", "target", "date", "status"];

function replaceRelation(draft: Draft, id: string, change: (r: DraftRelation) => DraftRelation): Draft {
  if (!draft.relations.some((r) => r.id === id)) throw badInput(`no proposed relation "${id}" in the draft`);
  return { ...draft, relations: draft.relations.map((r) => (r.id === id ? change(r) : r)) };
}

/**
 * A proposal whose kind, ends or date changed is no longer the existing fact it brought evidence
 * to: it becomes a relation of its own (review names it from what it now says).
 */
function detached(r: DraftRelation): DraftRelation {
  const { addsTo: _addsTo, ...rest } = r;
  return rest;
}

/**
 * Changes one field of a proposed relation: its kind (from the vocabulary), an end (an entity id
 * of the graph or of the draft), its date (EDTF) or its status (`claimed BY` names the claimant).
 */
export function editRelation(
  draft: Draft,
  id: string,
  field: RelationField,
  value: string,
  knownIds: ReadonlySet<string>,
): Draft {
  const v = value.trim();
  switch (field) {
    case "kind": {
      if (!(RELATION_KIND_IDS as string[]).includes(v))
        throw badInput(`unknown relation kind "${v}"; known: ${RELATION_KIND_IDS.join(", ")}`);
      const kind = v as RelationKind;
      const temporality = RELATION_KINDS[kind].temporality;
      return replaceRelation(draft, id, (old) => {
        const r = detached(old);
        const date = r.start;
        if (temporality === "event") return { ...r, kind, start: date, end: date };
        if (temporality === "state") return { ...r, kind, end: null };
        return { ...r, kind, start: null, end: null };
      });
    }
    case "source":
    case "target": {
      const ids = new Set([...knownIds, ...draft.entities.map((e) => e.id)]);
      if (!ids.has(v)) throw badInput(`"${v}" is not an entity of the graph or of the draft`);
      return replaceRelation(draft, id, (r) => ({ ...detached(r), [field]: v }));
    }
    case "date": {
      if (v === "" || v === "none")
        return replaceRelation(draft, id, (r) => ({ ...detached(r), start: null, end: null }));
      const parsed = parseEdtf(v);
      if (!parsed.ok) throw badInput(parsed.reason);
      return replaceRelation(draft, id, (old) => {
        const r = detached(old);
        return RELATION_KINDS[r.kind].temporality === "event"
          ? { ...r, start: v, end: v }
          : { ...r, start: v };
      });
    }
    case "status": {
      const [status, by] = v.split(/\s+/) as [string, string | undefined];
      if (!["reported", "claimed", "disputed"].includes(status))
        throw badInput(`status must be reported, claimed BY or disputed, not "${status}"`);
      if (status === "claimed" && by === undefined) {
        const r = draft.relations.find((x) => x.id === id);
        if (r && r.evidence.some((e) => e.claimedBy === undefined))
          throw badInput("a claimed relation needs its claimant: status claimed ENTITY-ID");
      }
      if (by !== undefined) {
        const ids = new Set([...knownIds, ...draft.entities.map((e) => e.id)]);
        if (!ids.has(by)) throw badInput(`"${by}" is not an entity of the graph or of the draft`);
      }
      return replaceRelation(draft, id, (r) => ({
        ...r,
        status: status as Status,
        claimedBy: status === "reported" ? [] : by ? [by] : r.claimedBy,
        evidence: r.evidence.map((e) => {
          const { claimedBy: _claimedBy, ...rest } = e;
          if (status === "reported") return rest;
          return by ? { ...rest, claimedBy: by } : e;
        }),
      }));
    }
  }
}

/** Merges a proposed entity into an existing one: every reference now names the existing entity. */
export function mergeEntity(
  draft: Draft,
  newId: string,
  existingId: string,
  knownIds: ReadonlySet<string>,
): Draft {
  if (!draft.entities.some((e) => e.id === newId))
    throw badInput(`no proposed entity "${newId}" in the draft`);
  if (!knownIds.has(existingId)) throw badInput(`"${existingId}" is not an entity of the graph`);
  const swap = (id: string) => (id === newId ? existingId : id);
  return {
    ...draft,
    relations: draft.relations.map((r) => ({
      ...r,
      source: swap(r.source),
      target: swap(r.target),
      claimedBy: r.claimedBy.map(swap),
      evidence: r.evidence.map((e) => ({
        ...e,
        ...(e.claimedBy ? { claimedBy: swap(e.claimedBy) } : {}),
        ...(e.reportedBy ? { reportedBy: swap(e.reportedBy) } : {}),
      })),
    })),
  };
}

/** Sets a proposed place's kind and coordinates ("town 36.1 37.2"), which a new place needs. */
export function placeEntity(draft: Draft, id: string, value: string): Draft {
  const [placeKind, lat, lon] = value.trim().split(/\s+/);
  const la = Number(lat);
  const lo = Number(lon);
  if (!placeKind || !Number.isFinite(la) || !Number.isFinite(lo))
    throw badInput(`place needs KIND LAT LON (e.g. "town 36.1 37.2"), not "${value}"`);
  if (!draft.entities.some((e) => e.id === id)) throw badInput(`no proposed entity "${id}" in the draft`);
  return {
    ...draft,
    entities: draft.entities.map((e) =>
      e.id === id ? { ...e, kind: "place", place: { placeKind, lat: la, lon: lo } } : e,
    ),
  };
}
