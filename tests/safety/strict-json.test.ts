import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentStamp } from "../../src/data/content-stamp.js";
import type { DatasetAsset, DatasetDetails } from "../../src/data/dataset-asset.js";
import { applyDatasetDetails, decodeDatasetAsset } from "../../src/data/dataset-asset.js";
import { graphDataVitePlugin } from "../../src/data/graph-data-vite-plugin.js";
import { readGraphDataFiles } from "../../src/data/read-graph-data-files.js";
import { parseStrictJson } from "../../src/data/strict-json.js";
import { decodeUtf8 } from "../../src/data/utf8.js";
import { validateGraphData } from "../../src/data/validate-graph-data.js";
import { writeGraphData } from "../helpers/mini-data.js";

describe("the strict JSON reader", () => {
  it("reads every JSON text JSON.parse reads (without repeated keys) to the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(3), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const parsed = parseStrictJson(text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it("reports every repeated key with both places, and the lines where top-level array items start", () => {
    const text =
      '{\n  "a": [\n    {"k": 1, "k": 2},\n    {"__proto__": 1, "__proto__": 2}\n  ],\n  "a": []\n}';
    const parsed = parseStrictJson(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems.map((p) => `${p.line}:${p.column} ${p.path}`)).toEqual([
        "3:14 $.a[0].k",
        "4:22 $.a[1].__proto__",
        "6:3 $.a",
      ]);
    }
    const ok = parseStrictJson('{\n "items": [\n  1,\n\n  {"x": 2}\n ]\n}');
    expect(ok.ok && [...ok.itemLines.entries()]).toEqual([["items", [3, 5]]]);
    expect(parseStrictJson('{"__proto__": {"polluted": 1}}')).toMatchObject({ ok: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("finds the first byte that is not UTF-8, with its line and column", () => {
    const bytes = Buffer.concat([Buffer.from("ab\ncé"), Buffer.from([0xc3, 0x28]), Buffer.from("x")]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, line: 2, column: 3, byte: 6 });
    expect(decodeUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, byte: 0 });
    expect(decodeUtf8(Buffer.from("ok ✓ 🛡️"))).toEqual({ ok: true, text: "ok ✓ 🛡️" });
  });
});

describe("the page build reads graph-data with the CLI's reader", () => {
  /** Runs the plugin's load as a build would, returning the module code and the assets it emitted. */
  async function loadAsBuild(dir: string) {
    const warnings: string[] = [];
    const emitted: { fileName: string; source: Uint8Array }[] = [];
    const plugin = graphDataVitePlugin(dir);
    plugin.configResolved({ command: "build" });
    const id = plugin.resolveId("virtual:graph-data")!;
    const code = await plugin.load.call(
      {
        addWatchFile: () => undefined,
        warn: (m) => warnings.push(m),
        emitFile: (f) => String(emitted.push(f)),
      },
      id,
    );
    return { code: code!, warnings, emitted };
  }

  it("gives the page the same problems and skipped entries as the CLI, and no data when there are problems", async () => {
    const dir = writeGraphData();
    writeFileSync(join(dir, "entities", "extra.JSON"), "{}");
    writeFileSync(join(dir, "relations", "support.json"), '{"relations": [], "relations": []}');
    const display = (path: string) => `graph-data/${path.slice(dir.length + 1)}`;
    const cli = await readGraphDataFiles(dir, display);
    const { code, warnings, emitted } = await loadAsBuild(dir);
    const page = JSON.parse(/^export default \{ url: null, \.\.\.(.*) \};$/.exec(code)![1]!) as {
      problems: unknown;
      warnings: unknown;
    };
    expect(emitted).toEqual([]);
    expect(page.problems).toEqual(validateGraphData(cli.files, null, [...cli.problems]).problems);
    expect(page.warnings).toEqual(cli.warnings);
    expect(warnings).toEqual([
      "graph-data/entities/extra.JSON: skipped: its extension is not lower-case .json: rename it to extra.json",
    ]);
    expect(cli.problems.map((p) => p.path)).toEqual(["$.relations"]);
  });

  it("writes valid data as a stamped asset holding the dataset the CLI validates", async () => {
    const dir = writeGraphData();
    const display = (path: string) => `graph-data/${path.slice(dir.length + 1)}`;
    const cli = validateGraphData((await readGraphDataFiles(dir, display)).files);
    const { code, emitted } = await loadAsBuild(dir);
    // Two parts: what the first frame draws, and the evidence details fetched after it.
    expect(emitted).toHaveLength(2);
    const [asset, details] = emitted;
    const stamp = contentStamp(asset!.source);
    const detailsStamp = contentStamp(details!.source);
    expect(asset!.fileName).toBe(`assets/graph-data-${stamp}.json`);
    expect(details!.fileName).toBe(`assets/graph-data-details-${detailsStamp}.json`);
    expect(code).toContain(`"stamp":"${stamp}"`);
    expect(code).toContain(`"./graph-data-${stamp}.json", import.meta.url).href`);
    expect(code).toContain(`"./graph-data-details-${detailsStamp}.json", import.meta.url).href`);
    expect(cli.dataset).not.toBeNull();
    const parse = (bytes: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(bytes));
    const decoded = decodeDatasetAsset(parse(asset!.source) as DatasetAsset);
    applyDatasetDetails(decoded, parse(details!.source) as DatasetDetails);
    expect(decoded).toEqual(cli.dataset);
  });
});
