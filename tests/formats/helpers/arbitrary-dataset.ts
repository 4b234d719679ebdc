import fc from "fast-check";
import { formatProblem } from "../../../src/data/problem.js";
import { validateGraphData } from "../../../src/data/validate-graph-data.js";
import type { Dataset, EntityKind, RelationKind } from "../../../src/model/core.js";
import { ENTITY_KINDS, PLACE_KINDS, RELATION_KIND_IDS, RELATION_KINDS } from "../../../src/model/core.js";
import { formatFixtureFiles } from "./format-fixture.js";

/** Pieces of text that formats must treat with care, besides any code point at all. */
const NASTY = [
  '"',
  "'",
  "&",
  "<",
  ">",
  "&amp;",
  "]]>",
  "<!--",
  "\t",
  "\n",
  "\r",
  "\r\n",
  ",",
  ";",
  "|",
  "[",
  "]",
  "\\",
  "\\n",
  "{}",
  "إدلب",
  "هيئة تحرير الشام",
  "😀",
  "🛡️",
  "👨‍👩‍👧",
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000B",
  "\u000C",
  "\u001F",
  "\uD800",
  "\uDFFF",
  "\uFFFE",
  "\uFFFF",
  "\uFEFF",
  "\u2028",
  "\u00A0",
  " ",
];

/** Random text built of nasty pieces, letters and arbitrary code points. */
export const nastyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...NASTY),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    fc.constantFrom("a", "Z", "7", "é"),
  ),
  maxLength: 10,
});

/** A random EDTF date (1990–2023) at day, month or year precision, maybe approximate or uncertain. */
export const edtfDate = fc
  .record({
    year: fc.integer({ min: 1990, max: 2023 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom("day", "month", "year"),
    qualifier: fc.constantFrom("", "", "~", "?", "%"),
  })
  .map(({ year, month, day, precision, qualifier }) => {
    const mm = String(month).padStart(2, "0");
    const dd = String(day).padStart(2, "0");
    const base =
      precision === "year" ? `${year}` : precision === "month" ? `${year}-${mm}` : `${year}-${mm}-${dd}`;
    return `${base}${qualifier}`;
  });

const entitySpec = fc.record({
  label: nastyText,
  kind: fc.constantFrom(...ENTITY_KINDS),
  aliases: fc.array(nastyText, { maxLength: 2 }),
  description: fc.option(nastyText, { nil: undefined }),
  wikidata: fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: undefined }),
  placeKind: fc.constantFrom(...PLACE_KINDS),
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
  approximate: fc.boolean(),
});

const evidenceSpec = fc.record({
  source: fc.nat(),
  paragraph: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  note: nastyText,
  claimedBy: fc.option(fc.nat(), { nil: undefined }),
  reportedBy: fc.option(fc.nat(), { nil: undefined }),
});

const relationSpec = fc.record({
  kind: fc.constantFrom(...RELATION_KIND_IDS),
  source: fc.nat(),
  target: fc.nat(),
  a: edtfDate,
  b: edtfDate,
  startMode: fc.constantFrom("given", "open", "derived"),
  endMode: fc.constantFrom("given", "open", "derived"),
  status: fc.constantFrom("reported", "claimed", "disputed"),
  note: fc.option(nastyText, { nil: undefined }),
  evidence: fc.array(evidenceSpec, { minLength: 1, maxLength: 3 }),
});

const sourceSpec = fc.record({
  kind: fc.constantFrom("news-report", "reference"),
  outlet: nastyText,
  title: nastyText,
  published: fc.constantFrom("2024", "2024-06", "2025-01-31", "2026-12-01~"),
  url: fc.boolean(),
  reason: fc.option(nastyText, { nil: undefined }),
});

/**
 * Random valid graph-data content: entities of every kind with random labels, aliases and
 * coordinates; relations of random kinds between entities the vocabulary allows, with random
 * EDTF dates and open, given or evidence-derived bounds; evidence fitting each status. Names
 * get a suffix (` e3`, ` e3a1`) so no two are alike once normalized.
 */
