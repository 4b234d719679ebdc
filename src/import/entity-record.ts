import type { z } from "zod";
import type { EntitySchema, RelationSchema, SourceSchema } from "../model/index.js";

/** An entity as written to a graph-data file (fields with defaults may be left out). */
export type EntityRecord = z.input<typeof EntitySchema>;

/** A relation as written to a graph-data file. */
export type RelationRecord = z.input<typeof RelationSchema>;

/** A source as written to sources.json. */
export type SourceRecord = z.input<typeof SourceSchema>;
