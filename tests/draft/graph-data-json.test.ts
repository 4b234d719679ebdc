import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { formatGraphDataJson } from "../../src/draft/graph-data-json.js";
import { ROOT } from "../helpers/run-cli.js";

/** The graph-data files review may rewrite: sources.json, entities/*.json, relations/*.json. */
function reviewedFiles(): string[] {
  const dir = join(ROOT, "graph-data");
  return [
    "sources.json",
    ...["entities", "relations"].flatMap((folder) =>
      readdirSync(join(dir, folder))
        .filter((name) => name.endsWith(".json"))
        .map((name) => `${folder}/${name}`),
    ),
  ];
}

describe("graph-data JSON as prettier writes it", () => {
  it("prints every shipped graph-data file review may rewrite exactly as it is committed", () => {
    for (const path of reviewedFiles()) {
      const text = readFileSync(join(ROOT, "graph-data", path), "utf8");
      expect(formatGraphDataJson(JSON.parse(text)), path).toBe(text);
    }
  });

  it("agrees with prettier itself on objects holding arrays of names of every length", async () => {
    const options = {
      ...(await prettier.resolveConfig(join(ROOT, "graph-data", "sources.json"))),
      parser: "json",
    };
    // Coordinates as graph-data writes them (decimals); prettier rewrites exponents such as 1e+21.
    const coordinate = fc.integer({ min: -18_000_000, max: 18_000_000 }).map((n) => n / 100_000);
    const entity = fc.record({
      id: fc.string({ minLength: 1, maxLength: 30 }),
      aliases: fc.array(fc.string({ maxLength: 25 }), { maxLength: 8 }),
      place: fc.option(fc.record({ lat: coordinate, tags: fc.array(fc.integer(), { maxLength: 40 }) }), {
        nil: undefined,
      }),
      nested: fc.array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }), { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.record({ entities: fc.array(entity, { maxLength: 3 }) }), async (value) => {
        const expected = await prettier.format(JSON.stringify(value, null, 2), options);
        expect(formatGraphDataJson(value)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
