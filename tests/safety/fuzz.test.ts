import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadGraphData } from "../../src/data/load-graph-data.js";
import { formatProblem } from "../../src/data/problem.js";
import { neutraliseFormula, restoreFormula } from "../../src/formats/csv-formula.js";
import { readCsvFiles } from "../../src/formats/csv-import.js";
import { finishImport, formatRejection } from "../../src/formats/import-result.js";
import { miniData, writeGraphData } from "../helpers/mini-data.js";
import { runCli } from "../helpers/run-cli.js";
import { exportTexts } from "../formats/helpers/round-trip.js";
import { wholeDataset } from "../../src/formats/export-selection.js";

/** A raw line break or escape character, which must never reach a problem line. */
// eslint-disable-next-line no-control-regex -- the escape character is what is looked for
const LINE_BREAK_OR_ESCAPE = /[\n\r\u001b]/;

/** The graph-data files of a folder written by writeGraphData, by path inside it. */
const FILES = [
  "sources.json",
  "entities/actors.json",
  "entities/places.json",
  "relations/support.json",
  "relations/territory.json",
  "relations/geography.json",
];

/** A mutation of one file's text, and whether it must be refused whatever else holds. */
type Mutation = { file: string; apply: (text: string) => string; mustFail: boolean; what: string };

