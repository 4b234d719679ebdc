import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { listGraphDataFiles } from "../../data/list-graph-data-files.js";
import { graphDataJsonSchemas } from "../../model/schemas/json-schemas.js";
import type { GraphDataFileContent } from "../graph-data-content.js";
import { releaseTemporary, temporaryPathFor } from "./temporary-paths.js";

/** Whether a folder exists and holds anything. */
export function isNonEmptyFolder(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).length > 0;
}

/** Whether `--force` may replace a folder, and what replacing it removes (paths relative to it). */
export type Replaceable = { ok: true; removes: string[] } | { ok: false; reason: string };

/**
 * Whether an existing folder may be replaced by a new graph-data folder: only when it is missing,
 * empty, or holds graph-data files and nothing else (sources.json, entities/*.json,
 * relations/*.json, schema/), and is not the current folder or one holding it. Anything else
 * (other files, links, a file where the folder should be) is refused with what is in the way.
 */
export function replaceableFolder(dir: string, cwd = process.cwd()): Replaceable {
  if (!existsSync(dir) && !isSymlink(dir)) return { ok: true, removes: [] };
  const stats = lstatSync(dir);
  if (stats.isSymbolicLink()) return { ok: false, reason: "is a symbolic link: give the folder itself" };
  if (!stats.isDirectory()) return { ok: false, reason: "is a file, not a folder" };
  const fromHere = relative(resolve(dir), resolve(cwd));
  if (fromHere === "" || (!fromHere.startsWith("..") && !fromHere.startsWith(sep))) {
    return { ok: false, reason: "is the current folder or holds it: give a folder beside it" };
  }
  if (readdirSync(dir).length === 0) return { ok: true, removes: [] };
  const layout = listGraphDataFiles(dir);
  if (layout.skipped.length > 0) {
    const shown = layout.skipped.slice(0, 5).map((s) => s.path);
    const more = layout.skipped.length > 5 ? ` and ${layout.skipped.length - 5} more` : "";
    return {
      ok: false,
      reason: `holds ${layout.skipped.length} entr${layout.skipped.length === 1 ? "y" : "ies"} that graph-data does not (${shown.join(", ")}${more}): it is not a graph-data folder, so it is not replaced`,
    };
  }
  return { ok: true, removes: [...layout.files.map((f) => f.path), ...layout.known] };
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
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
      releaseTemporary(old);
    } else renameSync(temporary, dir);
    releaseTemporary(temporary);
    return written;
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    releaseTemporary(temporary);
    throw error;
  }
}
