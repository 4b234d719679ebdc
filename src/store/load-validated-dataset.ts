import { mkdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { locateCorpus } from "../data/corpus-location.js";
import { displayPath } from "../data/display-path.js";
import { graphDataLayout } from "../data/graph-data-layout.js";
import { graphDataListing } from "../data/graph-data-listing.js";
import type { LoadOptions } from "../data/load-graph-data.js";
import type { Problem } from "../data/problem.js";
import type { ColumnarDataset } from "./columnar-dataset.js";
import { columnarDatasetOf } from "./columnar-dataset.js";
import { storePathFor } from "./cache-directory.js";
import { codeFingerprint } from "./code-fingerprint.js";
import type { KeyedFiles } from "./content-key.js";
import { keyedFiles, storeKeyOf } from "./content-key.js";
import type { StoreStamps } from "./file-stamps.js";
import { readStamps, sameStamps, stampFiles, writeStamps } from "./file-stamps.js";
import { openStoreFile, writeStoreFile } from "./store-file.js";

/** How to load a graph-data folder: through the validated store (default) or always from its files. */
export interface ValidatedLoadOptions extends LoadOptions {
  /** False: validate the files and neither read nor write the store (`--no-cache`). */
  readonly cache?: boolean;
  /** Told the folder's size in bytes before its files are read and validated (no store could answer). */
  readonly onValidate?: (bytes: number) => void;
  /** Environment to find the cache folder in (default: process.env). */
  readonly env?: NodeJS.ProcessEnv;
}

/** A loaded folder: the dataset when valid (else every problem), where it came from, and why the store was not written. */
export interface ValidatedLoad {
  readonly columnar: ColumnarDataset | null;
  readonly problems: readonly Problem[];
  /** The files of the folder the graph-data rule reads, as displayed (what `check` lists). */
  readonly files: readonly string[];
  /** Entries of the folder the rule skips, each with why (what `check` warns of). */
  readonly warnings: readonly Problem[];
  /** "store": opened from a store written for this exact content and code; "files": read and validated. */
  readonly from: "store" | "files";
  /** Why a valid dataset read from files could not be stored (a read-only cache folder, …); null when stored or not asked. */
  readonly storeNote: string | null;
}

/**
 * Loads a graph-data folder, validated. A store written for the same content (every byte of every
 * file), corpus and code is opened instead of validating again; otherwise the files are read and
 * validated as `check` does, and a valid result is stored for next time (atomically; only when no
 * file changed while it was read). A store that is truncated, corrupt or stale is never used.
 * The key is a hash of every byte, but when every file still carries the stamp (size, inode,
 * modification and change times) it had when the key was confirmed, the files are not read again
 * to hash them (file-stamps.ts; kept beside the store, renewed whenever hashing confirms the key).
 * The corpus paragraph numbers are checked against is found as `check` finds it (FAULTLINE_CORPUS,
 * else ../shared/corpus beside the repository) unless `corpusDir` says otherwise.
 */
export async function loadValidatedDataset(
  dataDir: string,
  options: ValidatedLoadOptions = {},
): Promise<ValidatedLoad> {
  const corpusDir =
    options.corpusDir === undefined
      ? locateCorpus(undefined, options.env ?? process.env).dir
      : options.corpusDir;
  /** Validates the files (the data files listed when the key was taken, else a walk now, are what onValidate is told of). */
  const fromFiles = async (
    key: string | null,
    path: string | null,
    dataFiles: readonly string[] | null,
  ): Promise<ValidatedLoad> => {
    if (options.onValidate)
      options.onValidate(folderBytes(dataDir, dataFiles ?? keyedFiles(dataDir, null).data));
    // Validation code (zod schemas, every check) is loaded only when the store cannot be used.
    const { loadGraphData } = await import("../data/load-graph-data.js");
    const result = await loadGraphData(dataDir, { ...options, corpusDir });
    const { files, warnings } = result;
    if (!result.dataset)
      return { columnar: null, problems: result.problems, files, warnings, from: "files", storeNote: null };
    let storeNote: string | null = null;
    if (key !== null && path !== null) {
      try {
        const confirmed = hashedKey(dataDir, corpusDir, keyedFiles(dataDir, corpusDir));
        if (confirmed.key !== key) storeNote = "the files changed while they were read";
        else {
          mkdirSync(dirname(path), { recursive: true });
          writeStoreFile(path, key, result.dataset);
          if (confirmed.stamps) writeStamps(path, confirmed.stamps);
        }
      } catch (error) {
        storeNote = (error as Error).message;
      }
    }
    return {
      columnar: columnarDatasetOf(result.dataset),
      problems: [],
      files,
      warnings,
      from: "files",
      storeNote,
    };
  };
  if (options.cache === false) return fromFiles(null, null, null);
  const path = storePathFor(dataDir, options.env);
  const { key, dataFiles, stamps } = storeKeyFor(path, dataDir, corpusDir);
  let columnar: ReturnType<typeof openStoreFile>;
  try {
    columnar = openStoreFile(path, key);
  } catch {
    // Missing, stale, truncated or corrupt: validate the files again and store the result anew.
    return fromFiles(key, path, dataFiles);
  }
  // Confirmed by hashing: keep the stamps the files carried, so the next load need not hash them.
  if (stamps) writeStamps(path, stamps);
  // The files and skipped entries as the rule finds them now (a walk of the folder, shown from the
  // working folder): the key covers every regular file, not an empty folder or a link. A listing
  // with a problem, or whose files are not those the rule reads among the files the key covered,
  // means the folder changed since the key was taken: validate it again.
  const listing = graphDataListing(dataDir, displayPath);
  const keyed = graphDataLayout(dataFiles.map((file) => ({ path: file, type: "file" })));
  const sameFiles = (a: readonly { path: string }[], b: readonly { path: string }[]) =>
    a.length === b.length && a.every((f, i) => f.path === b[i]!.path);
  if (listing.problems.length > 0 || !sameFiles(listing.layout!.files, keyed.files)) {
    columnar.close();
    return fromFiles(key, path, dataFiles);
  }
  return {
    columnar,
    problems: [],
    files: listing.paths,
    warnings: listing.warnings,
    from: "store",
    storeNote: null,
  };
}

/** The key of the files as they are, read and hashed, with the stamps they carried just before. */
function hashedKey(
  dataDir: string,
  corpusDir: string | null,
  files: KeyedFiles,
): { readonly key: string; readonly dataFiles: readonly string[]; readonly stamps: StoreStamps | null } {
  const takenAt = Date.now();
  let stamped: Omit<StoreStamps, "key"> | null = null;
  try {
    stamped = {
      code: codeFingerprint(),
      corpusDir: corpusDir === null ? null : resolve(corpusDir),
      takenAt,
      data: stampFiles(dataDir, files.data),
      corpus: corpusDir === null ? [] : stampFiles(corpusDir, files.corpus),
    };
  } catch {
    // A file vanished between the listing and its stamp: the hash below says what is there.
  }
  const { key, dataFiles } = storeKeyOf(dataDir, corpusDir, files);
  return { key, dataFiles, stamps: stamped && { key, ...stamped } };
}

/**
 * The store key of a folder's content now. When stamps were kept for the store at `path` by this
 * code, for this corpus folder, and every file listed now still carries its stamp (none modified
 * racily close to when the stamps were taken), their key is the key of the files as they are;
 * otherwise every file is read and hashed, and `stamps` are those to keep once the key is confirmed.
 */
function storeKeyFor(
  path: string,
  dataDir: string,
  corpusDir: string | null,
): { readonly key: string; readonly dataFiles: readonly string[]; readonly stamps: StoreStamps | null } {
  const files = keyedFiles(dataDir, corpusDir);
  const kept = readStamps(path);
  if (
    kept &&
    kept.code === codeFingerprint() &&
    kept.corpusDir === (corpusDir === null ? null : resolve(corpusDir))
  ) {
    try {
      if (
        sameStamps(kept.data, stampFiles(dataDir, files.data), kept.takenAt) &&
        sameStamps(kept.corpus, corpusDir === null ? [] : stampFiles(corpusDir, files.corpus), kept.takenAt)
      )
        return { key: kept.key, dataFiles: files.data, stamps: null };
    } catch {
      // A file vanished between the listing and its stamp: hash what is there.
    }
  }
  return hashedKey(dataDir, corpusDir, files);
}

/** The bytes of `files` (paths inside `dir`) as they are now; a file gone since the listing counts 0. */
function folderBytes(dir: string, files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(join(dir, file)).size;
    } catch {
      // Gone since the listing: validation will say what is there.
    }
  }
  return bytes;
}
