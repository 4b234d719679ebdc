import type { DatedRelation } from "../model/core.js";
import type { SpanColumns, SpanLayout } from "./span-index.js";
import { SPAN_EVENT, spanFlagsOf, SpanIndex } from "./span-index.js";
import type { DayRange } from "./time-bounds.js";
import type { HitPart, TimedHit } from "./time-hits.js";
import { TimeHits } from "./time-hits.js";

export type { TimedHit } from "./time-hits.js";

/**
 * What the time index is built from: each relation's open-world validity as columns (outer and
 * inner days, SPAN_* flags), and relation i, whole, for the hits it gives out. A RelationTable is one.
 */
export interface TimeColumns<R> extends SpanColumns {
  readonly size: number;
  relation(i: number): R;
}

/** The time columns of relations held in memory (spanFlagsOf each validity). */
export function timeColumnsOf<R extends DatedRelation>(relations: readonly R[]): TimeColumns<R> {
  const n = relations.length;
  const columns = {
    size: n,
    outerLo: new Float64Array(n),
    outerHi: new Float64Array(n),
    innerLo: new Float64Array(n),
    innerHi: new Float64Array(n),
    flags: new Uint8Array(n),
    relation: (i: number) => relations[i]!,
  };
  for (let i = 0; i < n; i++) {
    const v = relations[i]!.validity;
    columns.outerLo[i] = v.outerLo;
    columns.outerHi[i] = v.outerHi;
    columns.innerLo[i] = v.innerLo;
    columns.innerHi[i] = v.innerHi;
    columns.flags[i] = spanFlagsOf(v);
  }
  return columns;
}

/** The span index of the relations at `positions`, taken from the columns. */
function spanIndexOf(all: SpanColumns, positions: readonly number[]): SpanIndex {
  const n = positions.length;
  const columns = {
    outerLo: new Float64Array(n),
    outerHi: new Float64Array(n),
    innerLo: new Float64Array(n),
    innerHi: new Float64Array(n),
    flags: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const p = positions[i]!;
    columns.outerLo[i] = all.outerLo[p]!;
    columns.outerHi[i] = all.outerHi[p]!;
    columns.innerLo[i] = all.innerLo[p]!;
    columns.innerHi[i] = all.innerHi[p]!;
    columns.flags[i] = all.flags[p]!;
  }
  return SpanIndex.build(columns, positions);
}

/** The layouts of a time index's two span indexes (states and static facts; events). */
export interface TimeIndexLayout {
  readonly states: SpanLayout;
  readonly events: SpanLayout;
}

/**
 * The time index of a set of relations: "valid on date D" and "between D1 and D2" answered from
 * each relation's open-world validity kept in sorted typed arrays (SpanIndex): states and static
 * facts in one index, events in another, so a snapshot grades each against its own range. Answers
 * are TimeHits: counted without objects, listed in data order on demand. Built from columns
 * (a relation table read from the store), it decodes only the relations a query hits.
 */
export class RelationTimeIndex<R extends DatedRelation = DatedRelation> {
  private readonly states: SpanIndex;
  private readonly events: SpanIndex;
  private readonly columns: TimeColumns<R>;

  /** Indexes the relations, or takes the layout an index of the same columns gave (`layout()`, kept by the store). */
  constructor(relations: readonly R[] | TimeColumns<R>, layout?: TimeIndexLayout) {
    const columns = Array.isArray(relations)
      ? timeColumnsOf(relations as readonly R[])
      : (relations as TimeColumns<R>);
    this.columns = columns;
    if (layout) {
      this.states = SpanIndex.fromLayout(columns, layout.states);
      this.events = SpanIndex.fromLayout(columns, layout.events);
      return;
    }
    const states: number[] = [];
    const events: number[] = [];
    for (let i = 0; i < columns.size; i++) (columns.flags[i]! & SPAN_EVENT ? events : states).push(i);
    this.states = spanIndexOf(columns, states);
    this.events = spanIndexOf(columns, events);
  }

  /** The layout of both span indexes, for the store to keep and a later index to start from. */
  layout(): TimeIndexLayout {
    return { states: this.states.layout(), events: this.events.layout() };
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
    return new TimeHits(this.columns, parts);
  }
}
