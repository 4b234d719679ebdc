/**
 * Day spans grouped the way an interval index needs them: open on both sides (every query hits
 * them), open at the start, open at the end, and bounded ones in classes by length (powers of two:
 * within class k a span overlapping [lo, hi] must start in [lo − 2^k + 1, hi]).
 */
export interface SpanGroups {
  readonly always: number[];
  readonly openStart: number[];
  readonly openEnd: number[];
  /** [k, positions] for each length class (spans of at most 2^k days), by k. */
  readonly classes: [k: number, positions: number[]][];
}

/** Groups spans `i` = [lo[i], hi[i]] (inclusive days; ±Infinity marks an open bound), positions in order. */
export function groupSpans(lo: ArrayLike<number>, hi: ArrayLike<number>): SpanGroups {
  const always: number[] = [];
  const openStart: number[] = [];
  const openEnd: number[] = [];
  const byClass = new Map<number, number[]>();
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
  return { always, openStart, openEnd, classes: [...byClass.entries()].sort(([a], [b]) => a - b) };
}
