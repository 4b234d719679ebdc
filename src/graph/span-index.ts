import type { Validity } from "../model/validity.js";
import { groupSpans } from "./span-groups.js";
import { lowerBound, upperBound } from "./sorted-bounds.js";

/**
 * Relations' validity spans as sorted typed arrays, laid out so that the relations which may hold
 * in a day range are a few runs of consecutive slots and one short list, found by binary searches.
 *
 * Every relation gets one slot; slots are grouped in segments: relations open on both sides
 * (every query hits all of them), open at the start (sorted by last day: hits are a suffix), open at
 * the end (sorted by first day: hits are a prefix), and bounded ones in classes by length (powers
 * of two), each sorted by first day, where a hit must start in [lo − 2^k + 1, hi]. Each slot carries
 * its relation's outer (may hold) and inner (must hold) days and flags, so grading a hit reads
 * consecutive memory and touches no object.
 */
export class SpanIndex {
  private constructor(
    /** Slot → the relation's position in the indexed list. */
    readonly ids: Int32Array,
    readonly outerLo: Float64Array,
    readonly outerHi: Float64Array,
    readonly innerLo: Float64Array,
    readonly innerHi: Float64Array,
    /** Slot → SPAN_EVENT / SPAN_STATIC / SPAN_DOUBTFUL bits (none: a firm state). */
    readonly flags: Uint8Array,
    private readonly segments: Segments,
  ) {}

  /** Indexes span `i` of the columns, standing for the relation `ids[i]` (default `i`). */
  static build(spans: SpanColumns, ids?: ArrayLike<number>): SpanIndex {
    const n = spans.outerLo.length;
    const { outerLo: lo, outerHi: hi } = spans;
    const { always, openStart, openEnd, classes } = groupSpans(lo, hi);
    const order = new Int32Array(n);
    let at = 0;
    /** Appends a segment to the slot order, sorted by `key`, and returns its slot range. */
    const place = (list: number[], key: ArrayLike<number> | null): SlotRange => {
      const from = at;
      const segment = order.subarray(from, (at += list.length));
      segment.set(list);
      if (key) sortByKey(segment, key);
      return { from, to: at };
    };
    const alwaysTo = place(always, null).to;
    const openStartRange = place(openStart, hi);
    const openEndRange = place(openEnd, lo);
    const lengthClasses = classes.map(([k, list]) => ({ ...place(list, lo), maxLength: 2 ** k }));

    const segments = { alwaysTo, openStart: openStartRange, openEnd: openEndRange, classes: lengthClasses };
    const index = SpanIndex.fromLayout(spans, { slots: order, segments });
    // Gathered by position in `spans`; the index then names each slot's relation by its id (in place: `order` is its ids).
    if (ids) for (let slot = 0; slot < n; slot++) order[slot] = ids[order[slot]!]!;
    return index;
  }

  /** What the index is, apart from the columns it gathers: its slot order and segments (for the store to keep). */
  layout(): SpanLayout {
    return { slots: this.ids, segments: this.segments };
  }

  /**
   * The index of a layout `layout()` gave, its slots gathered again from the columns it was built
   * from: the same index without sorting anything.
   */
  static fromLayout(all: SpanColumns, layout: SpanLayout): SpanIndex {
    const { slots } = layout;
    const n = slots.length;
    const outerLo = new Float64Array(n);
    const outerHi = new Float64Array(n);
    const innerLo = new Float64Array(n);
    const innerHi = new Float64Array(n);
    const flags = new Uint8Array(n);
    for (let s = 0; s < n; s++) {
      const p = slots[s]!;
      outerLo[s] = all.outerLo[p]!;
      outerHi[s] = all.outerHi[p]!;
      innerLo[s] = all.innerLo[p]!;
      innerHi[s] = all.innerHi[p]!;
      flags[s] = all.flags[p]!;
    }
    return new SpanIndex(slots, outerLo, outerHi, innerLo, innerHi, flags, layout.segments);
  }

  /** Number of relations indexed. */
  get size(): number {
    return this.ids.length;
  }

