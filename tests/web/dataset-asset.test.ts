/**
 * The shipped dataset asset: each relation's timing and validity written once in a table and named
 * by position; reading it back gives the dataset the loader validated, field for field and in the
 * same key order, with ±Infinity kept.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DatasetAsset } from "../../src/data/dataset-asset.js";
import { decodeDatasetAsset, encodeDatasetAsset } from "../../src/data/dataset-asset.js";
import { graphDataAsset } from "../../src/data/graph-data-vite-plugin.js";
import { loadGraphData } from "../../src/data/load-graph-data.js";
import type { Dataset } from "../../src/model/index.js";
import { toLosslessJson } from "../../src/store/lossless-json.js";
import { ROOT } from "./site.js";

async function shippedDataset(): Promise<Dataset> {
  const { dataset, problems } = await loadGraphData(join(ROOT, "graph-data"), { corpusDir: null });
  if (!dataset) throw new Error(`the shipped data has ${problems.length} problem(s)`);
  return dataset;
}

const parse = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as DatasetAsset;

describe("the dataset asset", () => {
  it("reads back as the dataset the loader gives, in the same key order, and is smaller", async () => {
    const dataset = await shippedDataset();
    const built = await graphDataAsset(join(ROOT, "graph-data"));
    const asset = parse(built.json!);
    // Fewer timings and validities than relations: equal ones are written once.
    expect(asset.timings.length).toBeLessThan(dataset.relations.length);
    expect(asset.validities.length).toBeLessThan(dataset.relations.length);
    const decoded = decodeDatasetAsset(asset);
    expect(decoded).toEqual(dataset);
    expect(toLosslessJson(decoded)).toBe(toLosslessJson(dataset));
    expect(built.json!.length).toBeLessThan(new TextEncoder().encode(toLosslessJson(dataset)).length);
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
    const asset = JSON.parse(toLosslessJson(encodeDatasetAsset(tweaked, toLosslessJson))) as DatasetAsset;
    expect(asset.validities).toHaveLength(2);
    const decoded = decodeDatasetAsset(asset);
    expect(decoded.relations[0]!.validity.outerLo).toBe(-Infinity);
    expect(Object.is(decoded.relations[1]!.validity.outerLo, -0)).toBe(true);
    expect(decoded.relations[2]!.validity).toBe(decoded.relations[0]!.validity);
    expect(Object.isFrozen(decoded.relations[0]!.validity)).toBe(true);
    expect(decoded).toEqual(tweaked);
  });

  it("refuses a relation whose position is outside the tables", () => {
    const asset: DatasetAsset = { sources: [], entities: [], relations: [], timings: [], validities: [] };
    const bad = { ...asset, relations: [{ id: "r1", timing: 0, validity: 0 }] } as unknown as DatasetAsset;
    expect(() => decodeDatasetAsset(bad)).toThrow(/relation r1: timing or validity outside/);
  });
});
