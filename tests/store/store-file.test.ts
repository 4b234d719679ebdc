import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticDataset } from "../../bench/synthetic-dataset.js";
import { loadDataset } from "../../src/data/load-graph-data.js";
import type { Dataset } from "../../src/model/core.js";
import { edtf, normalizeName } from "../../src/model/core.js";
import { RelationTimeIndex } from "../../src/graph/relation-time-index.js";
import { relationSummaryOf } from "../../src/store/relation-summary.js";
import { relationColumns } from "../../src/store/relation-table.js";
import { openStoreFile, StoreRefused, writeStoreFile } from "../../src/store/store-file.js";
import { SHIPPED_DATA } from "../helpers/shipped-graph.js";

const dir = mkdtempSync(join(tmpdir(), "faultline-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a dataset to a store file and opens it again. */
function roundTrip(dataset: Dataset, name: string) {
  const path = join(dir, name);
  writeStoreFile(path, "key", dataset);
  return { path, store: openStoreFile(path, "key", { verify: "all" }) };
}

describe.each([
  ["the shipped data", () => loadDataset(SHIPPED_DATA, { corpusDir: null })],
  ["a synthetic dataset (open-world validity, ±Infinity bounds)", async () => syntheticDataset(300, 5000)],
])("store round trip of %s", (label, make) => {
  it("gives back a dataset equal to the original, every field of every item", async () => {
    const dataset = await make();
    const { store } = roundTrip(dataset, `${label.length}.store`);
    expect(Object.keys(store.dataset).sort()).toEqual(Object.keys(dataset).sort());
    expect(store.dataset).toEqual(dataset);
    store.close();
  });

  it("keeps the relation summary stats reports, as worked out from the relations", async () => {
    const dataset = await make();
    const { store } = roundTrip(dataset, `${label.length}-summary.store`);
    const summary = relationSummaryOf(dataset.relations);
    expect(summary.inFiles + summary.derived).toBe(dataset.relations.length);
    expect(Object.values(summary.byKind).reduce((a, b) => a + b, 0)).toBe(summary.inFiles);
    expect(store.summary).toEqual(summary);
    store.close();
  });

  it("keeps the time index's layout: an index started from it answers every date as one built from the relations", async () => {
    const dataset = await make();
    const { store } = roundTrip(dataset, `${label.length}-time.store`);
    const built = new RelationTimeIndex(dataset.relations);
    const kept = new RelationTimeIndex(store.table, store.timeLayout);
    expect(store.timeLayout!.states.slots.length + store.timeLayout!.events.slots.length).toBe(
      dataset.relations.length,
    );
    const ids = (hits: readonly { relation: { id: string } }[]) => hits.map((h) => h.relation.id);
    for (const iso of ["1990-01-01", "2016-06-15", "2019-06-06", "2020-03-05", "2024-12-01", "2030-01-01"]) {
      const { lo, hi } = edtf(iso);
      const q = { lo, hi };
      expect(ids(kept.at(q)), iso).toEqual(ids(built.at(q)));
      expect(ids(kept.snapshot(q, 30).list()), iso).toEqual(ids(built.snapshot(q, 30).list()));
    }
    const year = { lo: edtf("2018").lo, hi: edtf("2018").hi };
    expect(ids(kept.during(year))).toEqual(ids(built.during(year)));
    expect(ids(built.during(year)).length).toBeGreaterThan(0);
    store.close();
  });

  it("decodes single relations and answers the columns without decoding the rest", async () => {
    const dataset = await make();
    const { store } = roundTrip(dataset, `${label.length}-lazy.store`);
    const columns = relationColumns(dataset);
    const { table } = store;
    expect(table.size).toBe(dataset.relations.length);
    expect(table.kindNames).toEqual(columns.kindNames);
    for (const name of [
      "kind",
      "source",
      "target",
      "outerLo",
      "outerHi",
      "innerLo",
      "innerHi",
      "flags",
    ] as const)
      expect(Array.from(table[name])).toEqual(Array.from(columns[name]));
    for (const i of [0, Math.floor(table.size / 2), table.size - 1]) {
      expect(table.id(i)).toBe(dataset.relations[i]!.id);
      expect(table.relation(i)).toEqual(dataset.relations[i]);
      expect(table.relation(i)).toBe(table.relation(i));
    }
    store.close();
  });
});

describe("names in the store", () => {
  it("holds the normalized form of every name of every entity, as normalizeName gives it", async () => {
    const dataset = await loadDataset(SHIPPED_DATA, { corpusDir: null });
    const { store } = roundTrip(dataset, "names.store");
    const names = dataset.entities.flatMap((e) => [e.id, e.label, ...e.aliases, ...e.sharedNames]);
    expect(names.length).toBeGreaterThan(dataset.entities.length * 2);
    for (const name of names) expect(store.nameKeys?.get(name), name).toBe(normalizeName(name));
    store.close();
  });
});

describe("store file checks", () => {
  const dataset = syntheticDataset(50, 400);

  it("refuses a store written under another key", () => {
    const { path, store } = roundTrip(dataset, "key.store");
    store.close();
    expect(() => openStoreFile(path, "other key")).toThrow(StoreRefused);
  });

  it("refuses a truncated store", () => {
    const { path, store } = roundTrip(dataset, "truncated.store");
    store.close();
    truncateSync(path, statSync(path).size - 10);
    expect(() => openStoreFile(path, "key")).toThrow(/truncated/);
  });

  it("refuses a store with any byte of its columns, header or slices changed", () => {
    const { path, store } = roundTrip(dataset, "flipped.store");
    store.close();
    const original = readFileSync(path);
    const size = original.length;
    // A byte in the preamble, in the columns, in the slices and in the header at the end.
    for (const at of [20, 600, Math.floor(size / 2), size - 5]) {
      const bytes = Buffer.from(original);
      bytes[at] = bytes[at]! ^ 0x20;
      writeFileSync(path, bytes);
      expect(() => openStoreFile(path, "key", { verify: "all" }), `byte ${at}`).toThrow(StoreRefused);
    }
  });

  it("opened lazily, finds a corrupt relation when decoding it and removes the store", () => {
    const { path, store } = roundTrip(dataset, "late.store");
    store.close();
    const bytes = readFileSync(path);
    const at = bytes.indexOf(Buffer.from(`"id":"${dataset.relations[7]!.id}"`));
    bytes[at + 7] = bytes[at + 7]! ^ 0x01;
    writeFileSync(path, bytes);
    const late = openStoreFile(path, "key");
    expect(late.table.relation(6)).toEqual(dataset.relations[6]);
    expect(() => late.table.relation(7)).toThrow(/corrupt.*removed/);
    late.close();
    expect(() => statSync(path)).toThrow();
  });

  it("decodes every relation at once, keeping those already decoded, and finds a corrupt one there too", () => {
    const { path, store } = roundTrip(dataset, "all.store");
    const seventh = store.table.relation(7);
    expect(store.dataset.relations).toEqual(dataset.relations);
    expect(store.dataset.relations[7]).toBe(seventh);
    store.close();
    const bytes = readFileSync(path);
    const at = bytes.indexOf(Buffer.from(`"id":"${dataset.relations[7]!.id}"`));
    bytes[at + 7] = bytes[at + 7]! ^ 0x01;
    writeFileSync(path, bytes);
    const late = openStoreFile(path, "key");
    expect(() => late.dataset.relations).toThrow(/corrupt.*removed/);
    late.close();
    expect(() => statSync(path)).toThrow();
    // Decoded in runs of a few slices (as a large store is, in runs of 64 MB), every run whole.
    writeStoreFile(path, "key", dataset);
    for (const decodeChunkBytes of [1, 700, 5000]) {
      const runs = openStoreFile(path, "key", { decodeChunkBytes });
      expect(runs.dataset.relations).toEqual(dataset.relations);
      runs.close();
    }
    const empty = roundTrip({ ...dataset, relations: [] }, "empty.store").store;
    expect(empty.dataset.relations).toEqual([]);
    expect(empty.table.size).toBe(0);
    empty.close();
  });

  it("writes the same bytes whatever its chunk size, with characters of one to four UTF-8 bytes and values JSON.stringify would change", () => {
    const notes = ["café", "حلب", "𝄞 and \u2028", '\u0000 "quoted" \\'];
    const varied = {
      ...dataset,
      relations: dataset.relations.slice(0, 60).map((r, i) => ({
        ...r,
        evidence: r.evidence.map((e) => ({ ...e, note: `${notes[i % notes.length]!.repeat(i)}${e.note}` })),
        // Lossless values the plain path cannot write: the checking path gives them back.
        ...(i % 7 === 0 ? { extra: { zero: -0, far: Infinity, near: -Infinity } } : {}),
      })),
    } as Dataset;
    const whole = join(dir, "chunks-whole.store");
    writeStoreFile(whole, "key", varied);
    for (const writeChunkBytes of [1, 16, 333]) {
      const path = join(dir, `chunks-${writeChunkBytes}.store`);
      writeStoreFile(path, "key", varied, { writeChunkBytes });
      expect(readFileSync(path).equals(readFileSync(whole))).toBe(true);
    }
    const store = openStoreFile(whole, "key", { verify: "all" });
    for (let i = 0; i < varied.relations.length; i++)
      expect(store.table.relation(i)).toStrictEqual(varied.relations[i]);
    store.close();
    const all = openStoreFile(whole, "key", { decodeChunkBytes: 500 });
    expect(all.dataset.relations).toStrictEqual(varied.relations);
    expect(
      Object.is((all.dataset.relations[0] as unknown as { extra: { zero: number } }).extra.zero, -0),
    ).toBe(true);
    all.close();
  });

  it("leaves nothing behind when a value cannot be stored", () => {
    const bad = { ...dataset, extra: [new Date(0)] } as unknown as Dataset;
    expect(() => writeStoreFile(join(dir, "bad.store"), "key", bad)).toThrow(/toJSON/);
    expect(() => statSync(join(dir, "bad.store"))).toThrow();
  });
});
