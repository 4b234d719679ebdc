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
    const byClass = new Map<number, number[]>();
    const openStart: number[] = [];
    const openEnd: number[] = [];
    const always: number[] = [];
    for (let i = 0; i < lo.length; i++) {
      const a = lo[i]!;
      const b = hi[i]!;
      if (a === -Infinity && b === Infinity) always.push(i);
      else if (a === -Infinity) openStart.push(i);
      else if (b === Infinity) openEnd.push(i);
      else {
        const k = Math.max(0, Math.ceil(Math.log2(b - a + 1)));
        const list = byClass.get(k);
        if (list) list.push(i);
        else byClass.set(k, [i]);
      }
    }
    const classes = [...byClass.entries()]
      .sort(([a], [b]) => a - b)
      .map(([k, ids]) => ({ maxLength: 2 ** k, ...sortedList(ids, hi, lo) }));
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
      const from = lowerBound(c.keys, qLo - c.maxLength + 1);
      const to = upperBound(c.keys, qHi);
      for (let j = from; j < to; j++) if (c.hi[j]! >= qLo) out.push(c.ids[j]!);
    }
    const os = this.openStart;
    for (let j = lowerBound(os.keys, qLo); j < os.ids.length; j++) out.push(os.ids[j]!);
    const oe = this.openEnd;
    for (let j = 0, to = upperBound(oe.keys, qHi); j < to; j++) out.push(oe.ids[j]!);
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

/** First index whose key is ≥ x. */
function lowerBound(keys: Float64Array, x: number): number {
  let a = 0;
  let b = keys.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (keys[m]! < x) a = m + 1;
    else b = m;
  }
  return a;
}

/** First index whose key is > x. */
function upperBound(keys: Float64Array, x: number): number {
  let a = 0;
  let b = keys.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (keys[m]! <= x) a = m + 1;
    else b = m;
  }
  return a;
}
