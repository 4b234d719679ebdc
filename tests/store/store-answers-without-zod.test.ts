import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modulesLoadedBy, modulesWithin } from "../helpers/modules-loaded.js";
import { SHIPPED_DATA } from "../helpers/shipped-graph.js";

/** zod and the model's schemas: what validating the files needs, and answering from the store does not. */
const SCHEMAS = ["node_modules/zod/", "src/model/schemas/"];

/** Questions answered from the validated store: names, counterparties, snapshots, analysis, exports, check. */
const FROM_STORE = [
  ["stats"],
  ["resolve", "Assad"],
  ["backers", "HTS", "--at", "2019-06-06"],
  ["snapshot", "--at", "2020-03-05", "--json"],
  ["centrality", "--top", "3"],
  ["check"],
];

const cache = mkdtempSync(join(tmpdir(), "faultline-zod-free-"));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
beforeAll(() => {
  // The spawned CLI inherits this process's environment: a store of its own, written below.
  process.env.FAULTLINE_CACHE_DIR = cache;
});

describe("commands answered from the validated store load no zod", () => {
  it("the first run validates the shipped files, loading zod and the schemas, and writes the store", () => {
    const cold = modulesLoadedBy(["stats", "--data", SHIPPED_DATA]);
    expect(readdirSync(cache).filter((f) => f.endsWith(".store"))).toHaveLength(1);
    expect(modulesWithin(cold, ["node_modules/zod/"])).not.toEqual([]);
    expect(modulesWithin(cold, ["src/model/schemas/"])).not.toEqual([]);
  });

  it.each(FROM_STORE.map((q) => [q.join(" "), q]))("`%s` answered from the store loads neither", (_, q) => {
    const warm = modulesLoadedBy([...q, "--data", SHIPPED_DATA]);
    expect(modulesWithin(warm, ["src/store/"])).not.toEqual([]);
    expect(modulesWithin(warm, SCHEMAS)).toEqual([]);
  });
});
