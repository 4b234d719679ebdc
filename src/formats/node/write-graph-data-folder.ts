import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { graphDataJsonSchemas } from "../../model/json-schemas.js";
import type { GraphDataFileContent } from "../graph-data-content.js";
import { temporaryPathFor } from "./write-chunks.js";

/** Whether a folder exists and holds anything. */
export function isNonEmptyFolder(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).length > 0;
}

/**
 * Writes a graph-data folder (the files given, plus schema/*.schema.json for editors) at `dir`
 * atomically: everything goes into a temporary folder beside it, which then takes the place of
 * `dir` (an existing `dir` is replaced only once the new one is complete). Returns the paths written.
 */
export function writeGraphDataFolder(dir: string, files: readonly GraphDataFileContent[]): string[] {
  const temporary = temporaryPathFor(dir);
  const written: string[] = [];
  try {
    mkdirSync(temporary, { recursive: true });
    const all: GraphDataFileContent[] = [
      ...files,
      ...Object.entries(graphDataJsonSchemas()).map(([name, json]) => ({ path: `schema/${name}`, json })),
    ];
    for (const f of all) {
      const full = join(temporary, f.path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, `${JSON.stringify(f.json, null, 2)}\n`);
      written.push(join(dir, f.path));
    }
    if (existsSync(dir)) {
      const old = temporaryPathFor(`${dir}.old`);
      renameSync(dir, old);
      renameSync(temporary, dir);
      rmSync(old, { recursive: true, force: true });
    } else renameSync(temporary, dir);
    return written;
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}
