import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load-graph-data.js";
import { cacheDirectory, storePathFor } from "../../src/store/cache-directory.js";
import { loadValidatedDataset } from "../../src/store/load-validated-dataset.js";
import { SHIPPED_DATA } from "../helpers/shipped-graph.js";

const root = mkdtempSync(join(tmpdir(), "faultline-validated-"));
const data = join(root, "graph-data");
const cache = join(root, "cache");
const env = { FAULTLINE_CACHE_DIR: cache };
const load = (options: { cache?: boolean } = {}) =>
  loadValidatedDataset(data, { corpusDir: null, env, ...options });
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeEach(() => {
  rmSync(data, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  cpSync(SHIPPED_DATA, data, { recursive: true });
});

describe("the validated store of a graph-data folder", () => {
  it("validates on a miss and stores the result; the next load opens the store and gives the same dataset", async () => {
    const first = await load();
    expect(first.from).toBe("files");
    expect(first.storeNote).toBeNull();
    const store = storePathFor(data, env).slice(cache.length + 1);
    expect(readdirSync(cache).sort()).toEqual([store, `${store}.stamps`]);
    const second = await load();
    expect(second.from).toBe("store");
    expect(second.columnar!.dataset).toEqual(first.columnar!.dataset);
    expect(second.columnar!.dataset).toEqual(await loadDataset(data, { corpusDir: null }));
  });

  it("is invalidated by a change of any byte of any file, an added file or a removed one", async () => {
    await load();
    const file = join(data, "entities", "states.json");
    const text = readFileSync(file, "utf8");
    writeFileSync(
      file,
      text.replace(/"label": "(.)/, (_, c: string) => `"label": "${c === "X" ? "Y" : "X"}`),
    );
    const changed = await load();
    expect(changed.from).toBe("files");
    expect(await load()).toMatchObject({ from: "store" });
    writeFileSync(file, `${text}\n`);
    expect((await load()).from).toBe("files");
    writeFileSync(join(data, "notes.txt"), "a file the loader does not read still changes the key");
    expect((await load()).from).toBe("files");
    rmSync(join(data, "notes.txt"));
    expect((await load()).from).toBe("files");
    expect((await load()).from).toBe("store");
  });

  it("answers from the edited file, not the stale store", async () => {
    const before = await load();
    const file = join(data, "entities", "states.json");
    const json = JSON.parse(readFileSync(file, "utf8")) as { entities: { label: string }[] };
    json.entities[0]!.label = "Renamed State";
    writeFileSync(file, JSON.stringify(json, null, 2));
    const after = await load();
    expect(after.columnar!.dataset.entities.map((e) => e.label)).toContain("Renamed State");
    expect(before.columnar!.dataset.entities.map((e) => e.label)).not.toContain("Renamed State");
  });

  it("tells onValidate the folder's bytes when it validates from the files, and not when the store answers", async () => {
    const told: number[] = [];
    const onValidate = (bytes: number) => told.push(bytes);
    const bytes = readdirSync(data, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
    expect((await loadValidatedDataset(data, { corpusDir: null, env, onValidate })).from).toBe("files");
    expect((await loadValidatedDataset(data, { corpusDir: null, env, onValidate })).from).toBe("store");
    expect(told).toEqual([bytes]);
  });

  it("with cache: false, neither reads nor writes a store", async () => {
    const bypass = await load({ cache: false });
    expect(bypass.from).toBe("files");
    expect(() => readdirSync(cache)).toThrow();
    await load();
    expect((await load({ cache: false })).from).toBe("files");
  });

  it("rebuilds a corrupt or truncated store instead of trusting it", async () => {
    await load();
    const path = storePathFor(data, env);
    const bytes = readFileSync(path);
    bytes[100] = bytes[100]! ^ 0xff;
    writeFileSync(path, bytes);
    const rebuilt = await load();
    expect(rebuilt.from).toBe("files");
    expect((await load()).from).toBe("store");
    truncateSync(path, statSync(path).size - 1);
    expect((await load()).from).toBe("files");
    appendFileSync(path, "garbage");
    expect((await load()).from).toBe("files");
    writeFileSync(path, "not a store");
    expect((await load()).from).toBe("files");
    expect((await load()).from).toBe("store");
  });

  it("reports invalid data with every problem and stores nothing", async () => {
    writeFileSync(join(data, "relations", "broken.json"), JSON.stringify({ relations: [{ id: "x" }] }));
    const result = await load();
    expect(result.columnar).toBeNull();
    expect(result.problems.length).toBeGreaterThan(0);
    expect(() => readdirSync(cache)).toThrow();
  });

  it("keeps stores outside the data folder: FAULTLINE_CACHE_DIR, else XDG_CACHE_HOME/faultline, else ~/.cache/faultline", () => {
    expect(cacheDirectory({ FAULTLINE_CACHE_DIR: "/a", XDG_CACHE_HOME: "/b" })).toBe("/a");
    expect(cacheDirectory({ XDG_CACHE_HOME: "/b" })).toBe(join("/b", "faultline"));
    expect(cacheDirectory({})).toMatch(/\.cache[/\\]faultline$/);
  });
});
