import type { DatedRelation } from "../model/core.js";
import type { Basis } from "../model/validity.js";
import { basisOn, holdsDuring } from "../time/holds.js";
import type { SpanIndex, SpanMatch } from "./span-index.js";
import { SPAN_DOUBTFUL, SPAN_EVENT, SPAN_STATIC } from "./span-index.js";
import type { Certainty, DayRange } from "./time-bounds.js";

/** A relation that holds on a date or in a range, how sure that is, and why. */
export interface TimedHit<R> {
  readonly relation: R;
  readonly certainty: Certainty;
  readonly basis: Basis;
}

/**
 * One index's share of a query: the slots it matched, the range they were graded against, and
 * whether a state must hold on every day of it (`on`) or on some day (`during`).
 */
export interface HitPart {
  readonly index: SpanIndex;
  readonly match: SpanMatch;
  readonly q: DayRange;
  readonly during: boolean;
  /** The index holds the events (graded against the event window), not the states. */
  readonly events: boolean;
}

/** Is the relation in `slot` of `ix` certain on (or during) `q`, as holdsOn (holdsDuring) grades it? */
function certainIn(ix: SpanIndex, slot: number, q: DayRange, during: boolean): boolean {
  const f = ix.flags[slot]!;
  if (f & SPAN_DOUBTFUL) return false;
  if (f & SPAN_STATIC) return true;
  if (f & SPAN_EVENT) return ix.outerLo[slot]! >= q.lo && ix.outerHi[slot]! <= q.hi;
  const lo = ix.innerLo[slot]!;
  const hi = ix.innerHi[slot]!;
  return during ? lo <= hi && lo <= q.hi && hi >= q.lo : lo <= q.lo && hi >= q.hi;
}

/** Calls `fn` with every slot a part matched. */
function forEachSlot(part: HitPart, fn: (slot: number) => void): void {
  const { runs, slots } = part.match;
  for (let r = 0; r < runs.length; r += 2) for (let s = runs[r]!; s < runs[r + 1]!; s++) fn(s);
  for (const s of slots) fn(s);
}

/** A hit whose basis is worked out only when read (most consumers never read it). */
class LazyBasisHit<R extends DatedRelation> implements TimedHit<R> {
  constructor(
    readonly relation: R,
    readonly certainty: Certainty,
    private readonly hits: TimeHits<R>,
  ) {}
  get basis(): Basis {
    return this.hits.basisOf(this.relation);
  }
}

/** Receives one hit of a walk: the relation and how sure it is to hold (a predicate returns whether to keep it). */
export type VisitHit<R, T = void> = (relation: R, certainty: Certainty) => T;

/**
 * The answer of a time query, kept as index slots: how many relations hold (and how many surely)
 * cost no object; the hits are visited, or listed as objects, in data order only when asked for.
 */
export class TimeHits<R extends DatedRelation = DatedRelation> {
  /** How many relations may hold (certain and possible). */
  readonly count: number;
  private certainTotal: number | null = null;
  private listed: TimedHit<R>[] | null = null;

  /**
   * `relations` gives relation i whole (decoding it from the store when the index was built from a
   * relation table), for the hits only; `size` is how many relations the index was built over.
   */
  constructor(
    private readonly relations: { readonly size: number; relation(i: number): R },
    private readonly parts: readonly HitPart[],
  ) {
    this.count = parts.reduce((sum, p) => sum + p.match.count, 0);
  }

  /** How many of them certainly hold. */
  get certainCount(): number {
    if (this.certainTotal === null) {
      let total = 0;
      for (const part of this.parts) {
        const { index, q, during } = part;
        forEachSlot(part, (s) => {
          if (certainIn(index, s, q, during)) total++;
        });
      }
      this.certainTotal = total;
    }
    return this.certainTotal;
  }

  /** How many only possibly hold (extrapolated, too coarsely dated, or resting on a claim). */
  get possibleCount(): number {
    return this.count - this.certainCount;
  }

  /** Why a relation among the hits holds, worked out against the range its part was graded on. */
  basisOf(relation: R): Basis {
    const events = relation.validity.temporality === "event";
    const { q, during } = this.parts.find((p) => p.events === events) ?? this.parts[0]!;
    return during ? holdsDuring(relation.validity, q)!.basis : basisOn(relation.validity, q);
  }

  /**
   * Visits every hit (or only the certain ones) in data order, creating no object per hit: what a
   * caller that renders or filters the answer as it goes uses.
   */
  forEach(visit: VisitHit<R>, certainOnly = false): void {
    if (this.listed) {
      for (const h of this.listed)
        if (!certainOnly || h.certainty === "certain") visit(h.relation, h.certainty);
      return;
    }
    this.walk(certainOnly, visit);
  }

  /** Every hit as an object with its certainty and (on read) basis, in data order; listed once, then kept. */
  list(): TimedHit<R>[] {
    if (!this.listed) {
      const hits: TimedHit<R>[] = [];
      this.walk(false, (relation, certainty) => hits.push(new LazyBasisHit(relation, certainty, this)));
      this.listed = hits;
    }
    return this.listed;
  }

  /**
   * Only the hits `keep` accepts (and, when asked, only certain ones), as objects in data order:
   * what a filtering caller lists, without an object for each hit it drops.
   */
  select(keep: VisitHit<R, boolean>, certainOnly = false): TimedHit<R>[] {
    const hits: TimedHit<R>[] = [];
    this.forEach((relation, certainty) => {
      if (keep(relation, certainty)) hits.push(new LazyBasisHit(relation, certainty, this));
    }, certainOnly);
    return hits;
  }

  /** Only the hits that certainly hold, as objects, in data order. */
  certain(): TimedHit<R>[] {
    if (this.listed) return this.listed.filter((h) => h.certainty === "certain");
    const hits: TimedHit<R>[] = [];
    this.walk(true, (relation, certainty) => hits.push(new LazyBasisHit(relation, certainty, this)));
    return hits;
  }

  /**
   * Marks the hits in one bitmap over all relations (and the certain ones in another), then reads
   * the bits in order: data order without a sort, and the relations read front to back.
   */
  private walk(certainOnly: boolean, visit: VisitHit<R>): void {
    const words = (this.relations.size + 31) >>> 5;
    const hit = new Uint32Array(words);
    const sure = new Uint32Array(words);
    for (const part of this.parts) {
      const { index, q, during } = part;
      const ids = index.ids;
      forEachSlot(part, (s) => {
        const id = ids[s]!;
        const bit = 1 << (id & 31);
        if (certainIn(index, s, q, during)) {
          sure[id >>> 5]! |= bit;
          hit[id >>> 5]! |= bit;
        } else if (!certainOnly) hit[id >>> 5]! |= bit;
      });
    }
    for (let w = 0; w < words; w++) {
      let bits = hit[w]!;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const id = (w << 5) | (31 - Math.clz32(low));
        visit(this.relations.relation(id), (sure[w]! & low) !== 0 ? "certain" : "possible");
      }
    }
  }
}
