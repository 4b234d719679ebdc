/**
 * The shipped dataset asset: each relation's timing and validity written once in a table and named
 * by position, its evidence cut to an outline in the first part and given whole in the details
 * part; reading both back gives the dataset the loader validated, field for field and in the same
 * key order, with ±Infinity kept.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DatasetAsset, DatasetDetails } from "../../src/data/dataset-asset.js";
import {
  applyDatasetDetails,
  decodeDatasetAsset,
  decodeTimeLayout,
  encodeDatasetAsset,
  encodeDatasetDetails,
  evidencePending,
} from "../../src/data/dataset-asset.js";
import { graphDataAsset } from "../../src/data/graph-data-vite-plugin.js";
import { loadGraphData } from "../../src/data/load-graph-data.js";
import { buildKnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { RelationTimeIndex } from "../../src/graph/relation-time-index.js";
import type { Dataset } from "../../src/model/core.js";
import { dayNumber } from "../../src/model/core.js";
import { toLosslessJson } from "../../src/store/lossless-json.js";
import { ROOT } from "./site.js";

async function shippedDataset(): Promise<Dataset> {
  const { dataset, problems } = await loadGraphData(join(ROOT, "graph-data"), { corpusDir: null });
  if (!dataset) throw new Error(`the shipped data has ${problems.length} problem(s)`);
  return dataset;
}

/** A time index layout over the dataset's relations (the build's comes from its relation table: the same spans). */
const layoutOf = (dataset: Dataset) => new RelationTimeIndex(dataset.relations).layout();

const parse = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as DatasetAsset;
const parseDetails = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as DatasetDetails;

/** A dataset through both parts of its asset, as the page reads them. */
function roundTrip(dataset: Dataset): Dataset {
  const decoded = decodeDatasetAsset(
    JSON.parse(
      toLosslessJson(encodeDatasetAsset(dataset, toLosslessJson, layoutOf(dataset))),
    ) as DatasetAsset,
  );
  applyDatasetDetails(decoded, JSON.parse(toLosslessJson(encodeDatasetDetails(dataset))) as DatasetDetails);
  return decoded;
}