const controlChar = fc
  .integer({ min: 0, max: 0x9f })
  .filter((c) => c < 0x20 || c >= 0x7f)
  .map((c) => String.fromCharCode(c));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // A key repeated with another value right after itself: last-one-wins must never pass silently.
  fc.record({ file: fc.constantFrom(...FILES), n: fc.nat() }).map(({ file, n }) => ({
    file,
    what: "duplicate key",
    mustFail: true,
    apply: (text: string) => {
      const keys = [...text.matchAll(/\n(\s*)"([a-zA-Z]+)": ("[^"\n]*"|\d+|true|false|null),?\n/g)];
      if (keys.length === 0) return `{"x": 1, "x": 2}`;
      const m = keys[n % keys.length]!;
      const dup = `\n${m[1]}"${m[2]}": ${m[3] === "null" ? '"twice"' : "null"},`;
      return text.slice(0, m.index) + dup + text.slice(m.index);
    },
  })),
  // A raw control character inside a string: JSON forbids it raw, so it must be refused.
  fc.record({ file: fc.constantFrom(...FILES), n: fc.nat(), c: controlChar }).map(({ file, n, c }) => ({
    file,
    what: `raw U+${c.charCodeAt(0).toString(16)}`,
    mustFail: c.charCodeAt(0) < 0x20,
    apply: (text: string) => {
      const quotes = [...text.matchAll(/": "/g)];
      const at = quotes.length === 0 ? 0 : quotes[n % quotes.length]!.index! + 4;
      return text.slice(0, at) + c + text.slice(at);
    },
  })),
  // A date anywhere in years 0000-9999 on an event: refused or read exactly as written.
  fc
    .record({
      y: fc.integer({ min: 0, max: 9999 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
      p: fc.nat(2),
    })
    .map(({ y, m, d, p }) => {
      const date = [String(y).padStart(4, "0"), String(m).padStart(2, "0"), String(d).padStart(2, "0")]
        .slice(0, p + 1)
        .join("-");
      return {
        file: "relations/territory.json",
        what: `date ${date}`,
        mustFail: false,
        apply: (text: string) => text.replace('"date": "2024-11-28"', `"date": "${date}"`),
      };
    }),
  // A truncation: refused (or, cut in trailing white space, the same data).
  fc
    .record({ file: fc.constantFrom(...FILES), cut: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ file, cut }) => ({
      file,
      what: `truncated at ${cut}`,
      mustFail: false,
      apply: (text: string) => text.slice(0, Math.floor(text.trimEnd().length * cut)),
    })),
);

/** The data a graph-data folder's files hold, read by the lenient JSON.parse (for comparison). */
function lenientItems(dir: string) {
  const read = (f: string) =>
    JSON.parse(readFileSync(join(dir, f), "utf8")) as Record<string, Record<string, unknown>[]>;
  return {
    entities: [...read("entities/actors.json").entities!, ...read("entities/places.json").entities!],
    relations: FILES.filter((f) => f.startsWith("relations/")).flatMap((f) => read(f).relations!),
  };
}

describe("fuzz: graph-data folders and import files are refused with their problems named, or read exactly", () => {
  it("graph-data folders with repeated keys, control characters, dates in years 0000-9999 and truncations", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const dir = writeGraphData();
        for (const m of mutations) {
          const path = join(dir, m.file);
          writeFileSync(path, m.apply(readFileSync(path, "utf8")));
        }
        const result = await loadGraphData(dir, { corpusDir: null });
        if (result.problems.length > 0) {
          expect(result.dataset).toBeNull();
          for (const p of result.problems) {
            expect(p.file.length).toBeGreaterThan(0);
            expect(p.message.length).toBeGreaterThan(0);
            expect(formatProblem(p)).not.toMatch(LINE_BREAK_OR_ESCAPE);
          }
          return;
        }
        expect(mutations.filter((m) => m.mustFail).map((m) => m.what)).toEqual([]);
        // Read equals written: every item as JSON.parse sees the files, nothing changed or lost.
        const written = lenientItems(dir);
        const dataset = result.dataset!;
        expect(dataset.entities.map((e) => [e.id, e.label])).toEqual(
          written.entities.map((e) => [e.id, e.label]),
        );
        const byId = new Map(dataset.relations.map((r) => [r.id, r]));
        for (const r of written.relations) {
          const got = byId.get(r.id as string)!;
          expect([got.kind, got.source, got.target, got.status, got.date]).toEqual([
            r.kind,
            r.source,
            r.target,
            r.status,
            r.date,
          ]);
        }
      }),
      { numRuns: 80 },
    );
  }, 300_000);

  it("CSV imports: formula cells, truncations, control characters and repeated keys in JSON cells", () => {
    const data = miniData();
    return loadGraphData(writeGraphData(data), { corpusDir: null }).then(({ dataset }) => {
      const texts = exportTexts("csv", wholeDataset(dataset!));
      const csvMutation = fc.oneof(
        fc.record({ cut: fc.double({ min: 0, max: 1, noNaN: true }) }).map(({ cut }) => ({
          what: "truncated",
          mustFail: false,
          apply: (t: string) => t.slice(0, Math.floor(t.length * cut)),
        })),
        fc.record({ c: controlChar, n: fc.nat() }).map(({ c, n }) => ({
          what: "control character",
          mustFail: false,
          apply: (t: string) => {
            const at = 1 + (n % (t.length - 1));
            return t.slice(0, at) + c + t.slice(at);
          },
        })),
        fc.constant({
          what: "repeated key in an evidence cell",
          mustFail: true,
          apply: (t: string) => t.replace('""source"":', '""source"":""report-a"",""source"":'),
        }),
      );
      fc.assert(
        fc.property(csvMutation, (m) => {
          const relations = m.apply(texts["relations.csv"]!);
          const read = readCsvFiles({
            "sources.csv": texts["sources.csv"]!,
            "entities.csv": texts["entities.csv"]!,
            "relations.csv": relations,
          });
          const outcome = finishImport(read, "csv");
          if (outcome.dataset === null) {
            expect(outcome.rejections.length).toBeGreaterThan(0);
            for (const r of outcome.rejections) expect(formatRejection(r)).not.toMatch(LINE_BREAK_OR_ESCAPE);
            return;
          }
          expect(m.mustFail).toBe(false);
          // Rows in = kept: every data row of relations.csv (after its header) is one relation read.
          const rows = relations.split("\r\n").filter((l) => /^[a-z0-9-]+,/.test(l)).length - 1;
          expect(outcome.dataset.relations.length).toBe(rows);
        }),
        { numRuns: 120 },
      );
    });
  });

  it("formula neutralising is undone exactly by the import, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(restoreFormula(neutraliseFormula(s))).toBe(s);
        expect(neutraliseFormula(s)).not.toMatch(/^[=+@\t\r]|^-(?![\d.])/);
      }),
      { numRuns: 2000 },
    );
    expect(neutraliseFormula("-12.5")).toBe("-12.5");
    expect(neutraliseFormula("\tx")).toBe("'\tx");
  });

  it("a few mutated folders through the spawned CLI agree with the library (exit 2 with problems, or OK)", async () => {
    const samples = fc.sample(mutation, { numRuns: 4, seed: 7 });
    for (const m of samples) {
      const dir = writeGraphData();
      const path = join(dir, m.file);
      writeFileSync(path, m.apply(readFileSync(path, "utf8")));
      const library = await loadGraphData(dir, { corpusDir: null });
      const run = runCli(["check", dir], { cwd: mkdtempSync(join(tmpdir(), "faultline-fuzz-")) });
      expect(run.status, m.what).toBe(library.problems.length > 0 ? 2 : 0);
      if (run.status === 2) expect(run.stderr).toContain(`${library.problems.length} problem(s)`);
    }
  }, 300_000);
});
