import { z } from "zod";
import { EntitySchema } from "./entity.js";
import { RelationSchema } from "./relation.js";
import { SourceSchema } from "./source.js";

/** graph-data/sources.json: the reports and references. */
export const SourcesFileSchema = z
  .object({ $schema: z.string().optional(), sources: z.array(SourceSchema) })
  .strict();

/** graph-data/entities/*.json: one group of entities. */
export const EntitiesFileSchema = z
  .object({ $schema: z.string().optional(), entities: z.array(EntitySchema) })
  .strict();

/** graph-data/relations/*.json: one group of relations. */
export const RelationsFileSchema = z
  .object({ $schema: z.string().optional(), relations: z.array(RelationSchema) })
  .strict();
