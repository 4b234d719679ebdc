import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphDataLayout } from "../../src/data/graph-data-layout.js";
import { listGraphDataFiles } from "../../src/data/list-graph-data-files.js";
import { miniData, writeGraphData } from "../helpers/mini-data.js";
import { runCli } from "../helpers/run-cli.js";

/** Runs `faultline check DIR` (without the corpus) as a user would. */
function check(dir: string, ...more: string[]) {
  return runCli(["check", dir, ...more], { cwd: dir });
}

/** The line (1-based) on which `needle` first appears in a file. */
function lineOf(path: string, needle: string): number {
  return readFileSync(path, "utf8").slice(0, readFileSync(path, "utf8").indexOf(needle)).split("\n").length;
}

const ESC = "\u001b";

describe("graph-data attacks are refused by `faultline check` (exit 2, file, place, reason)", () => {
  it("class 1: a repeated key (a second relations array, a second status) is an error at its line, not last-one-wins", () => {
    const dir = writeGraphData();
    const file = join(dir, "relations", "support.json");
    const text = readFileSync(file, "utf8").trimEnd();
    writeFileSync(file, `${text.slice(0, -1)},\n  "relations": []\n}\n`);
    const status = join(dir, "relations", "territory.json");
    writeFileSync(
      status,
      readFileSync(status, "utf8").replace(
        '"status": "claimed",',
        '"status": "claimed",\n      "status": "reported",',
      ),
    );
    const run = check(dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    const relationsLine =
      readFileSync(file, "utf8")
        .split("\n")
        .findIndex((l) => l.startsWith('  "relations": []')) + 1;
    expect(run.stderr).toContain(
      `relations/support.json: $.relations: line ${relationsLine}, column 3: the key "relations" appears twice in one object (first at line 2, column 3)`,
    );
    expect(run.stderr).toMatch(
      /relations\/territory\.json: \$\.relations\[0\]\.status: line \d+, column 7: the key "status" appears twice/,
    );
  });

  it("class 2: years 0000-0099 are not read as 1900-1999 (start 1940, end 0050 ends before it starts)", () => {
    const data = miniData();
    Object.assign(data.relations["support.json"][1]!, { start: "1940", end: "0050" });
    const run = check(writeGraphData(data));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /relations\/support\.json: \$\.relations\[1\]\.end \(second-backs-gov\): ends \(0050\) before it starts \(1940\)/,
    );
  });

  it("class 3: escape sequences and line breaks from data are shown escaped, never sent raw to the terminal", () => {
    const data = miniData();
    data.entities["actors.json"][0]!.label =
      `${ESC}[2J${ESC}]8;;https://evil.example${ESC}\\Gov\rOK: 1 files`;
    (data.relations["support.json"][0] as Record<string, unknown>)[`note\nOK: 0 problems`] = "x";
    const dir = writeGraphData(data);
    const run = check(dir);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain(ESC);
    expect(run.stderr).not.toContain("\r");
    // The key with a line break stays on its problem's line, escaped.
    expect(run.stderr).toContain(
      'relations/support.json: $.relations[0] (patron-backs-gov): Unrecognized key: "note\\nOK: 0 problems"',
    );
    expect(run.stderr.split("\n").filter((l) => l.startsWith("OK"))).toEqual([]);
    // Answers are escaped too: `resolve` shows the label with visible escapes.
    const clean = miniData();
    clean.entities["actors.json"][0]!.label = `${ESC}[2JGov\rOK`;
    const answer = runCli(["resolve", "the regime", "--data", writeGraphData(clean)]);
    expect(answer.status).toBe(0);
    expect(answer.stdout).not.toContain(ESC);
    expect(answer.stdout).toContain("\\u001b[2JGov\\rOK");
  });

  it("class 4: a source file that is a path is refused by the schema and never opened", () => {
    const data = miniData();
    Object.assign(data.sources[0]!, { file: "../../../../dev/zero" });
    Object.assign(data.sources[1]!, { file: "../../../etc/passwd.txt" });
    const dir = writeGraphData(data);
    const started = Date.now();
    const run = runCli(["check", dir, "--corpus", dir], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/sources\.json: \$\.sources\[0\]\.file \(report-a\): /);
    expect(run.stderr).toMatch(/sources\.json: \$\.sources\[1\]\.file \(report-b\): /);
  });

  it("class 4 and 10: a corpus report that is a FIFO is refused without blocking, at its source", () => {
    const data = miniData();
    Object.assign(data.sources[0]!, { file: "a.txt" });
    const dir = writeGraphData(data);
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    execFileSync("mkfifo", [join(corpus, "a.txt")]);
    const run = runCli(["check", dir, "--corpus", corpus], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "sources.json: $.sources[0].file (report-a): the corpus file a.txt was not read: it is a FIFO (named pipe), not a regular file",
    );
  });

  it("class 10: a FIFO named sources.json does not hang check", () => {
    const dir = writeGraphData();
    execFileSync("rm", [join(dir, "sources.json")]);
    execFileSync("mkfifo", [join(dir, "sources.json")]);
    const run = check(dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/sources\.json: \$: (skipped|not read): .*FIFO/);
  });

  it("class 7: nested folders, upper-case .JSON, symlinks and other files are skipped by one rule and named in warnings", () => {
    const dir = writeGraphData();
    mkdirSync(join(dir, "relations", "old"));
    writeFileSync(join(dir, "relations", "old", "more.json"), '{"relations": []}');
    writeFileSync(join(dir, "entities", "EXTRA.JSON"), '{"entities": []}');
    symlinkSync(join(dir, "relations", "support.json"), join(dir, "relations", "linked.json"));
    writeFileSync(join(dir, "notes.txt"), "hello");
    const run = check(dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      "warning: entities/EXTRA.JSON: $: skipped: its extension is not lower-case .json",
    );
    expect(run.stderr).toContain("warning: relations/old/more.json: $: skipped: in a nested folder");
    expect(run.stderr).toContain("warning: relations/linked.json: $: skipped: a symbolic link");
    expect(run.stderr).toContain("warning: notes.txt: $: skipped: not a graph-data file");
    // The page build uses the same rule (graphDataLayout through the Vite plugin): same files, same skips.
    const layout = listGraphDataFiles(dir);
    expect(layout.files.map((f) => f.path)).toEqual([
      "entities/actors.json",
      "entities/places.json",
      "relations/geography.json",
      "relations/support.json",
      "relations/territory.json",
      "sources.json",
    ]);
    expect(layout.skipped.map((s) => s.path)).toEqual([
      "entities/EXTRA.JSON",
      "notes.txt",
      "relations/linked.json",
      "relations/old/more.json",
    ]);
    expect(graphDataLayout([{ path: "entities/a.json", type: "file" }]).files).toEqual([
      { path: "entities/a.json", role: "entities" },
    ]);
  });

  it("class 12: NaN, Infinity and a BOM get line and column; one line per problem", () => {
    const dir = writeGraphData();
    const places = join(dir, "entities", "places.json");
    writeFileSync(places, readFileSync(places, "utf8").replace('"lat": 35.93', '"lat": NaN'));
    const support = join(dir, "relations", "support.json");
    writeFileSync(support, `\uFEFF${readFileSync(support, "utf8")}`);
    const run = check(dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `entities/places.json: $: invalid JSON (line ${lineOf(places, "NaN")}, column ${readFileSync(places, "utf8").split("\n")[lineOf(places, "NaN") - 1]!.indexOf("NaN") + 1}): NaN is not a JSON number: write a number or null (in $.entities[0].place.lat)`,
    );
    expect(run.stderr).toContain(
      "relations/support.json: $: invalid JSON (line 1, column 1): the file starts with a byte-order mark (U+FEFF)",
    );
    for (const line of run.stderr.trimEnd().split("\n"))
      expect(line).toMatch(/^(\S+: \$|warning: |\d+ problem)/);
  });

  it("class 12 and the checker: one bad entity or source is summed up under it, not cascaded; messages name the relation id", () => {
    const data = miniData();
    data.entities["actors.json"][3]!.kind = "front";
    (data.sources[1] as Record<string, unknown>).language = "English";
    const run = check(writeGraphData(data));
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain('unknown entity "rebels"');
    expect(run.stderr).not.toContain('unknown source "report-b"');
    expect(run.stderr).toMatch(
      /entities\/actors\.json: \$\.entities\[3\] \(rebels\): \d+ reference\(s\) to this entity \(from [^)]*rebels-allied-ally[^)]*\) are not checked until its own problems are fixed/,
    );
    expect(run.stderr).toMatch(
      /sources\.json: \$\.sources\[1\] \(report-b\): \d+ reference\(s\) to this source/,
    );
  });

  it("checker: an unknown entity id gets a did-you-mean; a fact entered at two precisions is caught", () => {
    const data = miniData();
    data.relations["support.json"][0]!.target = "gvo";
    data.relations["territory.json"].push({
      ...data.relations["territory.json"][1]!,
      id: "rebels-captured-idlib-day",
      date: "2024-11-30",
    });
    const run = check(writeGraphData(data));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'relations/support.json: $.relations[0].target (patron-backs-gov): unknown entity "gvo" (did you mean "gov"?)',
    );
    expect(run.stderr).toContain(
      'relations/territory.json: $.relations[2] (rebels-captured-idlib-day): states the same fact as relation "rebels-captured-idlib" at a finer precision (2024-11-30 within 2024-11)',
    );
  });

  it("class 14: javascript:, data: and file: source URLs are refused", () => {
    const data = miniData();
    Object.assign(data.sources[2]!, { url: "javascript:alert(1)" });
    Object.assign(data.sources[0]!, { url: "data:text/html,<b>x</b>" });
    Object.assign(data.sources[1]!, { url: "file:///etc/passwd" });
    const run = check(writeGraphData(data));
    expect(run.status).toBe(2);
    for (const i of [0, 1, 2]) {
      expect(run.stderr).toMatch(
        new RegExp(
          `sources\\.json: \\$\\.sources\\[${i}\\]\\.url \\([a-z-]+\\): only http:// and https:// addresses are allowed`,
        ),
      );
    }
  });

  it("class 15: a Cyrillic look-alike of another entity's name is caught by the duplicate-name check", () => {
    const data = miniData();
    data.entities["actors.json"][2]!.label = "Patron St\u0430te"; // Cyrillic а
    const run = check(writeGraphData(data));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'entities/actors.json: $.entities[2].label (second-patron): name "Patron St\u0430te" of "second-patron" looks the same as "Patron State", a name of "patron" (confusable characters: U+0430)',
    );
  });
});
