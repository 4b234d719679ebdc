import type { Dataset } from "../model/core.js";
import { entityRecord, relationRecord, sourceRecord } from "./graph-data-records.js";

/** One file of a graph-data folder: its path inside the folder and its JSON content. */
export interface GraphDataFileContent {
  readonly path: string;
  readonly json: unknown;
}

/**
 * The files of a graph-data folder holding a dataset, laid out as graph-data/ is: sources.json,
 * entities/KIND.json and relations/KIND.json (one file per kind, items in dataset order), each
 * pointing at the JSON Schema in schema/ for editors. Relations derived from others (a capture's
 * control) are left out: they are derived again when the folder is read, not entered data.
 */
export function graphDataContent(dataset: Dataset): GraphDataFileContent[] {
  const grouped = <T extends { kind: string }>(items: readonly T[]) => {
    const groups = new Map<string, T[]>();
    for (const item of items) {
      const group = groups.get(item.kind);
      if (group) group.push(item);
      else groups.set(item.kind, [item]);
    }
    return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  };
  return [
    {
      path: "sources.json",
      json: { $schema: "./schema/sources.schema.json", sources: dataset.sources.map(sourceRecord) },
    },
    ...grouped(dataset.entities).map(([kind, entities]) => ({
      path: `entities/${kind}.json`,
      json: { $schema: "../schema/entities.schema.json", entities: entities.map(entityRecord) },
    })),
    ...grouped(dataset.relations.filter((r) => r.derivedFrom === undefined)).map(([kind, relations]) => ({
      path: `relations/${kind}.json`,
      json: { $schema: "../schema/relations.schema.json", relations: relations.map(relationRecord) },
    })),
  ];
}
