import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LossyValueError, toLosslessJson } from "../../src/store/lossless-json.js";

describe("lossless JSON", () => {
  it("reads back ±Infinity and -0, which JSON.stringify would turn into null and 0", () => {
    const value = { lo: -Infinity, hi: Infinity, zero: -0, list: [1.5, Infinity, null, "x"] };
    const back = JSON.parse(toLosslessJson(value)) as typeof value;
    expect(back).toEqual(value);
    expect(Object.is(back.zero, -0)).toBe(true);
  });

  it("reads back any JSON-like value deep-equal, strings that look like its markers included", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.string(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie("value"), { maxKeys: 4, noNullPrototype: true }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        if (containsNaN(value)) return;
        expect(JSON.parse(toLosslessJson(value))).toStrictEqual(value);
      }),
    );
    const lookalike = { a: "\u0000faultline:+Infinity", b: "1e999", c: '"\u0000' };
    expect(JSON.parse(toLosslessJson(lookalike))).toEqual(lookalike);
  });

  it("writes what JSON.stringify writes when that is lossless (no -0, ±Infinity or value JSON would change)", () => {
    const plain = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.string({ unit: "binary" }),
        fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie("value"), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(plain, (value) => {
        expect(toLosslessJson(value)).toBe(JSON.stringify(value));
      }),
    );
    // An undefined property is left out on both paths, as JSON does.
    expect(toLosslessJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(toLosslessJson({ a: undefined, b: -0 })).toBe('{"b":-0}');
  });

  it("refuses what it cannot give back: NaN, undefined in an array, Maps, Sets, Dates, class instances, bigints", () => {
    class Point {
      x = 1;
    }
    const withToJson = { toJSON: () => "x" };
    for (const bad of [
      NaN,
      [1, undefined],
      // eslint-disable-next-line no-sparse-arrays -- a hole is what this case is about
      [1, , 3],
      new Map(),
      new Set([1]),
      new Date(0),
      new Point(),
      { n: 1n },
      withToJson,
      () => 1,
      Symbol("s"),
      new String("boxed"),
    ]) {
      expect(() => toLosslessJson({ field: bad })).toThrow(LossyValueError);
    }
  });
});

function containsNaN(value: unknown): boolean {
  if (typeof value === "number") return Number.isNaN(value);
  if (Array.isArray(value)) return value.some(containsNaN);
  if (value && typeof value === "object") return Object.values(value).some(containsNaN);
  return false;
}
