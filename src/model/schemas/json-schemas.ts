import { z } from "zod";
import { EntitiesFileSchema, RelationsFileSchema, SourcesFileSchema } from "./files.js";

/** The JSON Schema documents editors use for graph-data files, generated from the zod schemas, by file name. */
export function graphDataJsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType, title: string) => ({
    title,
    ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }),
  });
  return {
    "sources.schema.json": make(SourcesFileSchema, "Faultline sources"),
    "entities.schema.json": make(EntitiesFileSchema, "Faultline entities"),
    "relations.schema.json": make(RelationsFileSchema, "Faultline relations"),
  };
}
