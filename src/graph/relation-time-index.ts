import type { DatedRelation } from "../model/index.js";
import { RELATION_KINDS } from "../model/index.js";
import { IntervalIndex } from "./interval-index.js";
import type { Certainty, DayRange, TimeBounds } from "./time-bounds.js";
import { certaintyAt, certaintyDuring, timeBounds } from "./time-bounds.js";

/** A relation that holds on a date or in a range, and how sure that is. */
export interface TimedHit<R> {
  readonly relation: R;
  readonly certainty: Certainty;
}

/**
 * The time index of a set of relations: "valid on date D" and "between D1 and D2" answered by an
 * IntervalIndex over each relation's outer bounds, then graded certain or possible.
 */
export class RelationTimeIndex<R extends DatedRelation = DatedRelation> {
  private readonly bounds: TimeBounds[];
  private readonly index: IntervalIndex;

  constructor(private readonly relations: readonly R[]) {
    this.bounds = relations.map((r) => timeBounds(r.timing, RELATION_KINDS[r.kind].temporality));
    this.index = IntervalIndex.build(
      this.bounds.map((b) => b.outerLo),
      this.bounds.map((b) => b.outerHi),
    );
  }

  /** The day bounds of a relation of this index, by its position. */
  boundsOf(position: number): TimeBounds {
    return this.bounds[position]!;
  }

  /** Relations holding on the query date: states throughout it, events inside it. */
  at(q: DayRange): TimedHit<R>[] {
    return this.snapshot(q, 0);
  }

  /** Relations holding at some time within the range: states overlapping it, events inside it. */
  during(q: DayRange): TimedHit<R>[] {
    const hits: TimedHit<R>[] = [];
    for (const i of this.index.overlapping(q.lo, q.hi)) {
      const certainty = certaintyDuring(this.bounds[i]!, q);
      if (certainty) hits.push({ relation: this.relations[i]!, certainty });
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
      const b = this.bounds[i]!;
      const certainty = b.event ? certaintyAt(b, window) : certaintyAt(b, q);
      if (certainty) hits.push({ relation: this.relations[i]!, certainty });
    }
    return hits;
  }
}
