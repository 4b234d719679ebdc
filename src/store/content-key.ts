import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { codeFingerprint } from "./code-fingerprint.js";

/** Every file under `dir`, recursively, sorted; none when `dir` is missing or null. */
function filesUnder(dir: string | null): string[] {
  if (dir === null) return [];
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
  } catch {
    return [];
  }
}

/**
 * The key a store of a graph-data folder is valid under: a SHA-256 of the content of every file
 * in the folder (with its path inside it), of every file of the corpus that paragraph numbers are
 * checked against (or that there was none), and of the code that validates and derives the
 * dataset. Any changed byte, added or removed file, other corpus or other code gives another key.
 */
export function storeKey(dataDir: string, corpusDir: string | null): string {
  return storeKeyOf(dataDir, corpusDir).key;
}

/** The store key of a folder, with the regular files of the folder it covers ("/"-separated paths inside it). */
export function storeKeyOf(
  dataDir: string,
  corpusDir: string | null,
): { readonly key: string; readonly dataFiles: readonly string[] } {
  const hash = createHash("sha256").update(`code ${codeFingerprint()}\n`);
  const add = (label: string, root: string, files: readonly string[]) => {
    for (const file of files) {
      const content = readFileSync(file);
      hash.update(`${label} ${relative(root, file)}\0${content.length}\0`).update(content);
    }
  };
  const dataFiles = filesUnder(dataDir);
  add("data", dataDir, dataFiles);
  hash.update(corpusDir === null ? "no corpus\n" : "corpus\n");
  if (corpusDir !== null) add("corpus", corpusDir, filesUnder(corpusDir));
  return {
    key: hash.digest("hex"),
    dataFiles: dataFiles.map((f) => relative(dataDir, f).split(sep).join("/")),
  };
}