  /** The slots of the relations whose outer span overlaps [lo, hi] (inclusive): runs and single slots. */
  overlapping(lo: number, hi: number): SpanMatch {
    const { alwaysTo, openStart, openEnd, classes } = this.segments;
    const runs: number[] = [];
    const slots: number[] = [];
    const addRun = (from: number, to: number) => {
      if (to > from) runs.push(from, to);
    };
    addRun(0, alwaysTo);
    addRun(lowerBound(this.outerHi, openStart.from, openStart.to, lo), openStart.to);
    addRun(openEnd.from, upperBound(this.outerLo, openEnd.from, openEnd.to, hi));
    const outerHi = this.outerHi;
    for (const c of classes) {
      const from = lowerBound(this.outerLo, c.from, c.to, lo - c.maxLength + 1);
      const to = upperBound(this.outerLo, from, c.to, hi);
      for (let s = from; s < to; s++) if (outerHi[s]! >= lo) slots.push(s);
    }
    let count = slots.length;
    for (let r = 0; r < runs.length; r += 2) count += runs[r + 1]! - runs[r]!;
    return { runs, slots, count };
  }
}

/** A flag bit of a slot: the relation is an event. */
export const SPAN_EVENT = 1;
/** A flag bit of a slot: the relation is a static fact (always holds). */
export const SPAN_STATIC = 2;
/** A flag bit of a slot: the relation rests on a claim or is disputed, so it is never certain. */
export const SPAN_DOUBTFUL = 4;

/** The SPAN_* flags of a validity: event or static fact, and never certain (resting on a claim or disputed). */
export function spanFlagsOf(v: Validity): number {
  const kind = v.temporality === "event" ? SPAN_EVENT : v.temporality === "static" ? SPAN_STATIC : 0;
  return kind | (v.neverCertain ? SPAN_DOUBTFUL : 0);
}

/** What the index keeps of its relations, as columns: outer and inner days and SPAN_* flags. */
export interface SpanColumns {
  readonly outerLo: ArrayLike<number>;
  readonly outerHi: ArrayLike<number>;
  readonly innerLo: ArrayLike<number>;
  readonly innerHi: ArrayLike<number>;
  readonly flags: ArrayLike<number>;
}

/** The hits of one query: `runs` as [from, to) pairs of slots, then single `slots`; `count` in all. */
export interface SpanMatch {
  readonly runs: readonly number[];
  readonly slots: readonly number[];
  readonly count: number;
}

interface SlotRange {
  readonly from: number;
  readonly to: number;
}

/** A span index's slot order (slot → position in the columns it was built from) and segments, as plain data. */
export interface SpanLayout {
  readonly slots: Int32Array;
  readonly segments: Segments;
}

/** Where each group of slots lies: open both sides [0, alwaysTo), open at start, open at end, length classes. */
export interface Segments {
  readonly alwaysTo: number;
  readonly openStart: SlotRange;
  readonly openEnd: SlotRange;
  readonly classes: readonly (SlotRange & { readonly maxLength: number })[];
}

/**
 * Sorts positions by their key, ties by position, touching no object. Whole-day keys are packed
 * with the position into one number (key · m + j) and sorted natively; other keys by a comparator.
 */
function sortByKey(positions: Int32Array, key: ArrayLike<number>): void {
  const m = positions.length;
  const keys = new Float64Array(m);
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let j = 0; j < m; j++) {
    const k = key[positions[j]!]!;
    keys[j] = k;
    if (k < min) min = k;
    if (k > max) max = k;
    if (!Number.isInteger(k)) whole = false;
  }
  const byKey = new Int32Array(m);
  if (m > 0 && whole && (max - min + 1) * m < Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(m);
    for (let j = 0; j < m; j++) packed[j] = (keys[j]! - min) * m + j;
    packed.sort();
    for (let j = 0; j < m; j++) byKey[j] = packed[j]! % m;
  } else {
    for (let j = 0; j < m; j++) byKey[j] = j;
    byKey.sort((a, b) => keys[a]! - keys[b]! || a - b);
  }
  const sorted = new Int32Array(m);
  for (let j = 0; j < m; j++) sorted[j] = positions[byKey[j]!]!;
  positions.set(sorted);
}
