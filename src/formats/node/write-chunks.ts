import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { batchChunks } from "../chunked-text.js";

/** A temporary path beside `path`, for writing before an atomic rename. */
export function temporaryPathFor(path: string): string {
  return `${path}.partial-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Writes pieces of text to a file descriptor in UTF-8, in 64 KiB batches; returns the bytes written. */
function writeAll(fd: number, chunks: Iterable<string>): number {
  let bytes = 0;
  for (const batch of batchChunks(chunks)) {
    const buffer = Buffer.from(batch, "utf8");
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(fd, buffer, offset);
    bytes += buffer.length;
  }
  return bytes;
}

/**
 * Writes pieces of text to `path` atomically: into a temporary file beside it, renamed over
 * `path` only once complete, so a failure never leaves a half-written file. Returns the bytes written.
 */
export function writeChunksToFile(path: string, chunks: Iterable<string>): number {
  const temporary = temporaryPathFor(path);
  const fd = openSync(temporary, "w");
  try {
    const bytes = writeAll(fd, chunks);
    closeSync(fd);
    renameSync(temporary, path);
    return bytes;
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes several files atomically as a set: each into a temporary file first, and all renamed
 * into place only once every one is complete. Returns the bytes written per path.
 */
export function writeFilesAtomically(files: readonly { path: string; chunks: Iterable<string> }[]): number[] {
  const written: { temporary: string; path: string; bytes: number }[] = [];
  try {
    for (const f of files) {
      const temporary = temporaryPathFor(f.path);
      written.push({ temporary, path: f.path, bytes: 0 });
      const fd = openSync(temporary, "w");
      try {
        written[written.length - 1]!.bytes = writeAll(fd, f.chunks);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    for (const w of written) rmSync(w.temporary, { force: true });
    throw error;
  }
  for (const w of written) renameSync(w.temporary, w.path);
  return written.map((w) => w.bytes);
}
