import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modulesLoadedBy, modulesWithin } from "../helpers/modules-loaded.js";
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
  ["check"],
  ["check", "--json"],
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

/** The modules that validate a folder's files: loaded only when the store cannot answer. */
const VALIDATION = ["src/data/validate-graph-data", "src/data/read-graph-data-files", "src/data/check-"];

describe("check through the validated store", () => {
  const folder = join(root, "checked");
  const store = () => stores().map((name) => join(cache, name));
  beforeAll(() => cpSync(SHIPPED_DATA, folder, { recursive: true }));

  /** check of `folder` from the working folder `cwd`: with --no-cache, then twice through the store; all three must print the same. */
  const checkedThreeWays = (extra: readonly string[], cwd?: string) => {
    const args = ["check", folder, ...extra];
    const full = runCli([...args, "--no-cache"], { cwd });
    const writing = runCli(args, { cwd });
    const reading = runCli(args, { cwd });
    for (const run of [writing, reading]) {
      expect(run.stdout).toBe(full.stdout);
      expect(run.stderr).toBe(full.stderr);
      expect(run.status).toBe(full.status);
    }
    return full;
  };

  it("a valid folder: check writes the store, --no-cache does not, and a warm check loads no validation code", () => {
    rmSync(cache, { recursive: true, force: true });
    expect(runCli(["check", folder, "--no-cache"]).status).toBe(0);
    expect(stores()).toEqual([]);
    const cold = modulesLoadedBy(["check", folder]);
    expect(stores()).toHaveLength(1);
    const [path] = store();
    const written = statSync(path!).mtimeMs;
    const warm = modulesLoadedBy(["check", folder]);
    // The validator and its checks run on a miss, and not when the store answers.
    expect(modulesWithin(cold, VALIDATION)).not.toEqual([]);
    expect(modulesWithin(warm, VALIDATION)).toEqual([]);
    expect(statSync(path!).mtimeMs).toBe(written);
  });

  it("prints what the full check prints (text and --json), from any working folder", () => {
    for (const cwd of [undefined, root, join(folder, "relations")]) {
      expect(checkedThreeWays([], cwd).status).toBe(0);
      const json = JSON.parse(checkedThreeWays(["--json"], cwd).stdout) as { ok: boolean; files: string[] };
      expect(json.ok).toBe(true);
      expect(json.files.length).toBeGreaterThan(2);
    }
  });

  it("warns of skipped entries as they are now, even those the store's key does not cover (an empty folder, a link)", () => {
    writeFileSync(join(folder, "notes.txt"), "not graph data");
    mkdirSync(join(folder, "drafts"));
    symlinkSync(join(folder, "sources.json"), join(folder, "entities", "linked.json"));
    const before = checkedThreeWays(["--json"]);
    // Added after the store was written: no regular file changed, so the key is the same.
    mkdirSync(join(folder, "more-drafts"));
    const after = checkedThreeWays(["--json"]);
    const warned = (run: { stdout: string }) =>
      (JSON.parse(run.stdout) as { warnings: { file: string }[] }).warnings.map((w) => w.file);
    expect(warned(before)).toHaveLength(3);
    expect(warned(after)).toHaveLength(4);
    expect(warned(after).some((f) => f.endsWith("more-drafts"))).toBe(true);
    expect(checkedThreeWays([]).stderr).toMatch(/warning: .*more-drafts: \$: skipped/);
    rmSync(join(folder, "notes.txt"));
    rmSync(join(folder, "drafts"), { recursive: true });
    rmSync(join(folder, "more-drafts"), { recursive: true });
    rmSync(join(folder, "entities", "linked.json"));
  });

  it("never trusts a corrupt store: validates again, prints the same and writes a new store", () => {
    const expected = runCli(["check", folder, "--json", "--no-cache"]).stdout;
    expect(runCli(["check", folder]).status).toBe(0);
    const [path] = store();
    const bytes = readFileSync(path!);
    for (let at = 64; at < bytes.length; at += 499) bytes[at] = bytes[at]! ^ 0x55;
    writeFileSync(path!, bytes);
    const modules = modulesLoadedBy(["check", folder]);
    expect(modulesWithin(modules, VALIDATION)).not.toEqual([]);
    expect(readFileSync(path!).equals(bytes)).toBe(false);
    expect(runCli(["check", folder, "--json"]).stdout).toBe(expected);
  });

  it("a folder edited after its store was written is checked in full: its problems, exit 2, no store used or written", () => {
    expect(runCli(["check", folder]).status).toBe(0);
    const file = join(folder, "relations", "broken.json");
    writeFileSync(file, JSON.stringify({ relations: [{ id: "broken" }] }));
    const before = stores();
    const full = runCli(["check", folder, "--no-cache", "--json"]);
    const run = runCli(["check", folder, "--json"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe(full.stdout);
    expect((JSON.parse(run.stdout) as { problems: unknown[] }).problems.length).toBeGreaterThan(0);
    const text = runCli(["check", folder]);
    expect(text.status).toBe(2);
    expect(text.stderr).toBe(runCli(["check", folder, "--no-cache"]).stderr);
    expect(stores()).toEqual(before);
    rmSync(file);
    expect(runCli(["check", folder]).status).toBe(0);
  });
});
