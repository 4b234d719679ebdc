import { describe, expect, it } from "vitest";
import { certaintyAt, certaintyDuring, timeBounds } from "../../src/graph/time-bounds.js";
import type { Timing } from "../../src/model/index.js";
import { edtf } from "../../src/model/index.js";

const state = (start: string | null, end: string | null): Timing => ({
  start: start === null ? null : edtf(start),
  end: end === null ? null : edtf(end),
  startDerived: false,
  endDerived: false,
});
const day = (text: string) => edtf(text);

describe("certainty of a relation on a date", () => {
  it("is certain inside a state's interval and possible inside an imprecise bound", () => {
    const since2012 = timeBounds(state("2012", "2019-06-06"), "state");
    expect(certaintyAt(since2012, day("2015-03-01"))).toBe("certain");
    expect(certaintyAt(since2012, day("2012-06-01"))).toBe("possible");
    expect(certaintyAt(since2012, day("2011-12-31"))).toBeNull();
    expect(certaintyAt(since2012, day("2019-06-07"))).toBeNull();
  });

  it("answers a month-precision question as certain only when the whole month is covered", () => {
    const b = timeBounds(state("2017-09-19", "2024-12-01"), "state");
    expect(certaintyAt(b, day("2018-09"))).toBe("certain");
    expect(certaintyAt(b, day("2024-12"))).toBe("possible");
    expect(certaintyAt(b, day("2024-11"))).toBe("certain");
  });

  it("treats open bounds as unbounded and approximate bounds with slack", () => {
    expect(certaintyAt(timeBounds(state(null, null), "static"), day("1900"))).toBe("certain");
    const approx = timeBounds(state("2017-09-15~", null), "state");
    expect(certaintyAt(approx, day("2017-09-20"))).toBe("possible");
    expect(certaintyAt(approx, day("2017-09-10"))).toBe("possible");
    expect(certaintyAt(approx, day("2017-10-15"))).toBe("certain");
  });

  it("grades events by whether they surely fall within the question's range", () => {
    const inNovember = timeBounds(state("2024-11", "2024-11"), "event");
    expect(certaintyAt(inNovember, day("2024-11"))).toBe("certain");
    expect(certaintyAt(inNovember, day("2024-11-28"))).toBe("possible");
    expect(certaintyDuring(inNovember, { lo: day("2024-11-27").lo, hi: day("2024-12-01").hi })).toBe(
      "possible",
    );
    const onDay = timeBounds(state("2024-11-28", "2024-11-28"), "event");
    expect(certaintyDuring(onDay, { lo: day("2024-11-27").lo, hi: day("2024-12-01").hi })).toBe("certain");
    expect(certaintyDuring(onDay, day("2024-11-29"))).toBeNull();
  });
});
