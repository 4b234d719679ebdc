import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const FORMATS = resolve(import.meta.dirname, "..", "..", "src", "formats");
const NODE_BUILTINS = ["fs", "path", "os", "child_process", "url", "util", "stream", "buffer"];

/** Every module a file imports, directly or through the project's modules it imports, with node imports found. */
function walk(entries: readonly string[]): { seen: Set<string>; bad: string[] } {
  const seen = new Set<string>();
  const bad: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(
      /^(?:import|export)\b[^;"'`]*?\bfrom\s*["']([^"']+)["']/gm,
    )) {
      if (spec!.startsWith("node:") || NODE_BUILTINS.includes(spec!)) bad.push(`${file}: ${spec}`);
      else if (spec!.startsWith(".")) {
        const target = resolve(dirname(file), spec!.replace(/\.js$/, ""));
        visit(existsSync(`${target}.ts`) ? `${target}.ts` : join(target, "index.ts"));
      }
    }
  };
  entries.forEach(visit);
  return { seen, bad };
}

describe("the formats library is browser-safe (the page offers downloads through it)", () => {
  it("imports nothing from node outside src/formats/node, directly or through what it uses", () => {
    const entries = readdirSync(FORMATS)
      .map((name) => join(FORMATS, name))
      .filter((path) => statSync(path).isFile());
    const { seen, bad } = walk(entries);
    expect(bad).toEqual([]);
    expect([...seen].filter((f) => dirname(f) === join(FORMATS, "node"))).toEqual([]);
    expect(seen.size).toBeGreaterThan(entries.length);
  });

  it("keeps file-system code in src/formats/node, where the walk does find node imports", () => {
    const node = join(FORMATS, "node");
    expect(walk(readdirSync(node).map((name) => join(node, name))).bad.length).toBeGreaterThan(0);
  });
});

describe("the library's main entry is browser-safe (src/index.ts; files live in faultline/node)", () => {
  const SRC = resolve(import.meta.dirname, "..", "..", "src");

  it("imports nothing from node, directly or through anything it re-exports", () => {
    const { seen, bad } = walk([join(SRC, "index.ts")]);
    expect(bad).toEqual([]);
    // It reaches every layer it promises: model, validation, graph, queries, analysis, formats.
    for (const layer of ["model", "data", "graph", "query", "analysis", "formats"])
      expect(
        [...seen].some((f) => dirname(f) === join(SRC, layer)),
        layer,
      ).toBe(true);
  });

  it("leaves reading and writing files to the node entry, where the walk does find node imports", () => {
    expect(walk([join(SRC, "node.ts")]).bad.length).toBeGreaterThan(0);
  });
});
