import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Relation } from "../../src/model/core.js";
import { ROOT } from "../helpers/run-cli.js";

/** The folder of the importer's invented fixture files. */
export const FIXTURES = resolve(import.meta.dirname, "fixtures");

/** A fresh copy of the shipped graph-data folder in a temporary folder (the import target). */
export function copyOfShippedData(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "faultline-import-")), "graph-data");
  cpSync(join(ROOT, "graph-data"), dir, { recursive: true });
  return dir;
}

/** Every relation in a folder's relations/PREFIX-*.json files, by id. */
export function datasetRelations(dir: string, prefix: string): Map<string, Relation> {
  const out = new Map<string, Relation>();
  for (const f of readdirSync(join(dir, "relations"))
    .filter((n) => n.startsWith(`${prefix}-`))
    .sort()) {
    const json = JSON.parse(readFileSync(join(dir, "relations", f), "utf8")) as { relations: Relation[] };
    for (const r of json.relations) out.set(r.id, r);
  }
  return out;
}

/** Every file of a folder with its content, for comparing a folder before and after. */
export function folderSnapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(path.slice(dir.length), readFileSync(path, "utf8"));
  }
  return out;
}

/** The entities of one file of a folder. */
export function entitiesOf(
  dir: string,
  file: string,
): { id: string; label: string; kind: string; [k: string]: unknown }[] {
  return (JSON.parse(readFileSync(join(dir, file), "utf8")) as { entities: [] }).entities;
}
