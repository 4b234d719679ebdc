import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RelationTimeIndex } from "../../src/graph/relation-time-index.js";
import { SpanIndex } from "../../src/graph/span-index.js";
import type { Dataset, DatedRelation } from "../../src/model/core.js";
import { relationTableOf } from "../../src/store/relation-table.js";
import type { Validity } from "../../src/model/validity.js";
import { holdsDuring, holdsOn } from "../../src/time/holds.js";

/** A day, or NaN standing for an open bound. */
const bound = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -300, max: 300 }) },
  { weight: 1, arbitrary: fc.constant(Number.NaN) },
);

/** A relation with only what the time index reads: its validity (outer days contain the inner ones). */
const relation = fc
  .record({
    temporality: fc.constantFrom("state", "state", "event", "static"),
    outer: fc.tuple(bound, bound),
    inner: fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: -50, max: 200 })),
    neverCertain: fc.boolean(),
  })
  .map(({ temporality, outer: [a, b], inner: [shrinkLo, width], neverCertain }): Validity => {
    if (temporality === "static")
      return validity({
        temporality,
        outerLo: -Infinity,
        outerHi: Infinity,
        innerLo: -Infinity,
        innerHi: Infinity,
        neverCertain,
      });
    const outerLo = Number.isNaN(a) ? -Infinity : Number.isNaN(b) ? a : Math.min(a, b);
    const outerHi = Number.isNaN(b) ? Infinity : Number.isNaN(a) ? b : Math.max(a, b);
    if (temporality === "event")
      return validity({ temporality, outerLo, outerHi, innerLo: outerLo, innerHi: outerHi, neverCertain });
    // Inner days inside the outer ones, possibly empty (innerLo > innerHi).
    // An open (stated) start or end leaves the inner days open too, now and then.
    const innerLo = Number.isFinite(outerLo)
      ? outerLo + shrinkLo
      : shrinkLo === 0
        ? -Infinity
        : shrinkLo - 100;
    const innerHi =
      !Number.isFinite(outerHi) && width === 200
        ? Infinity
        : Math.min(outerHi, (Number.isFinite(innerLo) ? innerLo : 0) + width);
    return validity({ temporality, outerLo, outerHi, innerLo, innerHi, neverCertain });
  });

function validity(
  v: Pick<Validity, "temporality" | "outerLo" | "outerHi" | "innerLo" | "innerHi" | "neverCertain">,
): Validity {
  return {
    ...v,
    baseInnerLo: v.innerLo,
    baseInnerHi: v.innerHi,
    startStated: false,
    endStated: false,
    firstReport: null,
    lastReport: null,
    lowerLimit: null,
    upperLimit: null,
    status: v.neverCertain ? "claimed" : "reported",
    claimedBy: [],
  };
}

/** Relations carrying only an id and a validity: the index reads nothing else. */
function relationsOf(validities: readonly Validity[]): DatedRelation[] {
  // The index and holdsOn read only `validity`; the rest of a DatedRelation is irrelevant here.
  return validities.map((v, i) => ({ id: `r${i}`, validity: v }) as unknown as DatedRelation);
}

type Answer = [string, string, string];

