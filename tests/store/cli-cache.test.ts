import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { SHIPPED_DATA } from "../helpers/shipped-graph.js";

const root = mkdtempSync(join(tmpdir(), "faultline-cli-cache-"));
const data = join(root, "graph-data");
const cache = join(root, "cache");
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(() => {
  cpSync(SHIPPED_DATA, data, { recursive: true });
  // The spawned CLI inherits this process's environment.
  process.env.FAULTLINE_CACHE_DIR = cache;
});

const stores = () => {
  try {
    return readdirSync(cache).filter((f) => f.endsWith(".store"));
  } catch {
    return [];
  }
};

/** Questions whose answers must not depend on where the dataset came from. */
const QUESTIONS = [
  ["backers", "HTS", "--at", "2019-06-06"],
  ["backers", "SDF", "--at", "2019-06", "--json"],
  ["backed", "Turkey", "--at", "2020-03-05"],
  ["allies", "Syrian government", "--at", "2016-06"],
  ["resolve", "Idlib", "--all", "--json"],
  ["relations", "--entity", "hts", "--json"],
  ["snapshot", "--at", "2020-03-05", "--json"],
  ["stats", "--json"],
  ["stats"],
];

describe("the CLI through the validated store", () => {
  it.each(QUESTIONS.map((q) => [q.join(" "), q]))(
    "answers `%s` the same with the store (written, then read) and with --no-cache",
    (_, question) => {
      const args = [...question, "--data", data];
      const uncached = runCli([...args, "--no-cache"]);
      const writing = runCli(args);
      const reading = runCli(args);
      expect(uncached.status, uncached.stderr).toBe(0);
      for (const run of [writing, reading]) {
        expect(run.stdout).toBe(uncached.stdout);
        expect(run.stderr).toBe(uncached.stderr);
        expect(run.status).toBe(0);
      }
      expect(stores()).toHaveLength(1);
    },
  );

  it("--no-cache writes no store", () => {
    rmSync(cache, { recursive: true, force: true });
    expect(runCli(["backers", "HTS", "--at", "2019-06-06", "--data", data, "--no-cache"]).status).toBe(0);
    expect(stores()).toEqual([]);
  });

  it("rebuilds a corrupt store and answers as before", () => {
    const args = ["allies", "Syrian government", "--at", "2016-06", "--json", "--data", data];
    const expected = runCli(args).stdout;
    const [name] = stores();
    const path = join(cache, name!);
    const bytes = readFileSync(path);
    for (let at = 64; at < bytes.length; at += 997) bytes[at] = bytes[at]! ^ 0x55;
    writeFileSync(path, bytes);
    const rebuilt = runCli(args);
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.stdout).toBe(expected);
    expect(readFileSync(path).equals(bytes)).toBe(false);
  });

  it("sees an edit of the data at once: the stale store is not used", () => {
    const args = ["resolve", "Hayat Tahrir al-Sham", "--json", "--data", data];
    expect(runCli(args).status).toBe(0);
    const file = join(data, "entities", "armed-groups.json");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace('"Hayat Tahrir al-Sham"', '"Hayat Tahrir al-Sham (renamed)"'),
    );
    const after = JSON.parse(runCli(args.with(1, "Hayat Tahrir al-Sham (renamed)")).stdout) as {
      label: string;
    };
    expect(after.label).toBe("Hayat Tahrir al-Sham (renamed)");
  });
});
