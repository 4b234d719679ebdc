import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { MAX_DATA_FILE_BYTES, readRegularFile } from "../../data/read-regular-file.js";
import { decodeUtf8, invalidUtf8Message } from "../../data/utf8.js";
import { badInput } from "../../faultline-error.js";
import { readCsvFiles } from "../csv-import.js";
import type { ImportFormat } from "../format-names.js";
import { readGexf } from "../gexf-import.js";
import { readGraphml } from "../graphml-import.js";
import { readGraphologyJson } from "../graphology-json-import.js";
import type { ImportRead } from "../import-result.js";

/**
 * The text of an import file: a regular file of bounded size (a FIFO or a device is refused
 * without blocking) holding valid UTF-8 — bytes that are not are refused at their line rather
 * than turned into U+FFFD. Null when `optional` and the file does not exist.
 */
function readText(path: string, display: string, optional = false): string | null {
  if (!existsSync(path)) {
    if (optional) return null;
    throw badInput(`${display}: no such file`);
  }
  const read = readRegularFile(path, MAX_DATA_FILE_BYTES);
  if (!read.ok) throw badInput(`${display}: ${read.reason}`);
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) {
    throw badInput(
      `${display}:${decoded.line}: column ${decoded.column}: ${invalidUtf8Message(read.bytes, decoded.byte)}; nothing imported`,
    );
  }
  return decoded.text;
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
    const file = (name: string) => readText(join(path, name), join(display, name), true);
    return readCsvFiles(
      {
        "sources.csv": file("sources.csv"),
        "entities.csv": file("entities.csv"),
        "relations.csv": file("relations.csv"),
      },
      `${join(display, "/")}`,
    );
  }
  const text = readText(path, display)!;
  if (format === "gexf") return readGexf(text, display);
  if (format === "graphml") return readGraphml(text, display);
  return readGraphologyJson(text, display);
}
