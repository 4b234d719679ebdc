import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GraphDataFile } from "../../src/data/validate-graph-data.js";

/** Items of one graph-data role: one list (written as all.json), or lists by file name. */
export type GraphDataItems = readonly unknown[] | Readonly<Record<string, readonly unknown[]>>;

/** What a test's graph-data folder holds: its sources, entities and relations. */
export interface GraphDataFolderContent {
  readonly sources: readonly unknown[];
  readonly entities: GraphDataItems;
  readonly relations: GraphDataItems;
}

function byFile(items: GraphDataItems): (readonly [string, readonly unknown[]])[] {
  if (isList(items)) return [["all.json", items]];
  return Object.entries(items);
}

function isList(items: GraphDataItems): items is readonly unknown[] {
  return Array.isArray(items);
}

/** The content as the files of a graph-data folder, for validateGraphData (no disk involved). */
export function graphDataFiles(content: GraphDataFolderContent): GraphDataFile[] {
  return [
    { name: "sources.json", role: "sources", content: { sources: content.sources } },
    ...byFile(content.entities).map(([name, entities]): GraphDataFile => ({
      name: `entities/${name}`,
      role: "entities",
      content: { entities },
    })),
    ...byFile(content.relations).map(([name, relations]): GraphDataFile => ({
      name: `relations/${name}`,
      role: "relations",
      content: { relations },
    })),
  ];
}

/** Writes the content as a graph-data folder in a fresh temporary folder and returns its path. */
export function writeGraphDataFolder(content: GraphDataFolderContent): string {
  const dir = mkdtempSync(join(tmpdir(), "faultline-data-"));
  mkdirSync(join(dir, "entities"));
  mkdirSync(join(dir, "relations"));
  for (const file of graphDataFiles(content)) {
    writeFileSync(join(dir, file.name), JSON.stringify(file.content, null, 2));
  }
  return dir;
}