describe("the dataset asset", () => {
  it("reads back as the dataset the loader gives, in the same key order, and is smaller", async () => {
    const dataset = await shippedDataset();
    const built = await graphDataAsset(join(ROOT, "graph-data"));
    const asset = parse(built.json!);
    // Fewer timings and validities than relations: equal ones are written once.
    expect(asset.timings.length).toBeLessThan(dataset.relations.length);
    expect(asset.validities.length).toBeLessThan(dataset.relations.length);
    const decoded = decodeDatasetAsset(asset);
    // The first part alone: everything but the evidence's details, which are still to come.
    expect(decoded.relations.every(evidencePending)).toBe(true);
    expect(decoded.relations.map((r) => r.evidence.map((e) => [e.source, e.claimedBy]))).toEqual(
      dataset.relations.map((r) => r.evidence.map((e) => [e.source, e.claimedBy])),
    );
    expect(() => decoded.relations[0]!.evidence[0]!.note).toThrow(/not loaded yet/);
    applyDatasetDetails(decoded, parseDetails(built.details!.json));
    expect(decoded.relations.some(evidencePending)).toBe(false);
    expect(decoded).toEqual(dataset);
    expect(toLosslessJson(decoded)).toBe(toLosslessJson(dataset));
    const whole = new TextEncoder().encode(toLosslessJson(dataset)).length;
    expect(built.json!.length + built.details!.json.length).toBeLessThan(whole);
    // No evidence note is in the first part: they come with the details.
    const firstPart = new TextDecoder().decode(built.json!);
    for (const r of dataset.relations.slice(0, 50))
      for (const e of r.evidence) expect(firstPart).not.toContain(JSON.stringify(e.note));
  });

  it("keeps an event's place, deaths and period in the first part and its precision codes in the details", () => {
    const dataset: Dataset = { sources: [], entities: [], relations: [] };
    const relation = {
      id: "e1",
      kind: "attacked",
      source: "a",
      target: "b",
      date: "2016-01-01",
      status: "reported",
      event: {
        place: "p",
        deaths: { best: 4, low: 3, high: 5 },
        period: { start: "2016-01-01", end: "2016-01-03" },
        datePrecision: 2,
        placePrecision: 1,
      },
      evidence: [{ source: "ged", note: "Event 1.", record: "1" }],
      timing: { start: null, end: null },
      validity: {
        status: "reported",
        outerLo: -Infinity,
        outerHi: Infinity,
        innerLo: -Infinity,
        innerHi: Infinity,
        neverCertain: false,
      },
    } as unknown as Dataset["relations"][number];
    const withEvent: Dataset = { ...dataset, relations: [relation] };
    const first = decodeDatasetAsset(
      JSON.parse(
        toLosslessJson(encodeDatasetAsset(withEvent, toLosslessJson, layoutOf(withEvent))),
      ) as DatasetAsset,
    );
    expect(first.relations[0]!.event).toEqual({
      place: "p",
      deaths: { best: 4, low: 3, high: 5 },
      period: { start: "2016-01-01", end: "2016-01-03" },
    });
    expect(toLosslessJson(roundTrip(withEvent))).toBe(toLosslessJson(withEvent));
  });

  it("refuses details of another build, changing nothing", async () => {
    const dataset = await shippedDataset();
    const built = await graphDataAsset(join(ROOT, "graph-data"));
    const decoded = decodeDatasetAsset(parse(built.json!));
    const details = parseDetails(built.details!.json);
    expect(() =>
      applyDatasetDetails(decoded, { evidence: details.evidence.slice(1), events: details.events.slice(1) }),
    ).toThrow(/the details hold \d+ relations, the dataset \d+/);
    const shifted = {
      evidence: [...details.evidence.slice(1), details.evidence[0]!],
      events: details.events,
    };
    expect(() => applyDatasetDetails(decoded, shifted)).toThrow(/its details are of another relation/);
    expect(decoded.relations.every(evidencePending)).toBe(true);
    expect(dataset.relations.length).toBe(decoded.relations.length);
  });

  it("keeps ±Infinity, -0 and null apart, and shares one frozen object among equal ones", async () => {
    const dataset = await shippedDataset();
    const open = dataset.relations.find((r) => r.validity.outerHi === Infinity);
    expect(open).toBeDefined();
    const [a, b] = dataset.relations;
    const tweaked: Dataset = {
      ...dataset,
      relations: [
        { ...a!, validity: { ...a!.validity, outerLo: -Infinity } },
        { ...b!, validity: { ...a!.validity, outerLo: -0 } },
        { ...a!, id: "copy-of-a", validity: { ...a!.validity, outerLo: -Infinity } },
      ],
    };
    const asset = JSON.parse(
      toLosslessJson(encodeDatasetAsset(tweaked, toLosslessJson, layoutOf(tweaked))),
    ) as DatasetAsset;
    expect(asset.validities).toHaveLength(2);
    const decoded = decodeDatasetAsset(asset);
    applyDatasetDetails(decoded, JSON.parse(toLosslessJson(encodeDatasetDetails(tweaked))) as DatasetDetails);
    expect(decoded.relations[0]!.validity.outerLo).toBe(-Infinity);
    expect(Object.is(decoded.relations[1]!.validity.outerLo, -0)).toBe(true);
    expect(decoded.relations[2]!.validity).toBe(decoded.relations[0]!.validity);
    expect(Object.isFrozen(decoded.relations[0]!.validity)).toBe(true);
    expect(decoded).toEqual(tweaked);
  });

  it("refuses a relation whose position is outside the tables", () => {
    const asset: DatasetAsset = {
      sources: [],
      entities: [],
      relations: [],
      timings: [],
      validities: [],
      outlines: [],
      names: [],
      timeLayout: encodeDatasetAsset(
        { sources: [], entities: [], relations: [] },
        toLosslessJson,
        layoutOf({ sources: [], entities: [], relations: [] }),
      ).timeLayout,
    };
    const bad = {
      ...asset,
      relations: [{ id: "r1", timing: 0, validity: 0, evidence: 0 }],
    } as unknown as DatasetAsset;
    expect(() => decodeDatasetAsset(bad)).toThrow(/relation r1: a position outside the asset's tables/);
  });

  it("carries the time index's layout: answers on any date are those of an index sorted afresh", async () => {
    const built = await graphDataAsset(join(ROOT, "graph-data"));
    const asset = parse(built.json!);
    const layout = decodeTimeLayout(asset);
    const dataset = decodeDatasetAsset(asset);
    const shipped = buildKnowledgeGraph(dataset, layout).time;
    const sorted = buildKnowledgeGraph(dataset).time;
    const ids = (hits: readonly { relation: { id: string }; certainty: string }[]) =>
      hits.map((h) => `${h.relation.id} ${h.certainty}`);
    const days = [
      dayNumber(2012, 3, 1),
      dayNumber(2017, 9, 19),
      dayNumber(2018, 9, 8),
      dayNumber(2024, 12, 1),
    ];
    for (const day of days) {
      const q = { lo: day, hi: day };
      expect(ids(shipped.at(q))).toEqual(ids(sorted.at(q)));
      expect(ids(shipped.snapshot(q, 15).list())).toEqual(ids(sorted.snapshot(q, 15).list()));
      expect(ids(shipped.during({ lo: day - 400, hi: day }))).toEqual(
        ids(sorted.during({ lo: day - 400, hi: day })),
      );
    }
    expect(sorted.at({ lo: days[3]!, hi: days[3]! }).length).toBeGreaterThan(10);
    // The layout is what the index reads: states and events swapped give other answers.
    const swapped = buildKnowledgeGraph(dataset, { states: layout.events, events: layout.states }).time;
    const q = { lo: days[3]!, hi: days[3]! };
    expect(ids(swapped.snapshot(q, 15).list())).not.toEqual(ids(sorted.snapshot(q, 15).list()));
  });

  it("refuses a time index layout that does not name each relation exactly once", async () => {
    const asset = parse((await graphDataAsset(join(ROOT, "graph-data"))).json!);
    const { states, events } = asset.timeLayout;
    const twice = {
      ...asset,
      timeLayout: { states, events: { ...events, slots: [...events.slots, states.slots[0]!] } },
    };
    expect(() => decodeTimeLayout(twice)).toThrow(/names relation position \d+ twice or outside/);
    const short = { ...asset, timeLayout: { states: { ...states, slots: states.slots.slice(1) }, events } };
    expect(() => decodeTimeLayout(short)).toThrow(/covers \d+ of \d+ relations/);
    const outside = {
      ...asset,
      timeLayout: { states: { ...states, slots: [...states.slots.slice(1), 99_999] }, events },
    };
    expect(() => decodeTimeLayout(outside)).toThrow(/outside 0\.\.\d+/);
  });
});
