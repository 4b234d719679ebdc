import type { DatedRelation } from "../model/index.js";
import type { Basis } from "../model/validity.js";
import { holdsDuring, holdsOn } from "../time/holds.js";
import { IntervalIndex } from "./interval-index.js";
import type { Certainty, DayRange } from "./time-bounds.js";

/** A relation that holds on a date or in a range, how sure that is, and why. */
export interface TimedHit<R> {
  readonly relation: R;
  readonly certainty: Certainty;
  readonly basis: Basis;
}

/**
 * The time index of a set of relations: "valid on date D" and "between D1 and D2" answered by an
 * IntervalIndex over the days each relation may hold (its open-world validity), then graded.
 */
export class RelationTimeIndex<R extends DatedRelation = DatedRelation> {
  private readonly index: IntervalIndex;

  constructor(private readonly relations: readonly R[]) {
    const lo = new Float64Array(relations.length);
    const hi = new Float64Array(relations.length);
    relations.forEach((r, i) => {
      lo[i] = r.validity.outerLo;
      hi[i] = r.validity.outerHi;
    });
    this.index = IntervalIndex.build(lo, hi);
  }

  /** Relations holding on the query date: states throughout it, events inside it. */
  at(q: DayRange): TimedHit<R>[] {
    return this.snapshot(q, 0);
  }

  /** Relations holding at some time within the range: states overlapping it, events inside it. */
  during(q: DayRange): TimedHit<R>[] {
    const hits: TimedHit<R>[] = [];
    for (const i of this.index.overlapping(q.lo, q.hi)) {
      const relation = this.relations[i]!;
      const holding = holdsDuring(relation.validity, q);
      if (holding) hits.push({ relation, certainty: holding.certainty, basis: holding.basis });
    }
    return hits;
  }

  /**
   * The graph on a date in one pass over the index: states holding on `q` (graded as `at`) and
   * events within `windowDays` either side of it (graded against the widened range).
   */
  snapshot(q: DayRange, windowDays: number): TimedHit<R>[] {
    const window = { lo: q.lo - windowDays, hi: q.hi + windowDays };
    const hits: TimedHit<R>[] = [];
    for (const i of this.index.overlapping(window.lo, window.hi)) {
      const relation = this.relations[i]!;
      const v = relation.validity;
      const holding = holdsOn(v, v.temporality === "event" ? window : q);
      if (holding) hits.push({ relation, certainty: holding.certainty, basis: holding.basis });
    }
    return hits;
  }
}
