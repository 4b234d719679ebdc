import type { EntityKind, Evidence, Relation, RelationKind, Status } from "../model/core.js";
import { RELATION_KINDS } from "../model/core.js";
import type { Draft, DraftRelation } from "./draft-types.js";
import { reviewedRelationId } from "./relation-id.js";

/** What the reviewer decided about each proposal (by id); undecided proposals are left out. */
export interface ReviewDecisions {
  readonly accept: ReadonlySet<string>;
  readonly reject: ReadonlySet<string>;
  /** Proposed entity id → existing entity id it is merged into. */
  readonly merge: ReadonlyMap<string, string>;
}

/** The JSON content of a graph-data folder's files, by path relative to the folder ("entities/states.json"). */
export type GraphDataJson = ReadonlyMap<string, unknown>;

/** What a review added, merged, rejected and left undecided. */
export interface ReviewSummary {
  readonly source: string | null;
  readonly entities: readonly string[];
  readonly merged: readonly { readonly from: string; readonly into: string }[];
  readonly relations: readonly string[];
  /** Accepted relations whose kind, ends or date the reviewer changed, under the id that now says so. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  readonly evidenceFor: readonly string[];
  readonly rejected: readonly string[];
  readonly undecided: readonly string[];
  readonly files: readonly string[];
}

const ENTITY_FILES: Record<EntityKind, string> = {
  state: "entities/states.json",
  "armed-group": "entities/armed-groups.json",
  coalition: "entities/coalitions.json",
  organization: "entities/organizations.json",
  person: "entities/people.json",
  place: "entities/places.json",
};

/** The relations file each kind goes to when no file already holds that kind. */
const RELATION_FILES: Partial<Record<RelationKind, string>> = {
  attacked: "relations/hostilities.json",
  "clashed-with": "relations/hostilities.json",
  fights: "relations/hostilities.json",
  captured: "relations/territory.json",
  controls: "relations/territory.json",
  backs: "relations/support.json",
  "allied-with": "relations/support.json",
  "expressed-support": "relations/support.json",
  "member-of": "relations/membership.json",
  leads: "relations/membership.json",
  represents: "relations/membership.json",
  "brokered-ceasefire": "relations/diplomacy.json",
  "negotiated-with": "relations/diplomacy.json",
  "located-in": "relations/geography.json",
};

type Json = Record<string, unknown>;

function listOf(file: Json | undefined, key: string): Json[] {
  const list = file?.[key];
  return Array.isArray(list) ? (list as Json[]) : [];
}

/** A graph-data relation from a proposal: dates in the kind's fields, evidence without trigger and rule. */
export function toGraphDataRelation(r: DraftRelation): Relation {
  const temporality = RELATION_KINDS[r.kind].temporality;
  return {
    id: r.id,
    kind: r.kind,
    source: r.source,
    target: r.target,
    ...(temporality === "event" && r.start ? { date: r.start } : {}),
    ...(temporality === "state" && r.start ? { start: r.start } : {}),
    status: r.status,
    evidence: r.evidence.map(toGraphDataEvidence),
  };
}

function toGraphDataEvidence(e: DraftRelation["evidence"][number]): Evidence {
  return {
    source: e.source,
    paragraph: e.paragraph,
    note: e.note,
    ...(e.claimedBy ? { claimedBy: e.claimedBy } : {}),
    ...(e.reportedBy ? { reportedBy: e.reportedBy } : {}),
  };
}

/**
 * Applies a reviewed draft to a graph-data folder's content: the source (when new), accepted
 * entities (and those an accepted relation needs, unless rejected), merged names as aliases,
 * accepted relations, and new evidence on existing relations (with the status it implies).
 * Returns only the files that change, and what was done; validation is the caller's.
 */
export function applyReview(
  files: GraphDataJson,
  draft: Draft,
  decisions: ReviewDecisions,
): { changed: Map<string, Json>; summary: ReviewSummary; problems: string[] } {
  const changed = new Map<string, Json>();
  const problems: string[] = [];
  const edit = (path: string, key: string): Json[] => {
    let file = changed.get(path) ?? (structuredClone(files.get(path)) as Json | undefined);
    if (!file) {
      const schema = key === "sources" ? "./schema/sources.schema.json" : `../schema/${key}.schema.json`;
      file = { $schema: schema, [key]: [] };
    }
    if (!Array.isArray(file[key])) file[key] = [];
    changed.set(path, file);
    return file[key] as Json[];
  };
  const accepted = draft.relations.filter((r) => decisions.accept.has(r.id) && !decisions.reject.has(r.id));
  const rejectedRelations = draft.relations.filter((r) => decisions.reject.has(r.id)).map((r) => r.id);
  const needed = new Set(
    accepted.flatMap((r) => [
      r.source,
      r.target,
      ...r.evidence.flatMap((e) => [e.claimedBy, e.reportedBy].filter((x): x is string => x !== undefined)),
    ]),
  );
  const merged: { from: string; into: string }[] = [];
  const addedEntities: string[] = [];
  for (const e of draft.entities) {
    const into = decisions.merge.get(e.id);
    if (into) {
      merged.push({ from: e.id, into });
      const holder = [...files.keys()].find(
        (p) =>
          p.startsWith("entities/") && listOf(files.get(p) as Json, "entities").some((x) => x.id === into),
      );
      if (holder) {
        const existing = edit(holder, "entities").find((x) => x.id === into)!;
        const names = [existing.label, ...((existing.aliases as string[] | undefined) ?? [])].map((n) =>
          String(n).toLowerCase(),
        );
        if (!names.includes(e.label.toLowerCase()))
          existing.aliases = [...((existing.aliases as string[] | undefined) ?? []), e.label];
      }
      continue;
    }
    const explicit = decisions.accept.has(e.id);
    if (decisions.reject.has(e.id)) {
      if (needed.has(e.id))
        problems.push(
          `entity "${e.id}" was rejected but an accepted relation names it: accept it, merge it into an existing entity (merge ${e.id} ID) or reject that relation`,
        );
      continue;
    }
    if (!explicit && !needed.has(e.id)) continue;
    if (e.kind === "place" && (e.place?.lat === undefined || e.place.lon === undefined || !e.place.placeKind))
      problems.push(
        `new place "${e.id}" (${e.label}) needs its kind and coordinates: --set ${e.id}.place=KIND,LAT,LON (or "place KIND LAT LON" when reviewing), or merge it into an existing place`,
      );
    edit(ENTITY_FILES[e.kind], "entities").push({
      id: e.id,
      label: e.label,
      kind: e.kind,
      aliases: [...e.aliases],
      ...(e.kind === "place" ? { place: { ...e.place } } : {}),
    });
    addedEntities.push(e.id);
  }
  let sourceAdded: string | null = null;
  const sourcesFile = files.get("sources.json") as Json | undefined;
  const sourceKnown = listOf(sourcesFile, "sources").some((s) => s.id === draft.source.id);
  if (accepted.length > 0 && !sourceKnown) {
    const { existing: _existing, ...source } = draft.source;
    edit("sources.json", "sources").push({ ...source, inferred: [...source.inferred] });
    sourceAdded = source.id;
  }
  const relationHolder = (id: string) =>
    [...files.keys()].find(
      (p) => p.startsWith("relations/") && listOf(files.get(p) as Json, "relations").some((x) => x.id === id),
    );
  const addedRelations: string[] = [];
  const evidenceFor: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  const takenIds = new Set(
    [...files.keys()]
      .filter((p) => p.startsWith("relations/"))
      .flatMap((p) => listOf(files.get(p) as Json, "relations").map((x) => String(x.id))),
  );
  for (const r of accepted) {
    const holder = r.addsTo ? relationHolder(r.addsTo) : undefined;
    if (r.addsTo && holder) {
      const existing = edit(holder, "relations").find((x) => x.id === r.addsTo)!;
      const evidence = existing.evidence as Evidence[];
      for (const e of r.evidence) evidence.push(toGraphDataEvidence(e));
      const status = existing.status as Status;
      if (r.status === "disputed") existing.status = "disputed";
      else if (status === "claimed" && r.evidence.some((e) => e.claimedBy === undefined))
        existing.status = "reported";
      evidenceFor.push(r.addsTo);
      continue;
    }
    const kindFile = [...files.keys()].find(
      (p) =>
        p.startsWith("relations/") &&
        listOf(files.get(p) as Json, "relations").some((x) => x.kind === r.kind),
    );
    const id = reviewedRelationId(r.id, r, takenIds);
    if (id !== r.id) renamed.push({ from: r.id, to: id });
    edit(kindFile ?? RELATION_FILES[r.kind] ?? `relations/${r.kind}.json`, "relations").push(
      toGraphDataRelation({ ...r, id }) as unknown as Json,
    );
    addedRelations.push(id);
  }
  const decided = new Set([...decisions.accept, ...decisions.reject, ...decisions.merge.keys()]);
  const undecided = [
    ...draft.entities.filter((e) => !decided.has(e.id) && !needed.has(e.id)).map((e) => e.id),
    ...draft.relations.filter((r) => !decided.has(r.id)).map((r) => r.id),
  ];
  const rejectedEntities = draft.entities.filter((e) => decisions.reject.has(e.id)).map((e) => e.id);
  return {
    changed,
    problems,
    summary: {
      source: sourceAdded,
      entities: addedEntities,
      merged,
      relations: addedRelations,
      renamed,
      evidenceFor,
      rejected: [...rejectedEntities, ...rejectedRelations],
      undecided,
      files: [...changed.keys()].sort(),
    },
  };
}
