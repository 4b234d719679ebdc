import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * What the file system says of a file without reading it: its path inside its folder ("/"-separated),
 * size, inode, and modification and change times in nanoseconds (as decimal text: they exceed 2^53).
 * Writing a file changes its change time, which no user command can set back, so a file whose
 * stamp is unchanged holds the bytes it held when the stamp was taken (as git's index assumes).
 */
export type FileStamp = readonly [path: string, size: number, ino: string, mtimeNs: string, ctimeNs: string];

/** The stamps of the files a store's key covered, taken just before the key was last confirmed by hashing. */
export interface StoreStamps {
  /** The store key the files hashed to. */
  readonly key: string;
  /** The code fingerprint the key was computed with. */
  readonly code: string;
  /** The corpus folder the key covered (absolute), or null for none. */
  readonly corpusDir: string | null;
  /** Wall-clock milliseconds just before the stamps were taken. */
  readonly takenAt: number;
  readonly data: readonly FileStamp[];
  readonly corpus: readonly FileStamp[];
}

/**
 * A file modified this close to the moment its stamp was taken may have been modified again within
 * the same tick of the file system's clock, leaving the same stamp on other bytes ("racily clean" in
 * git): its stamp is not trusted. Two seconds covers coarse clocks (FAT keeps two-second times).
 */
export const RACY_MARGIN_MS = 2000;

/** The stamps of `files` (paths inside `root`, "/"-separated); throws when one cannot be read. */
export function stampFiles(root: string, files: readonly string[]): FileStamp[] {
  return files.map((file) => {
    const s = statSync(join(root, file), { bigint: true });
    return [file, Number(s.size), s.ino.toString(), s.mtimeNs.toString(), s.ctimeNs.toString()];
  });
}

/**
 * True when `current` lists the same files with the same stamps as `recorded`, none of them racy:
 * the files then hold the bytes they held when `recorded` was taken.
 */
export function sameStamps(
  recorded: readonly FileStamp[],
  current: readonly FileStamp[],
  takenAt: number,
): boolean {
  if (recorded.length !== current.length) return false;
  const racyFrom = BigInt(Math.floor(takenAt - RACY_MARGIN_MS)) * 1_000_000n;
  return recorded.every((r, i) => {
    const c = current[i]!;
    return r.every((field, k) => field === c[k]) && BigInt(r[3]) < racyFrom;
  });
}

/** Where the stamps of the store at `storePath` are kept: a small file beside it. */
export function stampsPathFor(storePath: string): string {
  return `${storePath}.stamps`;
}

/** The stamps kept for the store at `storePath`; null when there are none or they cannot be read. */
export function readStamps(storePath: string): StoreStamps | null {
  try {
    const value = JSON.parse(readFileSync(stampsPathFor(storePath), "utf8")) as Partial<StoreStamps>;
    const valid =
      typeof value.key === "string" &&
      typeof value.code === "string" &&
      typeof value.takenAt === "number" &&
      (value.corpusDir === null || typeof value.corpusDir === "string") &&
      Array.isArray(value.data) &&
      Array.isArray(value.corpus);
    return valid ? (value as StoreStamps) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps `stamps` for the store at `storePath`, atomically (a temporary file renamed over the old
 * one), so a reader sees the old stamps or the new, never a mix. Best effort: stamps only spare a
 * hash, so a failure to write them is ignored.
 */
export function writeStamps(storePath: string, stamps: StoreStamps): void {
  const path = stampsPathFor(storePath);
  const temporary = `${path}.partial-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    writeFileSync(temporary, JSON.stringify(stamps));
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
  }
}
