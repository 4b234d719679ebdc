import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphDataJsonSchemas } from "../../src/model/schemas/json-schemas.js";
import { ROOT } from "../helpers/run-cli.js";

describe("JSON Schema for editors", () => {
  it("is generated from the zod schemas and committed up to date (npm run schema)", () => {
    for (const [name, schema] of Object.entries(graphDataJsonSchemas())) {
      const committed = JSON.parse(readFileSync(join(ROOT, "graph-data", "schema", name), "utf8"));
      expect(committed, name).toEqual(schema);
    }
  });

  it("describes the relation vocabulary and the evidence fields", () => {
    const relations = graphDataJsonSchemas()["relations.schema.json"] as {
      properties: {
        relations: { items: { properties: Record<string, { enum?: string[] }>; required: string[] } };
      };
    };
    const item = relations.properties.relations.items;
    expect(item.properties.kind!.enum).toContain("brokered-ceasefire");
    expect(item.required).toEqual(
      expect.arrayContaining(["id", "kind", "source", "target", "status", "evidence"]),
    );
  });
});
