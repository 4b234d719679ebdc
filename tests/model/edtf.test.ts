import { describe, expect, it } from "vitest";
import { dayNumber, dayToIso, edtf, parseEdtf } from "../../src/model/core.js";

describe("EDTF dates", () => {
  it("covers a whole day, month or year at its precision", () => {
    expect(edtf("2024-11-27")).toMatchObject({
      precision: "day",
      lo: dayNumber(2024, 11, 27),
      hi: dayNumber(2024, 11, 27),
    });
    const april = edtf("2019-04");
    expect(april.precision).toBe("month");
    expect(dayToIso(april.lo)).toBe("2019-04-01");
    expect(dayToIso(april.hi)).toBe("2019-04-30");
    const year = edtf("2012");
    expect([dayToIso(year.lo), dayToIso(year.hi)]).toEqual(["2012-01-01", "2012-12-31"]);
  });

  it("knows leap years and month lengths", () => {
    expect(dayToIso(edtf("2024-02").hi)).toBe("2024-02-29");
    expect(dayToIso(edtf("2023-02").hi)).toBe("2023-02-28");
    expect(parseEdtf("2023-02-29")).toMatchObject({ ok: false });
    expect(parseEdtf("2019-02-30")).toMatchObject({ ok: false });
  });

  it("reads the approximate and uncertain qualifiers", () => {
    expect(edtf("2017-09-15~")).toMatchObject({ approximate: true, uncertain: false, precision: "day" });
    expect(edtf("2017?")).toMatchObject({ approximate: false, uncertain: true });
    expect(edtf("2017-09%")).toMatchObject({ approximate: true, uncertain: true });
  });

  it("rejects what is not a date, with the reason", () => {
    for (const bad of ["2019-13", "2019-00", "19-04-01", "late April", "2019-4-1", "", "2019-04-01T10:00"]) {
      const parsed = parseEdtf(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toContain(bad);
    }
  });
});
