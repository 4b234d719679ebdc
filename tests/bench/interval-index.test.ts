import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IntervalIndex } from "../../bench/interval-index.js";

const bound = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -2000, max: 2000 }) },
  { weight: 1, arbitrary: fc.constant(Number.NaN) }, // stands for an open bound
);

describe("IntervalIndex", () => {
  it("finds exactly the intervals a full scan finds, open bounds included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(bound, bound), { maxLength: 200 }),
        fc.integer({ min: -2500, max: 2500 }),
        fc.integer({ min: 0, max: 400 }),
        (pairs, qLo, width) => {
          const lo = pairs.map(([a, b]) =>
            Number.isNaN(a) ? -Infinity : Number.isNaN(b) ? a : Math.min(a, b),
          );
          const hi = pairs.map(([a, b]) =>
            Number.isNaN(b) ? Infinity : Number.isNaN(a) ? b : Math.max(a, b),
          );
          const qHi = qLo + width;
          const expected = lo.map((_, i) => i).filter((i) => lo[i]! <= qHi && hi[i]! >= qLo);
          const found = IntervalIndex.build(lo, hi)
            .overlapping(qLo, qHi)
            .sort((a, b) => a - b);
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("handles an empty index and single-day intervals at the query's edges", () => {
    expect(IntervalIndex.build([], []).overlapping(0, 10)).toEqual([]);
    const index = IntervalIndex.build([5, 10, 11], [5, 10, 11]);
    expect(index.overlapping(10, 10)).toEqual([1]);
    expect(index.overlapping(5, 10).sort()).toEqual([0, 1]);
  });
});
