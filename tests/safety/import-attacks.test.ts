import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { miniData, writeGraphData } from "../helpers/mini-data.js";
import { runCli } from "../helpers/run-cli.js";

let data: string;
let work: string;

/** Exports the small data set in a format into `work` and returns the path written. */
function exported(format: "gexf" | "graphml" | "json" | "csv", dataDir = data): string {
  const out = join(mkdtempSync(join(work, `${format}-`)), format === "csv" ? "csv" : `faultline.${format}`);
  const run = runCli(["export", format, "--out", out, "--data", dataDir]);
  expect(run.status, run.stderr).toBe(0);
  return out;
}

/** Imports into a fresh folder name under `work`; asserts exit 2 and that nothing was written. */
function refused(format: string, input: string): string {
  const out = join(work, `out-${Math.random().toString(36).slice(2)}`);
  const run = runCli(["import", format, input, "--out", out]);
  expect(run.status, run.stderr).toBe(2);
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(work).filter((n) => n.includes(".partial-"))).toEqual([]);
  return run.stderr;
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

beforeAll(() => {
  data = writeGraphData();
  work = mkdtempSync(join(tmpdir(), "faultline-import-attacks-"));
});

describe("import attacks are refused (exit 2, file:line: reason, nothing written)", () => {
  it("class 1: a graphology JSON with a second edges array", () => {
    const file = exported("json");
    const text = readFileSync(file, "utf8").trimEnd();
    writeFileSync(file, `${text.slice(0, -1)},\n  "edges": []\n}\n`);
    const stderr = refused("json", file);
    expect(stderr).toContain(
      `faultline.json:${lineOf(readFileSync(file, "utf8"), '  "edges": []')}: $.edges: the key "edges" appears twice in one object`,
    );
  });

  it("class 1: a GEXF with a second <edges> block, and a repeated <attvalue>", () => {
    const file = exported("gexf");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace("</edges>", '</edges>\n    <edges count="0"></edges>'));
    const stderr = refused("gexf", file);
    const second = lineOf(readFileSync(file, "utf8"), '<edges count="0">');
    expect(stderr).toContain(
      `faultline.gexf:${second}: a second <edges> (the first is at line ${lineOf(text, "<edges ")})`,
    );

    const kind = /\n(\s*<attvalue for="kind" value="[^"]*"\/>)/.exec(text)![1]!;
    writeFileSync(file, text.replace(kind, `${kind}\n${kind}`));
    expect(refused("gexf", file)).toMatch(
      /faultline\.gexf:\d+: (edge|node) "[^"]+": attribute "kind" given twice/,
    );
  });

  it("class 1: a GraphML with a repeated <data>", () => {
    const file = exported("graphml");
    const text = readFileSync(file, "utf8");
    const status = /\n(\s*<data key="[^"]*">reported<\/data>)/.exec(text)![1]!;
    writeFileSync(file, text.replace(status, `${status}\n${status.replace("reported", "claimed")}`));
    expect(refused("graphml", file)).toMatch(
      /faultline\.graphml:\d+: .*given twice \(a second <data> at line \d+\)/,
    );
  });

  it("class 4: a source file that is a path is rejected at its line without being opened", () => {
    const file = exported("gexf");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace('"id":"report-a"', '"id":"report-a","file":"../../../../dev/zero"'));
    const started = Date.now();
    const stderr = refused("gexf", file);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(stderr).toMatch(/faultline\.gexf:\d+: source "report-a": file: /);
  });

  it("class 5: --force replaces only an empty or graph-data folder, and lists what it removes", () => {
    const file = exported("json");
    const other = mkdtempSync(join(work, "other-"));
    writeFileSync(join(other, "thesis.docx"), "my work");
    const run = runCli(["import", "json", file, "--out", other, "--force"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "holds 1 entry that graph-data does not (thesis.docx): it is not a graph-data folder",
    );
    expect(readFileSync(join(other, "thesis.docx"), "utf8")).toBe("my work");

    const inside = mkdtempSync(join(work, "cwd-"));
    const here = runCli(["import", "json", file, "--out", ".", "--force"], { cwd: inside });
    expect(here.status).toBe(2);
    expect(here.stderr).toContain("is the current folder or holds it");

    const graphData = join(work, "graph-data-copy");
    expect(runCli(["import", "json", file, "--out", graphData]).status).toBe(0);
    const again = runCli(["import", "json", file, "--out", graphData, "--force"]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(
      /^replacing .*graph-data-copy: removes \d+ file\(s\): entities\/[a-z-]+\.json, /,
    );
    expect(again.stderr).toContain("sources.json");
  });

  it("class 6: CSV cells a spreadsheet would run are neutralised on export and restored on import, losslessly", () => {
    const nasty = miniData();
    const formulas = [
      '=HYPERLINK("https://evil.example","x")',
      "+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(A1:A9)",

      "'=already quoted",
    ];
    nasty.entities["actors.json"][0]!.aliases = formulas;
    (nasty.relations["support.json"][0] as Record<string, unknown>).note = "=1+1";
    const dir = exported("csv", writeGraphData(nasty));
    const entities = readFileSync(join(dir, "entities.csv"), "utf8");
    const relations = readFileSync(join(dir, "relations.csv"), "utf8");
    expect(relations).toContain(",'=1+1,");
    // Every cell of a row starts with something a spreadsheet shows as text.
    for (const text of [entities, relations]) {
      for (const row of text.split("\r\n")) {
        for (const cell of row.split(",")) expect(cell).not.toMatch(/^[=+@\t\r]|^-[^0-9]/);
      }
    }
    const back = join(work, "csv-back");
    const run = runCli(["import", "csv", dir, "--out", back]);
    expect(run.status, run.stderr).toBe(0);
    const actors = JSON.parse(readFileSync(join(back, "entities", "state.json"), "utf8")) as {
      entities: { id: string; aliases?: string[] }[];
    };
    expect(actors.entities.find((e) => e.id === "gov")!.aliases).toEqual(formulas);
    expect(readFileSync(join(back, "relations", "backs.json"), "utf8")).toContain('"note": "=1+1"');
  });

  it("class 9: bytes that are not UTF-8 are refused at their line, not turned into U+FFFD", () => {
    const file = exported("json");
    const text = readFileSync(file, "utf8");
    const at = text.indexOf("Government");
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, at)),
      Buffer.from([0xff]),
      Buffer.from(text.slice(at)),
    ]);
    writeFileSync(file, bytes);
    const stderr = refused("json", file);
    const line = lineOf(text, "Government");
    const column = at - text.lastIndexOf("\n", at - 1);
    expect(stderr).toContain(
      `faultline.json:${line}: column ${column}: not valid UTF-8 (byte 0xFF at byte ${Buffer.byteLength(text.slice(0, at))})`,
    );
  });

  it("class 13: a header-only CSV is refused", () => {
    const dir = exported("csv");
    const header = readFileSync(join(dir, "relations.csv"), "utf8").split("\r\n")[0]!;
    writeFileSync(join(dir, "relations.csv"), `${header}\r\n`);
    expect(refused("csv", dir)).toContain(
      "relations.csv:1: a header and no rows: nothing to import from this file",
    );
  });

  it("class 15: a misspelt CSV column is an error, not a silently dropped column", () => {
    const dir = exported("csv");
    const text = readFileSync(join(dir, "entities.csv"), "utf8");
    writeFileSync(join(dir, "entities.csv"), text.replace(",aliases,", ",aliasses,"));
    expect(refused("csv", dir)).toMatch(
      /entities\.csv:1: unknown column\(s\) "aliasses" \(expected id,label,kind,aliases,/,
    );
  });

  it("class 10: a FIFO given as the file to import is refused without blocking", () => {
    const dir = mkdtempSync(join(work, "fifo-"));
    mkdirSync(join(dir, "x"));
    expect(refused("json", join(dir, "x"))).toContain("is a folder, not a regular file");
  });
});
