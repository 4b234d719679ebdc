/**
 * The closed-world graded snapshot Faultline answered with before the open-world time model,
 * kept here only as the bench's baseline: a state holds between its start and end (missing bounds
 * taken from the evidence span), certain or possible by the precision of those dates, and nowhere
 * else.
 */
import { IntervalIndex } from "./interval-index.js";
import type { Certainty, DayRange } from "../src/graph/time-bounds.js";
import { slack } from "../src/graph/time-bounds.js";
import type { DatedRelation, Temporality, Timing } from "../src/model/core.js";
import { RELATION_KINDS } from "../src/model/core.js";

/** Outer (may hold) and inner (must hold) day bounds of a relation's own dates. */
interface GradedBounds {
  readonly outerLo: number;
  readonly outerHi: number;
  readonly innerLo: number;
  readonly innerHi: number;
  readonly event: boolean;
}

function gradedBounds(timing: Timing, temporality: Temporality): GradedBounds {
  const { start, end } = timing;
  return {
    outerLo: start ? start.lo - slack(start) : -Infinity,
    outerHi: end ? end.hi + slack(end) : Infinity,
    innerLo: start ? start.hi + slack(start) : -Infinity,
    innerHi: end ? end.lo - slack(end) : Infinity,
    event: temporality === "event",
  };
}

function gradedAt(b: GradedBounds, q: DayRange): Certainty | null {
  if (b.outerHi < q.lo || b.outerLo > q.hi) return null;
  if (b.event) return b.outerLo >= q.lo && b.outerHi <= q.hi ? "certain" : "possible";
  return b.innerLo <= q.lo && b.innerHi >= q.hi ? "certain" : "possible";
}

/** The old snapshot: relations whose own dates overlap the day, graded by date precision only. */
export class GradedSnapshot {
  private readonly bounds: GradedBounds[];
  private readonly index: IntervalIndex;

  constructor(private readonly relations: readonly DatedRelation[]) {
    this.bounds = relations.map((r) => gradedBounds(r.timing, RELATION_KINDS[r.kind].temporality));
    this.index = IntervalIndex.build(
      this.bounds.map((b) => b.outerLo),
      this.bounds.map((b) => b.outerHi),
    );
  }

  /** States holding on `q` and events on it, each graded certain or possible. */
  at(q: DayRange): { relation: DatedRelation; certainty: Certainty }[] {
    const hits: { relation: DatedRelation; certainty: Certainty }[] = [];
    for (const i of this.index.overlapping(q.lo, q.hi)) {
      const certainty = gradedAt(this.bounds[i]!, q);
      if (certainty) hits.push({ relation: this.relations[i]!, certainty });
    }
    return hits;
  }
}
