import type { DatedRelation } from "../model/index.js";
import { SPAN_DOUBTFUL, SPAN_EVENT, SPAN_STATIC, SpanIndex } from "./span-index.js";
import type { DayRange } from "./time-bounds.js";
import type { HitPart, TimedHit } from "./time-hits.js";
import { TimeHits } from "./time-hits.js";

export type { TimedHit } from "./time-hits.js";

/** The span index of the relations at `positions`: their open-world validity as days and flags. */
function spanIndexOf(relations: readonly DatedRelation[], positions: readonly number[]): SpanIndex {
  const n = positions.length;
  const columns = {
    outerLo: new Float64Array(n),
    outerHi: new Float64Array(n),
    innerLo: new Float64Array(n),
    innerHi: new Float64Array(n),
    flags: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const v = relations[positions[i]!]!.validity;
    const kind = v.temporality === "event" ? SPAN_EVENT : v.temporality === "static" ? SPAN_STATIC : 0;
    columns.outerLo[i] = v.outerLo;
    columns.outerHi[i] = v.outerHi;
    columns.innerLo[i] = v.innerLo;
    columns.innerHi[i] = v.innerHi;
    columns.flags[i] = kind | (v.neverCertain ? SPAN_DOUBTFUL : 0);
  }
  return SpanIndex.build(columns, positions);
}

/**
 * The time index of a set of relations: "valid on date D" and "between D1 and D2" answered from
 * each relation's open-world validity kept in sorted typed arrays (SpanIndex): states and static
 * facts in one index, events in another, so a snapshot grades each against its own range. Answers
 * are TimeHits: counted without objects, listed in data order on demand.
 */
export class RelationTimeIndex<R extends DatedRelation = DatedRelation> {
  private readonly states: SpanIndex;
  private readonly events: SpanIndex;

  constructor(private readonly relations: readonly R[]) {
    const states: number[] = [];
    const events: number[] = [];
    for (let i = 0; i < relations.length; i++)
      (relations[i]!.validity.temporality === "event" ? events : states).push(i);
    this.states = spanIndexOf(relations, states);
    this.events = spanIndexOf(relations, events);
  }

  /** Relations holding on the query date: states throughout it, events inside it, in data order. */
  at(q: DayRange): TimedHit<R>[] {
    return this.snapshot(q, 0).list();
  }

  /** Relations holding at some time within the range: states overlapping it, events inside it, in data order. */
  during(q: DayRange): TimedHit<R>[] {
    return this.overlapping(q).list();
  }

  /** Relations holding at some time within the range, as a lazy answer (counted, visited or listed on demand). */
  overlapping(q: DayRange): TimeHits<R> {
    return this.hits([this.part(this.states, q, true, false), this.part(this.events, q, true, true)]);
  }

  /**
   * The graph on a date: states holding on `q` (graded as `at`) and events within `windowDays`
   * either side of it (graded against the widened range), as a lazy answer.
   */
  snapshot(q: DayRange, windowDays: number): TimeHits<R> {
    const window = { lo: q.lo - windowDays, hi: q.hi + windowDays };
    return this.hits([this.part(this.states, q, false, false), this.part(this.events, window, false, true)]);
  }

  private part(index: SpanIndex, q: DayRange, during: boolean, events: boolean): HitPart {
    return { index, match: index.overlapping(q.lo, q.hi), q, during, events };
  }

  private hits(parts: HitPart[]): TimeHits<R> {
    return new TimeHits(this.relations, parts);
  }
}
