import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { loadGraphData } from "../data/load-graph-data.js";
import { formatProblem } from "../data/problem.js";
import { temporaryPathFor, writeFilesAtomically } from "../formats/node/write-chunks.js";
import { releaseTemporary } from "../formats/node/temporary-paths.js";
import { formatGraphDataJson } from "./graph-data-json.js";

/** Reads the JSON files of a graph-data folder (sources.json, entities/*.json, relations/*.json) by relative path. */
export function readGraphDataJson(dir: string): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const read = (path: string) => files.set(path, JSON.parse(readFileSync(join(dir, path), "utf8")));
  if (existsSync(join(dir, "sources.json"))) read("sources.json");
  for (const folder of ["entities", "relations"]) {
    if (!existsSync(join(dir, folder))) continue;
    for (const name of readdirSync(join(dir, folder)).sort())
      if (name.endsWith(".json")) read(`${folder}/${name}`);
  }
  return files;
}

function serialize(json: unknown): string {
  return formatGraphDataJson(json);
}

/**
 * Validates a graph-data folder as it would be with `changed` files written (every `check` rule,
 * on a scratch copy), and only when nothing is wrong writes them into `dir` as one atomic set.
 * Returns the problems (named with the real folder's file names); nothing is written when any.
 */
export async function updateGraphData(
  dir: string,
  changed: ReadonlyMap<string, unknown>,
  corpusDir: string | null,
): Promise<string[]> {
  const scratch = mkdtempSync(join(tmpdir(), "faultline-review-"));
  try {
    const copy = join(scratch, "graph-data");
    cpSync(dir, copy, { recursive: true });
    for (const [path, json] of changed) {
      mkdirSync(dirname(join(copy, path)), { recursive: true });
      writeFileSync(join(copy, path), serialize(json));
    }
    const result = await loadGraphData(copy, { corpusDir });
    if (result.problems.length > 0) {
      const shown = relative(process.cwd(), dir) || ".";
      const copyShown = relative(process.cwd(), copy);
      return result.problems.map((p) =>
        formatProblem(p).split(copy).join(shown).split(copyShown).join(shown),
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const path of changed.keys()) mkdirSync(dirname(join(dir, path)), { recursive: true });
  await writeFilesAtomically(
    [...changed].map(([path, json]) => ({ path: join(dir, path), chunks: [serialize(json)] })),
  );
  return [];
}

/**
 * Like updateGraphData, but leaves `dir` as it is and writes the updated folder to `out` (which
 * must not exist yet): a copy is made beside `out`, changed, validated, and renamed into place.
 */
export async function writeUpdatedCopy(
  dir: string,
  out: string,
  changed: ReadonlyMap<string, unknown>,
  corpusDir: string | null,
): Promise<string[]> {
  const temporary = temporaryPathFor(out);
  try {
    cpSync(dir, temporary, { recursive: true });
    for (const [path, json] of changed) {
      mkdirSync(dirname(join(temporary, path)), { recursive: true });
      writeFileSync(join(temporary, path), serialize(json));
    }
    const result = await loadGraphData(temporary, { corpusDir });
    if (result.problems.length > 0) {
      const shown = relative(process.cwd(), out) || ".";
      const tempShown = relative(process.cwd(), temporary);
      return result.problems.map((p) =>
        formatProblem(p).split(temporary).join(shown).split(tempShown).join(shown),
      );
    }
    renameSync(temporary, out);
    return [];
  } finally {
    rmSync(temporary, { recursive: true, force: true });
    releaseTemporary(temporary);
  }
}
