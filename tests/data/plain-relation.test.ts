import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainRelation } from "../../src/data/plain-relation.js";
import type { Problem } from "../../src/data/problem.js";
import { validateItems } from "../../src/data/validate-items.js";
import { RELATION_KIND_IDS, RelationSchema } from "../../src/model/index.js";

const id = fc.constantFrom("gov", "rebels", "hts", "synthetic-brigade-7", "a1-b2");
const date = fc.constantFrom("2017-01-30", "2019-04", "2012", "2017-09-15~", "2020-02-29", "2024-11-27?");
const text = fc.constantFrom("ACLED event 1: clash at a village.", "Said so in our words", "é ok");

/** A valid relation as an importer or an editor writes one, keys in any order, read from JSON. */
const validRelation = fc
  .record(
    {
      id,
      kind: fc.constantFrom(...RELATION_KIND_IDS),
      source: id,
      target: id,
      date,
      start: fc.option(date, { nil: null }),
      end: fc.option(date, { nil: null }),
      status: fc.constantFrom("reported", "claimed", "disputed"),
      note: text,
      event: fc.record(
        {
          place: id,
          deaths: fc.record(
            { best: fc.nat(50), low: fc.nat(5), high: fc.nat(99) },
            { requiredKeys: ["best"] },
          ),
          period: fc.record({ start: date, end: date }),
          datePrecision: fc.integer({ min: 1, max: 5 }),
          placePrecision: fc.integer({ min: 1, max: 7 }),
        },
        { requiredKeys: [] },
      ),
      evidence: fc.array(
        fc.record(
          {
            source: id,
            paragraph: fc.integer({ min: 1, max: 40 }),
            note: text,
            claimedBy: id,
            reportedBy: id,
            record: fc.constantFrom("SYN111", "ged-1234"),
          },
          { requiredKeys: ["source", "note"] },
        ),
        { minLength: 1, maxLength: 3 },
      ),
    },
    { requiredKeys: ["id", "kind", "source", "target", "status", "evidence"] },
  )
  .chain((r) =>
    fc
      .shuffledSubarray(Object.keys(r), { minLength: Object.keys(r).length })
      // As JSON.parse gives them: plain objects (fast-check's records have no prototype).
      .map((order) =>
        JSON.parse(JSON.stringify(Object.fromEntries(order.map((k) => [k, r[k as keyof typeof r]])))),
      ),
  );

/** Wrong values of every kind zod is asked to judge. */
const badValue = fc.constantFrom<unknown>(
  undefined,
  null,
  7,
  -1,
  1.5,
  2 ** 60,
  "",
  " padded ",
  "Not-Kebab",
  "123",
  "2019-02-30",
  "2019-13",
  "yesterday",
  true,
  [],
  {},
  ["x"],
  { best: -1 },
  { best: 1, extra: 2 },
  { start: "2020" },
  Number.NaN,
);
const path = fc.constantFrom(
  ["id"],
  ["kind"],
  ["source"],
  ["target"],
  ["date"],
  ["start"],
  ["end"],
  ["status"],
  ["note"],
  ["event"],
  ["evidence"],
  ["extra"],
  ["evidence", 0],
  ["evidence", 0, "source"],
  ["evidence", 0, "paragraph"],
  ["evidence", 0, "note"],
  ["evidence", 0, "record"],
  ["evidence", 0, "claimedBy"],
  ["evidence", 0, "other"],
  ["event", "place"],
  ["event", "deaths"],
  ["event", "deaths", "best"],
  ["event", "period", "end"],
  ["event", "datePrecision"],
  ["event", "unknown"],
);

/** A valid relation with a few values replaced (or keys deleted) by wrong ones. */
const brokenRelation = fc
  .tuple(validRelation, fc.array(fc.tuple(path, badValue, fc.boolean()), { minLength: 1, maxLength: 3 }))
  .map(([relation, changes]) => {
    const copy = structuredClone(relation) as Record<string | number, unknown>;
    for (const [keys, value, remove] of changes) {
      let at: Record<string | number, unknown> = copy;
      for (const k of keys.slice(0, -1)) {
        if (typeof at[k] !== "object" || at[k] === null) at[k] = {};
        at = at[k] as Record<string | number, unknown>;
      }
      const last = keys[keys.length - 1]!;
      if (remove) delete at[last];
      else at[last] = value;
    }
    return copy;
  });

describe("the hand-written relation check beside zod", () => {
  it("accepts only what zod accepts, giving exactly zod's output (keys in zod's order)", () => {
    fc.assert(
      fc.property(fc.oneof(validRelation, brokenRelation), (relation) => {
        const plain = plainRelation(relation);
        const zod = RelationSchema.safeParse(relation);
        if (plain !== null) {
          expect(zod.success).toBe(true);
          expect(JSON.stringify(plain)).toBe(JSON.stringify(zod.data));
          expect(plain).toStrictEqual(zod.data);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("accepts every valid relation whose texts need no trimming, so large files skip zod", () => {
    fc.assert(
      fc.property(validRelation, (relation) => {
        expect(plainRelation(relation)).not.toBeNull();
      }),
      { numRuns: 500 },
    );
    const inOrder = {
      id: "a",
      kind: "attacked",
      source: "b",
      target: "c",
      date: "2020",
      status: "reported",
      evidence: [{ source: "s", note: "n" }],
    };
    expect(plainRelation(inOrder)).toBe(inOrder);
  });

  it("leaves to zod texts it would trim, and objects that are not plain", () => {
    const base = { id: "a", kind: "attacked", source: "b", target: "c", date: "2020", status: "reported" };
    expect(plainRelation({ ...base, evidence: [{ source: "s", note: " n" }] })).toBeNull();
    expect(plainRelation({ ...base, evidence: [{ source: "s", note: "n\u00a0" }] })).toBeNull();
    expect(plainRelation({ ...base, evidence: [{ source: "s", note: "n", record: "r\n" }] })).toBeNull();
    expect(
      plainRelation(Object.assign(Object.create(null), { ...base, evidence: [{ source: "s", note: "n" }] })),
    ).toBeNull();
    expect(plainRelation(JSON.parse('{"__proto__": {}, "id": "a"}'))).toBeNull();
  });

  it("reports the same problems and keeps the same items as zod alone, for a file of good and broken relations", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(validRelation, brokenRelation), { maxLength: 12 }), (relations) => {
        const content = { relations };
        const zodProblems: Problem[] = [];
        const fastProblems: Problem[] = [];
        const zodOnly = validateItems("f.json", content, "relations", RelationSchema, zodProblems);
        const fast = validateItems(
          "f.json",
          content,
          "relations",
          RelationSchema,
          fastProblems,
          plainRelation,
        );
        expect(fastProblems).toStrictEqual(zodProblems);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(zodOnly));
      }),
      { numRuns: 300 },
    );
  });
});
