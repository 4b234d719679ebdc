import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { codeFingerprint } from "./code-fingerprint.js";

/** Every file under `dir`, recursively, as sorted "/"-separated paths inside it; none when `dir` is missing or null. */
function filesUnder(dir: string | null): string[] {
  if (dir === null) return [];
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((f) => relative(dir, f).split(sep).join("/"));
  } catch {
    return [];
  }
}

/** The files a store key covers: every regular file of the data folder and of the corpus folder (paths inside each). */
export interface KeyedFiles {
  readonly data: readonly string[];
  readonly corpus: readonly string[];
}

/** The regular files of a data folder and a corpus folder that a store key covers, as found now. */
export function keyedFiles(dataDir: string, corpusDir: string | null): KeyedFiles {
  return { data: filesUnder(dataDir), corpus: filesUnder(corpusDir) };
}

/**
 * The key a store of a graph-data folder is valid under: a SHA-256 of the content of every file
 * in the folder (with its path inside it), of every file of the corpus that paragraph numbers are
 * checked against (or that there was none), and of the code that validates and derives the
 * dataset. Any changed byte, added or removed file, other corpus or other code gives another key.
 * Returned with the regular files of the folder it covers ("/"-separated paths inside it).
 */
export function storeKeyOf(
  dataDir: string,
  corpusDir: string | null,
  files: KeyedFiles = keyedFiles(dataDir, corpusDir),
): { readonly key: string; readonly dataFiles: readonly string[] } {
  const hash = createHash("sha256").update(`code ${codeFingerprint()}\n`);
  const add = (label: string, root: string, paths: readonly string[]) => {
    for (const path of paths) {
      const content = readFileSync(join(root, path));
      hash.update(`${label} ${path}\0${content.length}\0`).update(content);
    }
  };
  add("data", dataDir, files.data);
  hash.update(corpusDir === null ? "no corpus\n" : "corpus\n");
  if (corpusDir !== null) add("corpus", resolve(corpusDir), files.corpus);
  return { key: hash.digest("hex"), dataFiles: files.data };
}
