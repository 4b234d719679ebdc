import type { DatedRelation } from "../model/index.js";

/** How many relations the files hold, and how many the time model derived (controls from captures). */
export interface RelationCounts {
  readonly inFiles: number;
  readonly derived: number;
}

/** Counts a dataset's relations: entered in the files, and derived (marked `derivedFrom`). */
export function relationCounts(relations: readonly DatedRelation[]): RelationCounts {
  const derived = relations.filter((r) => r.derivedFrom !== undefined).length;
  return { inFiles: relations.length - derived, derived };
}

/** "208 relations (+15 derived from captures)", or "208 relations" when none is derived. */
export function relationCountText(counts: RelationCounts): string {
  const derived = counts.derived > 0 ? ` (+${counts.derived} derived from captures)` : "";
  return `${counts.inFiles} relations${derived}`;
}
