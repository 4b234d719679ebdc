import { z } from "zod";
import { IdSchema, NoteSchema, PlaceKindSchema, normalizeName } from "../model/index.js";

/** One entity and every name event datasets give it; label and kind say how to create it when absent. */
export const NameEntrySchema = z
  .object({
    entity: IdSchema,
    label: NoteSchema.optional().meta({
      description: "Label of the entity when the import has to create it",
    }),
    kind: z.enum(["state", "armed-group", "coalition"]).optional(),
    placeKind: PlaceKindSchema.optional(),
    names: z.array(NoteSchema).min(1),
    note: NoteSchema.optional(),
  })
  .strict();

/** The table of dataset names (graph-data/event-data-names.json, or a --map file): actors and provinces. */
export const NameTableSchema = z
  .object({
    $schema: z.string().optional(),
    description: NoteSchema.optional(),
    actors: z.array(NameEntrySchema).default([]),
    provinces: z.array(NameEntrySchema).default([]),
  })
  .strict();

/** One entry of a name table. */
export type NameEntry = z.infer<typeof NameEntrySchema>;

/** A name table file, read and checked. */
export type NameTable = z.infer<typeof NameTableSchema>;

/** The file name of the table kept in a graph-data folder. */
export const NAME_TABLE_FILE = "event-data-names.json";

/** The name table could not be read: the file and every problem. */
export class NameTableError extends Error {}

/** Parses a name table's text (named `display` in messages) and checks that no name is given to two entities. */
export function parseNameTable(text: string, display: string): NameTable {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new NameTableError(`${display}: not JSON (${(error as Error).message})`);
  }
  const parsed = NameTableSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${display}: $.${i.path.join(".")}: ${i.message}`);
    throw new NameTableError(lines.join("\n"));
  }
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const [group, entries] of [
    ["actors", parsed.data.actors],
    ["provinces", parsed.data.provinces],
  ] as const) {
    for (const entry of entries) {
      for (const name of entry.names) {
        const key = `${group}:${normalizeName(name)}`;
        const prior = seen.get(key);
        if (prior !== undefined && prior !== entry.entity)
          clashes.push(`${display}: "${name}" is given to both ${prior} and ${entry.entity}`);
        seen.set(key, entry.entity);
      }
    }
  }
  if (clashes.length > 0) throw new NameTableError(clashes.join("\n"));
  return parsed.data;
}

/** Name lookup over tables, later tables (a user's --map) overriding earlier ones name by name. */
export class NameLookup {
  private readonly actors = new Map<string, NameEntry>();
  private readonly provinces = new Map<string, NameEntry>();

  constructor(tables: readonly NameTable[]) {
    for (const table of tables) {
      for (const entry of table.actors) for (const n of entry.names) this.actors.set(normalizeName(n), entry);
      for (const entry of table.provinces)
        for (const n of entry.names) this.provinces.set(normalizeName(n), entry);
    }
  }

  /** The table entry pinning an actor name, if any. */
  actor(name: string): NameEntry | undefined {
    return this.actors.get(normalizeName(name));
  }

  /** The table entry pinning a province name, if any. */
  province(name: string): NameEntry | undefined {
    return this.provinces.get(normalizeName(name));
  }
}
