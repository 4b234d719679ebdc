import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { civilDate, dayNumber, dayToIso, edtf, parseEdtf } from "../../src/model/core.js";

/** Day numbers (since 1970-01-01) of the first of every month of years 1–9999, from Python's datetime. */
function pythonMonthStarts(): number[] | null {
  const script =
    "import datetime,sys\n" +
    "e=datetime.date(1970,1,1).toordinal()\n" +
    "sys.stdout.write(' '.join(str(datetime.date(y,m,1).toordinal()-e) for y in range(1,10000) for m in range(1,13)))\n";
  const run = spawnSync("python3", ["-c", script], { encoding: "utf8", maxBuffer: 1 << 26 });
  return run.status === 0 ? run.stdout.split(" ").map(Number) : null;
}

const python = pythonMonthStarts();

describe("calendar arithmetic over years 0000–9999", () => {
  it.skipIf(python === null)(
    "agrees with Python's datetime on the first of every month of years 1–9999",
    () => {
      const ours: number[] = [];
      for (let y = 1; y <= 9999; y++) for (let m = 1; m <= 12; m++) ours.push(dayNumber(y, m, 1));
      expect(ours.length).toBe(python!.length);
      const firstDifference = ours.findIndex((d, i) => d !== python![i]);
      expect(firstDifference).toBe(-1);
    },
  );

  it("places year 0000 (a leap year, the year before 0001) right before 0001-01-01", () => {
    expect(dayNumber(0, 12, 31)).toBe(dayNumber(1, 1, 1) - 1);
    expect(dayNumber(1, 1, 1) - dayNumber(0, 1, 1)).toBe(366);
    expect(parseEdtf("0000-02-29").ok).toBe(true);
    expect(parseEdtf("0100-02-29").ok).toBe(false);
    expect(parseEdtf("0400-02-29").ok).toBe(true);
  });

  it("reads years 0000–0099 as themselves, never as 1900–1999", () => {
    for (const [text, first, last] of [
      ["0000", "0000-01-01", "0000-12-31"],
      ["0050", "0050-01-01", "0050-12-31"],
      ["0099-02", "0099-02-01", "0099-02-28"],
      ["0004-02", "0004-02-01", "0004-02-29"],
      ["0001-01-01", "0001-01-01", "0001-01-01"],
    ] as const) {
      const d = edtf(text);
      expect([dayToIso(d.lo), dayToIso(d.hi)], text).toEqual([first, last]);
    }
    expect(edtf("0050").hi).toBeLessThan(edtf("1940").lo);
  });

  it("turns every day of years 0000–9999 into its ISO text and back", () => {
    let day = dayNumber(0, 1, 1);
    const last = dayNumber(9999, 12, 31);
    let expected = { year: 0, month: 1, day: 1 };
    const lengths = (y: number) => [
      31,
      y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
      31,
      30,
      31,
      30,
      31,
      31,
      30,
      31,
      30,
      31,
    ];
    for (; day <= last; day++) {
      const got = civilDate(day);
      if (got.year !== expected.year || got.month !== expected.month || got.day !== expected.day) {
        expect(got, `day ${day}`).toEqual(expected);
      }
      if (dayNumber(got.year, got.month, got.day) !== day)
        expect(dayNumber(got.year, got.month, got.day)).toBe(day);
      const next = { ...expected, day: expected.day + 1 };
      if (next.day > lengths(next.year)[next.month - 1]!) {
        next.day = 1;
        next.month++;
        if (next.month > 12) {
          next.month = 1;
          next.year++;
        }
      }
      expected = next;
    }
    expect(dayToIso(dayNumber(0, 1, 1))).toBe("0000-01-01");
    expect(dayToIso(dayNumber(9999, 12, 31))).toBe("9999-12-31");
    expect(dayToIso(dayNumber(1969, 12, 31))).toBe("1969-12-31");
  });
});
