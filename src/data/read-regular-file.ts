import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** The bytes of a file, or why it was not read (as a short phrase: "is a FIFO, not a regular file"). */
export type RegularFileRead = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** Largest graph-data or import file read (512 MiB, about the longest string JavaScript can hold). */
export const MAX_DATA_FILE_BYTES = 512 * 1024 * 1024;

function kindOf(stats: import("node:fs").Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}

/**
 * Reads a file only when it is a regular file of at most `maxBytes`: a FIFO, a device or a folder
 * is refused without blocking (the file is opened non-blocking and checked before any read), and
 * a file growing past the limit while read is refused too. With `noFollow`, a symbolic link is
 * refused instead of followed. File-system errors (ENOENT, EACCES…) are thrown as they are.
 */
export function readRegularFile(
  path: string,
  maxBytes: number,
  options: { readonly noFollow?: boolean } = {},
): RegularFileRead {
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? constants.O_NOFOLLOW : 0);
  let fd: number;
  try {
    fd = openSync(path, flags);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOOP" && options.noFollow)
      return { ok: false, reason: "is a symbolic link: links are not followed" };
    throw error;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: `is ${kindOf(stats)}, not a regular file` };
    if (stats.size > maxBytes)
      return {
        ok: false,
        reason: `is ${stats.size.toLocaleString("en")} bytes, over the limit of ${maxBytes.toLocaleString("en")}`,
      };
    let buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) {
          return {
            ok: false,
            reason: `grew past the limit of ${maxBytes.toLocaleString("en")} bytes while read`,
          };
        }
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}
