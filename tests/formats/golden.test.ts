import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildKnowledgeGraph } from "../../src/graph/knowledge-graph.js";
import { snapshotSelection, wholeDataset } from "../../src/formats/export-selection.js";
import type { ExportFormat } from "../../src/formats/format-names.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { formatFixture, XML_FORBIDDEN_SAMPLE } from "./helpers/format-fixture.js";
import { exportTexts } from "./helpers/round-trip.js";

/**
 * Golden files: each writer's output on the format fixture, byte for byte. The fixture holds
 * characters XML forbids, so the goldens pin down how each format treats them. To accept a
 * deliberate change, run `UPDATE_GOLDEN=1 npx vitest run tests/formats/golden.test.ts` and
 * review the diff.
 */
const GOLDEN = join(import.meta.dirname, "golden");
const fixture = formatFixture();
const kg = buildKnowledgeGraph(fixture);

const CASES: { name: string; format: ExportFormat; at?: string; window?: number }[] = [
  { name: "dynamic", format: "gexf" },
  { name: "snapshot-2019-05", format: "gexf", at: "2019-05" },
  { name: "all", format: "graphml" },
  { name: "all", format: "csv" },
  { name: "all", format: "json" },
  { name: "snapshot-2018-09-07-window-3", format: "json", at: "2018-09-07", window: 3 },
];

function outputs(c: (typeof CASES)[number]): Record<string, string> {
  const selection = c.at ? snapshotSelection(kg, parseQueryDate(c.at), c.window ?? 0) : wholeDataset(fixture);
  return exportTexts(c.format, selection);
}

describe.each(CASES)("golden $format $name", (c) => {
  const files = outputs(c);
  it.each(Object.keys(files))("%s matches its golden file byte for byte", (file) => {
    const path = join(GOLDEN, `${c.format}-${c.name}`, file);
    const bytes = Buffer.from(files[file]!, "utf8");
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
    expect(bytes.equals(readFileSync(path))).toBe(true);
  });

  it("is deterministic: the same data gives the same bytes", () => {
    expect(outputs(c)).toEqual(files);
  });
});

describe("the goldens pin down characters XML forbids", () => {
  const read = (dir: string, file: string) => readFileSync(join(GOLDEN, dir, file), "utf8");
  /** Whether the text holds a character XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F). */
  const forbidden = {
    test: (text: string) =>
      [...text].some((ch) => {
        const c = ch.codePointAt(0)!;
        return (
          (c < 0x20 && c !== 0x9 && c !== 0xa && c !== 0xd) ||
          (c >= 0xd800 && c <= 0xdfff) ||
          (c >= 0xfffe && c <= 0xffff)
        );
      }),
  };

  it("GEXF and GraphML hold none of them, U+FFFD in their place", () => {
    for (const [dir, file] of [
      ["gexf-dynamic", "faultline.gexf"],
      ["gexf-snapshot-2019-05", "faultline.gexf"],
      ["graphml-all", "faultline.graphml"],
    ] as const) {
      const text = read(dir, file);
      expect(forbidden.test(text), file).toBe(false);
      expect(text, file).toContain(`Ally${"\uFFFD".repeat(XML_FORBIDDEN_SAMPLE.length)}Group`);
    }
  });

  it("CSV keeps control characters and replaces only the lone surrogate; JSON escapes them all", () => {
    expect(read("csv-all", "entities.csv")).toContain(
      `Ally${XML_FORBIDDEN_SAMPLE.replace("\uD800", "\uFFFD")}Group`,
    );
    expect(read("json-all", "faultline.json")).toContain(
      "Ally\\u0000\\u0001\\b\\u000b\\f\\u001f\\ud800\uFFFE\uFFFFGroup",
    );
  });
});