describe("SpanIndex", () => {
  it("finds exactly the spans a full scan finds, runs and single slots counted", () => {
    fc.assert(
      fc.property(
        fc.array(relation, { maxLength: 150 }),
        fc.integer({ min: -350, max: 350 }),
        fc.nat(60),
        (vs, lo, width) => {
          const hi = lo + width;
          const index = SpanIndex.build({
            outerLo: vs.map((v) => v.outerLo),
            outerHi: vs.map((v) => v.outerHi),
            innerLo: vs.map((v) => v.innerLo),
            innerHi: vs.map((v) => v.innerHi),
            flags: vs.map(() => 0),
          });
          const match = index.overlapping(lo, hi);
          const found: number[] = [];
          for (let r = 0; r < match.runs.length; r += 2)
            for (let s = match.runs[r]!; s < match.runs[r + 1]!; s++) found.push(index.ids[s]!);
          for (const s of match.slots) found.push(index.ids[s]!);
          const expected = vs.flatMap((v, i) => (v.outerLo <= hi && v.outerHi >= lo ? [i] : []));
          expect(found.sort((a, b) => a - b)).toEqual(expected);
          expect(match.count).toBe(expected.length);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("RelationTimeIndex", () => {
  it("answers a snapshot as holdsOn does (events against the window): visited, listed and counted, in data order", () => {
    fc.assert(
      fc.property(
        fc.array(relation, { maxLength: 150 }),
        fc.integer({ min: -350, max: 350 }),
        fc.nat(30),
        fc.nat(10),
        (vs, lo, width, windowDays) => {
          const q = { lo, hi: lo + width };
          const w = { lo: q.lo - windowDays, hi: q.hi + windowDays };
          const relations = relationsOf(vs);
          const hits = new RelationTimeIndex(relations).snapshot(q, windowDays);
          const expected = relations.flatMap((r): Answer[] => {
            const h = holdsOn(r.validity, r.validity.temporality === "event" ? w : q);
            return h ? [[r.id, h.certainty, h.basis.kind]] : [];
          });
          const visited: Answer[] = [];
          hits.forEach((r, certainty) => visited.push([r.id, certainty, hits.basisOf(r).kind]));
          expect(visited).toEqual(expected);
          const visitedCertain: string[] = [];
          hits.forEach((r) => visitedCertain.push(r.id), true);
          expect(visitedCertain).toEqual(expected.filter(([, c]) => c === "certain").map(([id]) => id));
          const listed = hits.list().map((h): Answer => [h.relation.id, h.certainty, h.basis.kind]);
          expect(listed).toEqual(expected);
          expect(hits.count).toBe(expected.length);
          expect(hits.certainCount).toBe(expected.filter(([, c]) => c === "certain").length);
          expect(hits.possibleCount).toBe(expected.filter(([, c]) => c === "possible").length);
          expect(hits.certain().map((h) => h.relation.id)).toEqual(
            expected.filter(([, c]) => c === "certain").map(([id]) => id),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it("answers a range as holdsDuring does, in data order", () => {
    fc.assert(
      fc.property(
        fc.array(relation, { maxLength: 150 }),
        fc.integer({ min: -350, max: 350 }),
        fc.nat(100),
        (vs, lo, width) => {
          const q = { lo, hi: lo + width };
          const relations = relationsOf(vs);
          const expected = relations.flatMap((r): Answer[] => {
            const h = holdsDuring(r.validity, q);
            return h ? [[r.id, h.certainty, h.basis.kind]] : [];
          });
          const found = new RelationTimeIndex(relations)
            .during(q)
            .map((h): Answer => [h.relation.id, h.certainty, h.basis.kind]);
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("selects the hits a predicate keeps (certain only when asked), in data order, with their basis", () => {
    fc.assert(
      fc.property(
        fc.array(relation, { maxLength: 150 }),
        fc.integer({ min: -350, max: 350 }),
        fc.nat(100),
        fc.nat(4),
        fc.boolean(),
        (vs, lo, width, modulus, certainOnly) => {
          const q = { lo, hi: lo + width };
          const relations = relationsOf(vs);
          const keep = (r: DatedRelation) => Number(r.id.slice(1)) % (modulus + 1) === 0;
          const expected = relations.flatMap((r): Answer[] => {
            const h = holdsDuring(r.validity, q);
            if (!h || !keep(r) || (certainOnly && h.certainty !== "certain")) return [];
            return [[r.id, h.certainty, h.basis.kind]];
          });
          const found = new RelationTimeIndex(relations)
            .overlapping(q)
            .select(keep, certainOnly)
            .map((h): Answer => [h.relation.id, h.certainty, h.basis.kind]);
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers from a relation table's columns exactly as from the relations, decoding only the hits", () => {
    fc.assert(
      fc.property(
        fc.array(relation, { maxLength: 150 }),
        fc.integer({ min: -350, max: 350 }),
        fc.nat(60),
        fc.nat(10),
        (vs, lo, width, windowDays) => {
          const q = { lo, hi: lo + width };
          // A table needs each relation's kind and ends; the time index reads only its columns.
          const relations = relationsOf(vs).map((r): DatedRelation => ({
            ...r,
            kind: "allied-with",
            source: "a",
            target: "b",
          }));
          const dataset = { entities: [{ id: "a" }, { id: "b" }], relations } as unknown as Dataset;
          const full = relationTableOf(dataset);
          const decoded = new Set<number>();
          const table = {
            ...full,
            relation: (i: number) => {
              decoded.add(i);
              return full.relation(i);
            },
          };
          const fromColumns = new RelationTimeIndex(table);
          const fromRelations = new RelationTimeIndex(relations);
          const answer = (hits: ReturnType<typeof fromColumns.snapshot>) => [
            hits.count,
            hits.certainCount,
            hits.list().map((h): Answer => [h.relation.id, h.certainty, h.basis.kind]),
          ];
          const snapshot = answer(fromColumns.snapshot(q, windowDays));
          expect(snapshot).toEqual(answer(fromRelations.snapshot(q, windowDays)));
          expect(decoded.size).toBe(snapshot[0]);
          expect(answer(fromColumns.overlapping(q))).toEqual(answer(fromRelations.overlapping(q)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("lists across 32-relation words, the highest bit included", () => {
    const relations = relationsOf(
      Array.from({ length: 70 }, (_, i) =>
        validity({
          temporality: "state",
          outerLo: i % 3 === 0 ? 0 : 5,
          outerHi: 10,
          innerLo: 0,
          innerHi: 10,
          neverCertain: i === 63,
        }),
      ),
    );
    const hits = new RelationTimeIndex(relations).snapshot({ lo: 2, hi: 2 }, 0);
    const ids = hits.list().map((h) => h.relation.id);
    expect(ids).toEqual(relations.filter((_, i) => i % 3 === 0).map((r) => r.id));
    expect(ids).toContain("r63");
    expect(hits.certainCount).toBe(23);
    expect(hits.list().find((h) => h.relation.id === "r63")!.certainty).toBe("possible");
  });
});
