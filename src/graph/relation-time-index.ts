import type { DatedRelation } from "../model/index.js";
import type { Basis } from "../model/validity.js";
import { basisOn, holdsDuring } from "../time/holds.js";
import { IntervalIndex } from "./interval-index.js";
import type { Certainty, DayRange } from "./time-bounds.js";

/** A relation that holds on a date or in a range, how sure that is, and why. */
export interface TimedHit<R> {
  readonly relation: R;
  readonly certainty: Certainty;
  readonly basis: Basis;
}

const STATE = 0;
const EVENT = 1;
const STATIC = 2;

/** A snapshot hit whose basis is worked out only when read (most consumers never read it). */
class SnapshotHit<R extends DatedRelation> implements TimedHit<R> {
  constructor(
    readonly relation: R,
    readonly certainty: Certainty,
    private readonly q: DayRange,
  ) {}
  get basis(): Basis {
    return basisOn(this.relation.validity, this.q);
  }
}

/**
 * The time index of a set of relations: "valid on date D" and "between D1 and D2" answered by an
 * IntervalIndex over the days each relation may hold (its open-world validity), then graded.
 */
export class RelationTimeIndex<R extends DatedRelation = DatedRelation> {
  private readonly index: IntervalIndex;
  /** Each relation's validity as columns, so grading a candidate touches no object. */
  private readonly outerLo: Float64Array;
  private readonly outerHi: Float64Array;
  private readonly innerLo: Float64Array;
  private readonly innerHi: Float64Array;
  private readonly kind: Uint8Array;
  private readonly doubtful: Uint8Array;

  constructor(private readonly relations: readonly R[]) {
    const n = relations.length;
    this.outerLo = new Float64Array(n);
    this.outerHi = new Float64Array(n);
    this.innerLo = new Float64Array(n);
    this.innerHi = new Float64Array(n);
    this.kind = new Uint8Array(n);
    this.doubtful = new Uint8Array(n);
    relations.forEach((r, i) => {
      const v = r.validity;
      this.outerLo[i] = v.outerLo;
      this.outerHi[i] = v.outerHi;
      this.innerLo[i] = v.innerLo;
      this.innerHi[i] = v.innerHi;
      this.kind[i] = v.temporality === "state" ? STATE : v.temporality === "event" ? EVENT : STATIC;
      this.doubtful[i] = v.neverCertain ? 1 : 0;
    });
    this.index = IntervalIndex.build(this.outerLo, this.outerHi);
  }

  /** The certainty of relation `i` on `q` (as holdsOn grades it), or null when it cannot hold. */
  private gradeOn(i: number, q: DayRange): Certainty | null {
    if (this.outerHi[i]! < q.lo || this.outerLo[i]! > q.hi) return null;
    const kind = this.kind[i]!;
    const sure =
      kind === STATIC
        ? true
        : kind === EVENT
          ? this.outerLo[i]! >= q.lo && this.outerHi[i]! <= q.hi
          : this.innerLo[i]! <= q.lo && this.innerHi[i]! >= q.hi;
    return sure && this.doubtful[i] === 0 ? "certain" : "possible";
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
      const on = this.kind[i] === EVENT ? window : q;
      const certainty = this.gradeOn(i, on);
      if (certainty) hits.push(new SnapshotHit(this.relations[i]!, certainty, on));
    }
    return hits;
  }
}
