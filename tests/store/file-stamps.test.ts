import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadValidatedDataset } from "../../src/store/load-validated-dataset.js";
import { sameStamps, stampFiles } from "../../src/store/file-stamps.js";
import { SHIPPED_DATA } from "../helpers/shipped-graph.js";

/** How often the folder was read and hashed for a store key. */
const hashed = vi.hoisted(() => ({ count: 0 }));

vi.mock("../../src/store/content-key.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/store/content-key.js")>();
  return {
    ...real,
    storeKeyOf: (...args: Parameters<typeof real.storeKeyOf>) => {
      hashed.count++;
      return real.storeKeyOf(...args);
    },
  };
});

const root = mkdtempSync(join(tmpdir(), "faultline-stamps-"));
const data = join(root, "graph-data");
const env = { FAULTLINE_CACHE_DIR: join(root, "cache") };
const load = () => loadValidatedDataset(data, { corpusDir: null, env });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file of the folder, as paths inside it. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/** Sets every file's modification time an hour back, as for files written long before a command runs. */
function ageFiles(dir: string): void {
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const file of filesOf(dir)) utimesSync(join(dir, file), hourAgo, hourAgo);
}

beforeEach(() => {
  rmSync(root, { recursive: true, force: true });
  cpSync(SHIPPED_DATA, data, { recursive: true });
  hashed.count = 0;
});

describe("store keys confirmed by file stamps", () => {
  it("opens the store without hashing the folder when every file keeps the stamp it had", async () => {
    ageFiles(data);
    expect((await load()).from).toBe("files");
    hashed.count = 0;
    const again = await load();
    expect(again.from).toBe("store");
    expect(hashed.count).toBe(0);
  });

  it("hashes again, and validates the edited file, when a file changes at the same size with its modification time put back", async () => {
    ageFiles(data);
    await load();
    const file = join(data, "entities", "states.json");
    const before = statSync(file);
    const text = readFileSync(file, "utf8");
    const edited = text.replace(/"label": "(.)/, (_, c: string) => `"label": "${c === "X" ? "Y" : "X"}`);
    expect(edited.length).toBe(text.length);
    writeFileSync(file, edited);
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    hashed.count = 0;
    const after = await load();
    // Hashed for the key, then again to confirm the files did not change while they were validated.
    expect(hashed.count).toBe(2);
    expect(after.from).toBe("files");
    expect(after.columnar!.dataset.entities.map((e) => e.label)).toContain(
      JSON.parse(edited).entities[0].label as string,
    );
  });

  it("hashes the folder when a file was modified too close to when its stamp was taken to trust the stamp", async () => {
    expect((await load()).from).toBe("files");
    hashed.count = 0;
    expect((await load()).from).toBe("store");
    expect(hashed.count).toBe(1);
  });

  it("after a file is touched without a change, hashes once, keeps the new stamps, and then opens without hashing", async () => {
    ageFiles(data);
    await load();
    const twoHoursAgo = new Date(Date.now() - 7_200_000);
    utimesSync(join(data, "sources.json"), twoHoursAgo, twoHoursAgo);
    hashed.count = 0;
    expect((await load()).from).toBe("store");
    expect(hashed.count).toBe(1);
    expect((await load()).from).toBe("store");
    expect(hashed.count).toBe(1);
  });

  it("hashes the folder when a file is added", async () => {
    ageFiles(data);
    await load();
    writeFileSync(join(data, "notes.txt"), "a file the loader does not read");
    ageFiles(data);
    hashed.count = 0;
    expect((await load()).from).toBe("files");
    expect(hashed.count).toBeGreaterThan(0);
  });
});

describe("sameStamps", () => {
  it("holds for unchanged old files and fails for a racy, resized or missing one", () => {
    ageFiles(data);
    const files = filesOf(data).sort();
    const stamps = stampFiles(data, files);
    const now = Date.now();
    expect(sameStamps(stamps, stampFiles(data, files), now)).toBe(true);
    expect(sameStamps(stamps, stampFiles(data, files), now - 3_600_000)).toBe(false);
    expect(sameStamps(stamps, stampFiles(data, files.slice(1)), now)).toBe(false);
    writeFileSync(join(data, files[0]!), "{}");
    expect(sameStamps(stamps, stampFiles(data, files), now)).toBe(false);
  });
});
