import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readCsvFiles } from "../csv-import.js";
import { readGexf } from "../gexf-import.js";
import { readGraphml } from "../graphml-import.js";
import { readGraphologyJson } from "../graphology-json-import.js";
import type { ImportRead } from "../import-result.js";
import type { ImportFormat } from "../format-names.js";
import { badInput } from "../../faultline-error.js";

function readText(path: string, display: string): string {
  if (!existsSync(path)) throw badInput(`${display}: no such file`);
  if (statSync(path).isDirectory()) throw badInput(`${display}: is a folder, expected a file`);
  return readFileSync(path, "utf8");
}

/**
 * Reads an import input from disk with the reader of its format: a file for gexf, graphml and
 * json; for csv, a folder holding sources.csv, entities.csv and relations.csv.
 */
export function readImportInput(format: ImportFormat, path: string, display: string): ImportRead {
  if (format === "csv") {
    if (!existsSync(path) || !statSync(path).isDirectory()) {
      throw badInput(`${display}: expected a folder holding sources.csv, entities.csv and relations.csv`);
    }
    const file = (name: string) =>
      existsSync(join(path, name)) ? readFileSync(join(path, name), "utf8") : null;
    return readCsvFiles(
      {
        "sources.csv": file("sources.csv"),
        "entities.csv": file("entities.csv"),
        "relations.csv": file("relations.csv"),
      },
      `${join(display, "/")}`,
    );
  }
  const text = readText(path, display);
  if (format === "gexf") return readGexf(text, display);
  if (format === "graphml") return readGraphml(text, display);
  return readGraphologyJson(text, display);
}
