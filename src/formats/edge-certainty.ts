import type { Certainty, DayRange } from "../graph/time-bounds.js";
import type { DatedRelation } from "../model/core.js";
import { relationDays, unionOfDays } from "./day-interval.js";

/**
 * The days of a relation's exported span on which it certainly holds, and those on which it only
 * possibly does (a bound known only to the month or year, approximate, cut by a lifetime or a
 * capture, or a relation resting on a claim), as the time index grades them.
 */
export function certaintyParts(relation: DatedRelation): { certain: DayRange[]; possible: DayRange[] } {
  const days = relationDays(relation);
  const b = relation.validity;
  if (b.neverCertain) return { certain: [], possible: [days] };
  if (b.temporality === "event") {
    return b.outerLo === b.outerHi ? { certain: [days], possible: [] } : { certain: [], possible: [days] };
  }
  const certain: DayRange[] = [];
  const possible: DayRange[] = [];
  // A range holds days only if lo ≤ hi and it is not just a point at infinity (an open bound's edge).
  const add = (list: DayRange[], lo: number, hi: number) => {
    if (lo <= hi && lo !== Infinity && hi !== -Infinity) list.push({ lo, hi });
  };
  add(certain, Math.max(days.lo, b.innerLo), Math.min(days.hi, b.innerHi));
  add(possible, days.lo, Math.min(days.hi, b.innerLo - 1));
  add(possible, Math.max(days.lo, b.innerHi + 1), days.hi);
  return { certain, possible };
}

/**
 * The certainty of an edge over its whole time: certain when on every day it covers one of its
 * relations certainly holds, possible otherwise.
 */
export function timelineCertainty(relations: readonly DatedRelation[]): Certainty {
  const parts = relations.map(certaintyParts);
  if (parts.length === 1) return parts[0]!.possible.length === 0 ? "certain" : "possible";
  const certain = unionOfDays(parts.flatMap((p) => p.certain));
  const possible = unionOfDays(parts.flatMap((p) => p.possible));
  let j = 0;
  for (const p of possible) {
    while (j < certain.length && certain[j]!.hi < p.lo) j++;
    const c = certain[j];
    if (!c || c.lo > p.lo || c.hi < p.hi) return "possible";
  }
  return "certain";
}

/** The certainty of an edge on a snapshot's date: certain when one of its relations certainly holds. */
export function snapshotCertainty(
  relations: readonly DatedRelation[],
  certainty: ReadonlyMap<string, Certainty>,
): Certainty {
  return relations.some((r) => certainty.get(r.id) === "certain") ? "certain" : "possible";
}
