import { groupSpans } from "../src/graph/span-groups.js";
import { lowerBound, upperBound } from "../src/graph/sorted-bounds.js";

/**
 * The closed-world graded snapshot's index, kept as the bench baseline (the product answers dates
 * through src/graph/span-index.ts). A static index over inclusive day intervals that finds those overlapping a query range without
 * scanning them all. Intervals are split into classes by length (powers of two): within a class
 * sorted by start, an overlapping interval must start in [q.lo − 2^k + 1, q.hi], which two binary
 * searches bound. Half-open and fully open intervals live in their own sorted lists, where every
 * candidate is a hit. Query cost: O(classes · log n + candidates), candidates < 2 · hits per class.
 */
export class IntervalIndex {
  private constructor(
    private readonly classes: readonly LengthClass[],
    private readonly openStart: SortedList, // lo = −∞, sorted by hi
    private readonly openEnd: SortedList, // hi = +∞, sorted by lo
    private readonly always: Int32Array, // both open
    readonly size: number,
  ) {}

  /** Builds the index over intervals `i` = [lo[i], hi[i]]; ±Infinity marks open bounds. */
  static build(lo: ArrayLike<number>, hi: ArrayLike<number>): IntervalIndex {
    const { always, openStart, openEnd, classes: groups } = groupSpans(lo, hi);
    const classes = groups.map(([k, ids]) => ({ maxLength: 2 ** k, ...sortedList(ids, hi, lo) }));
    return new IntervalIndex(
      classes,
      sortedList(openStart, hi, hi),
      sortedList(openEnd, hi, lo),
      Int32Array.from(always),
      lo.length,
    );
  }

  /** Ids of the intervals overlapping [qLo, qHi], appended to `out` in no particular order. */
  overlapping(qLo: number, qHi: number, out: number[] = []): number[] {
    for (const c of this.classes) {
      const from = lowerBound(c.keys, 0, c.keys.length, qLo - c.maxLength + 1);
      const to = upperBound(c.keys, 0, c.keys.length, qHi);
      for (let j = from; j < to; j++) if (c.hi[j]! >= qLo) out.push(c.ids[j]!);
    }
    const os = this.openStart;
    for (let j = lowerBound(os.keys, 0, os.keys.length, qLo); j < os.ids.length; j++) out.push(os.ids[j]!);
    const oe = this.openEnd;
    for (let j = 0, to = upperBound(oe.keys, 0, oe.keys.length, qHi); j < to; j++) out.push(oe.ids[j]!);
    for (const id of this.always) out.push(id);
    return out;
  }
}

interface SortedList {
  /** The sort key of each entry (start, or end for open-start intervals). */
  readonly keys: Float64Array;
  readonly hi: Float64Array;
  readonly ids: Int32Array;
}

interface LengthClass extends SortedList {
  readonly maxLength: number;
}

function sortedList(ids: number[], hi: ArrayLike<number>, key: ArrayLike<number>): SortedList {
  ids.sort((a, b) => key[a]! - key[b]!);
  return {
    keys: Float64Array.from(ids, (i) => key[i]!),
    hi: Float64Array.from(ids, (i) => hi[i]!),
    ids: Int32Array.from(ids),
  };
}
