import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadValidatedDataset } from "../../src/store/load-validated-dataset.js";
import { SHIPPED_DATA } from "../helpers/shipped-graph.js";

/** A data file the key pretends not to have covered, as when it appears between the key and the folder walk. */
const unseen = vi.hoisted(() => ({ file: null as string | null }));

vi.mock("../../src/store/content-key.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/store/content-key.js")>();
  return {
    ...real,
    storeKeyOf: (dataDir: string, corpusDir: string | null) => {
      const keyed = real.storeKeyOf(dataDir, corpusDir);
      return { key: keyed.key, dataFiles: keyed.dataFiles.filter((f) => f !== unseen.file) };
    },
  };
});

const root = mkdtempSync(join(tmpdir(), "faultline-listing-guard-"));
const data = join(root, "graph-data");
const env = { FAULTLINE_CACHE_DIR: join(root, "cache") };
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a store is used only for the files its key covered", () => {
  it("validates the files again when the folder lists a data file the key did not cover", async () => {
    cpSync(SHIPPED_DATA, data, { recursive: true });
    const load = () => loadValidatedDataset(data, { corpusDir: null, env });
    expect((await load()).from).toBe("files");
    expect((await load()).from).toBe("store");
    unseen.file = `relations/${readdirSync(join(data, "relations")).sort()[0]!}`;
    const guarded = await load();
    expect(guarded.from).toBe("files");
    expect(guarded.files.some((f) => f.endsWith(unseen.file!))).toBe(true);
    unseen.file = null;
    expect((await load()).from).toBe("store");
  });
});
