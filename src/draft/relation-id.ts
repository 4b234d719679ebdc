import type { RelationKind } from "../model/core.js";

/** The id a relation is named by: source, kind, target and the date when it has one ("hts-captured-saraqib-2024-12-02"). */
export function relationIdBase(
  kind: RelationKind,
  source: string,
  target: string,
  date: string | null,
): string {
  return `${source}-${kind}-${target}${date ? `-${date.replace(/[~?%]/g, "")}` : ""}`;
}

/** `base`, or `base-2`, `base-3`… : the first not in `taken`, which it is then added to. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The id a reviewed relation goes into graph-data under: its draft id while that still says what
 * the relation is (same kind, ends and date, and free), else a fresh one from what the reviewer
 * changed, so that a kind changed from captured to attacked is no longer named "…-captured-…".
 */
export function reviewedRelationId(
  draftId: string,
  relation: { kind: RelationKind; source: string; target: string; start: string | null },
  taken: Set<string>,
): string {
  const base = relationIdBase(relation.kind, relation.source, relation.target, relation.start);
  const stillTrue =
    draftId === base || new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-\\d+$`).test(draftId);
  if (stillTrue && !taken.has(draftId)) {
    taken.add(draftId);
    return draftId;
  }
  return uniqueId(base, taken);
}
