import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { STORE_FORMAT_VERSION } from "./store-file.js";

/**
 * The folders of code whose output a store holds: the model and its schemas, reading and checking
 * graph-data, the time model, the graph's columns and the store itself. A change to any file in
 * them (a new release, a schema change, a new derived field) gives a new fingerprint.
 */
const STORED_CODE = ["model", "data", "time", "graph", "store"] as const;

let fingerprint: string | null = null;

function codeFiles(dir: string): string[] {
  try {
    return (
      readdirSync(dir, { recursive: true, withFileTypes: true })
        // Type declarations (.d.ts) do not run: only the code that does is hashed.
        .filter((e) => e.isFile() && /\.(?:ts|js|mjs)$/.test(e.name) && !e.name.endsWith(".d.ts"))
        .map((e) => join(e.parentPath, e.name))
        .sort()
    );
  } catch {
    return [];
  }
}

/**
 * A hash of the store format and of the code that validates and derives what the store holds
 * (sources or compiled output, whichever is running), so a store written by other code is never read.
 */
export function codeFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const hash = createHash("sha256").update(`faultline store format ${STORE_FORMAT_VERSION}\n`);
  for (const folder of STORED_CODE) {
    for (const file of codeFiles(join(root, folder))) {
      const content = readFileSync(file);
      hash.update(`${relative(root, file)}\0${content.length}\0`).update(content);
    }
  }
  return (fingerprint = hash.digest("hex"));
}
