import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { batchChunks } from "../chunked-text.js";
import { releaseTemporary, temporaryPathFor } from "./temporary-paths.js";

export { temporaryPathFor } from "./temporary-paths.js";

/** Lets pending events (a Ctrl-C) run between batches of a long write. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes pieces of text to a file descriptor in UTF-8, in 64 KiB batches, letting signals be
 * handled between batches; returns the bytes written.
 */
async function writeAll(fd: number, chunks: Iterable<string>): Promise<number> {
  let bytes = 0;
  for (const batch of batchChunks(chunks)) {
    const buffer = Buffer.from(batch, "utf8");
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(fd, buffer, offset);
    bytes += buffer.length;
    await turn();
  }
  return bytes;
}

/** Names the file a write error concerns (a failed write(2) such as EFBIG carries no path of its own). */
function withPath(error: unknown, path: string): unknown {
  const e = error as NodeJS.ErrnoException;
  if (error instanceof Error && typeof e.code === "string" && e.path === undefined) e.path = path;
  return error;
}

function removeTemporary(temporary: string): void {
  rmSync(temporary, { force: true });
  releaseTemporary(temporary);
}

/**
 * Writes pieces of text to `path` atomically: into a temporary file beside it, renamed over
 * `path` only once complete, so a failure or a signal never leaves a half-written file (the
 * temporary file is removed; see src/cli/process-guards.ts for signals). Returns the bytes written.
 */
export async function writeChunksToFile(path: string, chunks: Iterable<string>): Promise<number> {
  const temporary = temporaryPathFor(path);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, "w");
    const bytes = await writeAll(fd, chunks);
    closeSync(fd);
    fd = null;
    renameSync(temporary, path);
    releaseTemporary(temporary);
    return bytes;
  } catch (error) {
    if (fd !== null) closeSync(fd);
    removeTemporary(temporary);
    throw withPath(error, temporary);
  }
}

/**
 * Writes several files atomically as a set: each into a temporary file first, and all renamed
 * into place only once every one is complete. Returns the bytes written per path.
 */
export async function writeFilesAtomically(
  files: readonly { path: string; chunks: Iterable<string> }[],
): Promise<number[]> {
  const written: { temporary: string; path: string; bytes: number }[] = [];
  try {
    for (const f of files) {
      const temporary = temporaryPathFor(f.path);
      written.push({ temporary, path: f.path, bytes: 0 });
      const fd = openSync(temporary, "w");
      try {
        written[written.length - 1]!.bytes = await writeAll(fd, f.chunks);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    for (const w of written) removeTemporary(w.temporary);
    throw withPath(error, written.at(-1)?.temporary ?? "");
  }
  for (const w of written) {
    renameSync(w.temporary, w.path);
    releaseTemporary(w.temporary);
  }
  return written.map((w) => w.bytes);
}
