import type { DatedRelation } from "../model";
import { RELATION_KINDS } from "../model";
import { IntervalIndex } from "./interval-index";
import type { Certainty, DayRange, TimeBounds } from "./time-bounds";
import { certaintyAt, certaintyDuring, timeBounds } from "./time-bounds";

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
    return this.grade(q, certaintyAt);
  }

  /** Relations holding at some time within the range: states overlapping it, events inside it. */
  during(q: DayRange): TimedHit<R>[] {
    return this.grade(q, certaintyDuring);
  }

  private grade(q: DayRange, certainty: (b: TimeBounds, q: DayRange) => Certainty | null): TimedHit<R>[] {
    const hits: TimedHit<R>[] = [];
    for (const i of this.index.overlapping(q.lo, q.hi).sort((a, b) => a - b)) {
      const c = certainty(this.bounds[i]!, q);
      if (c) hits.push({ relation: this.relations[i]!, certainty: c });
    }
    return hits;
  }
}
