import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { isFaultlineError } from "../../src/faultline-error.js";
import {
  CENTRALITY_MEASURES,
  centralityScores,
  describeMeasures,
  findPaths,
  MEASURES,
  readParameter,
  runMeasure,
} from "../../src/analysis/index.js";
import { parseQueryDate } from "../../src/query/query-date.js";
import { CHAIN, fixtureGraph } from "./fixtures.js";

const kg = fixtureGraph(CHAIN);

function problems(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (error) {
    if (isFaultlineError(error, "bad-input")) return error.problems;
    throw error;
  }
  throw new Error("expected a bad-input FaultlineError");
}

describe("the registry of measures", () => {
  it("describes every measure once, with unique ids and parameters whose defaults are valid values", () => {
    expect(new Set(MEASURES.map((m) => m.id)).size).toBe(MEASURES.length);
    expect(MEASURES.filter((m) => m.family === "centrality").map((m) => m.id)).toEqual([
      ...CENTRALITY_MEASURES,
    ]);
    expect(MEASURES.map((m) => m.family)).toEqual(
      expect.arrayContaining(["centrality", "paths", "blocs", "balance", "timeline", "diff"]),
    );
    for (const m of MEASURES) {
      expect(m.name.length, m.id).toBeGreaterThan(0);
      expect(m.description.length, m.id).toBeGreaterThan(0);
      expect(new Set(m.parameters.map((p) => p.id)).size, m.id).toBe(m.parameters.length);
      for (const p of m.parameters) {
        expect(p.label.length, `${m.id}.${p.id}`).toBeGreaterThan(0);
        expect(readParameter(p, p.default), `${m.id}.${p.id}`).toEqual({ ok: true, value: p.default });
        if (p.type === "choice") expect(p.allowed, `${m.id}.${p.id}`).toContain(p.default);
      }
    }
  });

  it("lists the measures as plain data that survives JSON (what a page or `measures --json` shows)", () => {
    const described = describeMeasures();
    expect(JSON.parse(JSON.stringify(described))).toEqual(described);
    expect(described.every((m) => !("run" in m))).toBe(true);
  });

  it("runs every measure on text values as on typed ones, and as the library functions answer", () => {
    const byText = runMeasure(kg, "betweenness", {
      at: "2024-11-28",
      top: "3",
      kinds: "allied-with,fights,attacked",
    });
    const typed = runMeasure(kg, "betweenness", {
      at: "2024-11-28",
      top: 3,
      kinds: ["allied-with", "fights", "attacked"],
    });
    expect(byText).toEqual(typed);
    expect(byText).toEqual({
      family: "centrality",
      measure: "betweenness",
      scope: { at: "2024-11-28" },
      scores: centralityScores(kg, {
        measure: "betweenness",
        scope: { kind: "at", date: parseQueryDate("2024-11-28") },
        kinds: ["allied-with", "fights", "attacked"],
        top: 3,
      }),
    });
    const paths = runMeasure(kg, "paths", { source: "a", target: "e", at: "2024-11-28", k: "2" });
    expect(paths).toMatchObject(
      findPaths(kg, "a", "e", { scope: { kind: "at", date: parseQueryDate("2024-11-28") }, k: 2 }),
    );
    const required: Record<string, Record<string, unknown>> = {
      paths: { source: "a", target: "e" },
      timeline: { entity: "a" },
      diff: { before: "2018", after: "2024" },
    };
    for (const m of MEASURES) {
      const result = runMeasure(kg, m.id, required[m.id] ?? {});
      expect(result.family, m.id).toBe(m.family);
    }
  });

  it("reports every bad value at once: unknown parameters, bad dates, kinds and numbers, missing and absent entities", () => {
    expect(
      problems(() =>
        runMeasure(kg, "pagerank", {
          at: "2019-02-30",
          kinds: "backs,befriends",
          alpha: "1",
          top: "0",
          frob: 1,
        }),
      ),
    ).toEqual([
      "frob: not a parameter of this measure (parameters: at, from, to, kinds, layer, certain, top, weighting, alpha)",
      'at: "2019-02-30" has day 30, which 2019-02 does not have',
      expect.stringContaining("kinds: unknown relation kind(s) befriends"),
      "top: 0 is out of range (value ≥ 1)",
      "alpha: 1 is out of range (0 < value < 1)",
    ]);
    expect(problems(() => runMeasure(kg, "paths", { target: "nobody" }))).toEqual([
      "source: required (From entity)",
    ]);
    expect(problems(() => runMeasure(kg, "paths", { source: "a", target: "nobody" }))).toEqual([
      'target: no entity with id "nobody"',
    ]);
    expect(problems(() => runMeasure(kg, "degree", { layer: "friendly" }))[0]).toContain(
      "is not one of all, cooperative, hostile",
    );
    expect(problems(() => runMeasure(kg, "closeness", { directed: "maybe" }))[0]).toContain(
      "is not true or false",
    );
    expect(problems(() => runMeasure(kg, "no-such", {}))[0]).toContain('no measure "no-such"');
  });

  it("refuses a date together with a window, and a window that ends before it starts", () => {
    expect(problems(() => runMeasure(kg, "degree", { at: "2024", from: "2023" }))).toEqual([
      "give either a date (at) or a window (from/to), not both",
    ]);
    expect(problems(() => runMeasure(kg, "blocs", { from: "2024", to: "2023" }))[0]).toContain(
      "before it starts",
    );
  });
});

describe("the analysis library is browser-safe", () => {
  it("imports nothing from node (node: modules or Node built-ins), directly or through the modules it uses", () => {
    const root = resolve(import.meta.dirname, "..", "..", "src", "analysis");
    const seen = new Set<string>();
    const bad: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      for (const [, spec] of text.matchAll(/^(?:import|export)[^"']*["']([^"']+)["']/gm)) {
        if (
          spec!.startsWith("node:") ||
          ["fs", "path", "os", "child_process", "url", "util"].includes(spec!)
        ) {
          bad.push(`${file}: ${spec}`);
        } else if (spec!.startsWith(".")) {
          const target = resolve(dirname(file), spec!.replace(/\.js$/, ""));
          visit(existsSync(`${target}.ts`) ? `${target}.ts` : join(target, "index.ts"));
        }
      }
    };
    for (const name of readdirSync(root)) visit(join(root, name));
    expect(bad).toEqual([]);
    expect(seen.size).toBeGreaterThan(readdirSync(root).length);
  });
});
