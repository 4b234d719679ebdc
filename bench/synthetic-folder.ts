import { graphDataContent } from "../src/formats/graph-data-content.js";
import { writeGraphDataFolder } from "../src/formats/node/write-graph-data-folder.js";
import type { Dataset } from "../src/model/core.js";
import { RELATION_KINDS } from "../src/model/core.js";
import { syntheticDataset } from "./synthetic-dataset.js";

/**
 * Writes a valid graph-data folder of exactly `relationCount` synthetic relations between 10,000
 * groups (bench/synthetic-dataset.ts), as importers and editors lay one out: the random pairs
 * and days of a large draw repeat a fact now and then (same kind, ends and dates), which `check`
 * rightly refuses, so repeats are dropped and the draw is a little larger than asked.
 */
export function writeSyntheticFolder(dir: string, relationCount: number): Dataset {
  const drawn = syntheticDataset(10_000, Math.ceil(relationCount * 1.001) + 10);
  const seen = new Set<string>();
  const relations = drawn.relations.filter((r) => {
    if (r.derivedFrom) return false;
    const ends =
      RELATION_KINDS[r.kind].direction === "symmetric" ? [r.source, r.target].sort() : [r.source, r.target];
    const key = JSON.stringify([r.kind, ...ends, r.date ?? null, r.start ?? null, r.end ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (relations.length < relationCount)
    throw new Error(`only ${relations.length} distinct synthetic relations`);
  const dataset = { ...drawn, relations: relations.slice(0, relationCount) };
  writeGraphDataFolder(dir, graphDataContent(dataset));
  return dataset;
}
