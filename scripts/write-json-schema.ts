/** Writes graph-data/schema/*.schema.json from the zod schemas (npm run schema). */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SHIPPED_DATA_DIR } from "../src/cli/paths.js";
import { graphDataJsonSchemas } from "../src/model/schemas/json-schemas.js";

const dir = join(SHIPPED_DATA_DIR, "schema");
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(graphDataJsonSchemas())) {
  writeFileSync(join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${join("graph-data", "schema", name)}`);
}