export const graphDataContent = fc
  .record({
    sources: fc.array(sourceSpec, { minLength: 1, maxLength: 3 }),
    entities: fc.array(entitySpec, { minLength: 2, maxLength: 10 }),
    relations: fc.array(relationSpec, { maxLength: 20 }),
  })
  .map(({ sources, entities, relations }) => {
    const sourceItems = sources.map((s, i) => ({
      id: `s${i}`,
      kind: s.kind,
      outlet: `${s.outlet} o${i}`,
      title: `${s.title} t${i}`,
      published: s.published,
      ...(s.url ? { url: `https://example.org/r${i}?a=1&b=2` } : {}),
      language: "en",
      ...(s.reason === undefined ? {} : { inferred: [{ field: "title", reason: `${s.reason} why` }] }),
    }));
    const entityItems = entities.map((e, i) => ({
      id: `e${i}`,
      label: `${e.label} e${i}`,
      kind: e.kind,
      aliases: e.aliases.map((a, k) => `${a} e${i}a${k}`),
      ...(e.description === undefined ? {} : { description: `${e.description} d` }),
      ...(e.wikidata === undefined ? {} : { wikidata: `Q${e.wikidata}` }),
      ...(e.kind === "place"
        ? { place: { placeKind: e.placeKind, lat: e.lat, lon: e.lon, approximate: e.approximate } }
        : {}),
    }));
    type Bound = string | null;
    const seen = new Map<string, Bound[][]>();
    const relationItems = relations.flatMap((r, i) => {
      const spec = RELATION_KINDS[r.kind as RelationKind];
      const allowed = (kinds: readonly EntityKind[]) => entityItems.filter((e) => kinds.includes(e.kind));
      const sourcesAllowed = allowed(spec.sourceKinds);
      const source = sourcesAllowed[r.source % Math.max(1, sourcesAllowed.length)];
      // located-in only points to a later entity, so the place hierarchy never loops.
      const after = source ? entityItems.indexOf(source) : 0;
      const targetsAllowed = allowed(spec.targetKinds).filter(
        (e) => e.id !== source?.id && (r.kind !== "located-in" || entityItems.indexOf(e) > after),
      );
      const target = targetsAllowed[r.target % Math.max(1, targetsAllowed.length)];
      if (!source || !target) return [];
      const [early, late] = r.a < r.b ? [r.a, r.b] : [r.b, r.a];
      const dates =
        spec.temporality === "static"
          ? {}
          : spec.temporality === "event"
            ? { date: r.a }
            : r.startMode === "derived"
              ? r.endMode === "derived"
                ? {}
                : { end: null }
              : {
                  start: r.startMode === "open" ? null : early,
                  ...(r.endMode === "derived" ? {} : { end: r.endMode === "open" ? null : late }),
                };
      const evidence = r.evidence.map((e, k) => {
        const claim =
          r.status === "claimed" || (r.status === "disputed" && k > 0)
            ? entityItems[(e.claimedBy ?? k) % entityItems.length]!.id
            : undefined;
        return {
          source: `s${e.source % sourceItems.length}`,
          paragraph: e.paragraph ?? 1,
          note: `${e.note} n`,
          ...(claim === undefined ? {} : { claimedBy: claim }),
          ...(e.reportedBy === undefined
            ? {}
            : { reportedBy: entityItems[e.reportedBy % entityItems.length]!.id }),
        };
      });
      if (r.status === "disputed" && evidence.length < 2)
        evidence.push({ ...evidence[0]!, claimedBy: target.id });
      const ends = spec.direction === "symmetric" ? [source.id, target.id].sort() : [source.id, target.id];
      const d = dates as { date?: string; start?: string | null; end?: string | null };
      // One relation per fact: the checker refuses the same fact twice, also at two precisions
      // ("1998" and "1998-06-09" at every bound), so such a pair is not generated.
      const head = JSON.stringify([r.kind, ...ends]);
      // (an absent bound counts as an open one: the checker compares them as equal)
      const bounds = [d.date, d.start, d.end].map((b) =>
        typeof b === "string" ? b.replace(/[~?%]$/, "") : null,
      );
      const within = (a: Bound, b: Bound) =>
        a === b || (typeof a === "string" && typeof b === "string" && a !== "" && b.startsWith(`${a}-`));
      const facts = seen.get(head) ?? [];
      if (facts.some((f) => f.every((b, k) => within(b, bounds[k] ?? null) || within(bounds[k] ?? null, b))))
        return [];
      seen.set(head, [...facts, bounds]);
      return [
        {
          id: `r${i}`,
          kind: r.kind,
          source: source.id,
          target: target.id,
          ...dates,
          status: r.status,
          ...(r.note === undefined ? {} : { note: `${r.note} x` }),
          evidence,
        },
      ];
    });
    return { sources: sourceItems, entities: entityItems, relations: relationItems };
  });

/** Random valid datasets (the content above, validated; an invalid one fails the test loudly). */
export const arbitraryDataset: fc.Arbitrary<Dataset> = graphDataContent.map((content) => {
  const { dataset, problems } = validateGraphData(formatFixtureFiles(content as never));
  if (!dataset) throw new Error(`generated data is invalid:\n${problems.map(formatProblem).join("\n")}`);
  return dataset;
});
