import { MAX_DATA_FILE_BYTES, readRegularFile } from "./read-regular-file.js";
import type { JsonRead } from "./parse-json-bytes.js";
import { parseJsonBytes } from "./parse-json-bytes.js";

export type { JsonRead } from "./parse-json-bytes.js";

/** Why a file could not be read, from a file-system error, in words (with the code for searching). */
export function fileErrorReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: "no such file",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EISDIR: "is a folder, expected a file",
    ENOTDIR: "a part of the path is not a folder",
    ELOOP: "too many symbolic links",
    EMFILE: "too many open files",
    ENAMETOOLONG: "the name is too long",
    EIO: "input/output error",
  };
  const reason = e.code ? reasons[e.code] : undefined;
  return reason ? `${reason} (${e.code})` : e.code ? `${e.code}` : String(e.message ?? error);
}

/**
 * Reads and parses one JSON file strictly: only a regular file of bounded size (a FIFO or a
 * device is refused without blocking, a symbolic link is not followed), valid UTF-8 without a BOM,
 * strict JSON without repeated keys, NaN or Infinity. Every problem carries its line and column.
 */
export async function readJsonFile(file: string, displayName: string): Promise<JsonRead> {
  const fail = (message: string, path = "$"): JsonRead => ({
    ok: false,
    problems: [{ file: displayName, path, message }],
  });
  let read;
  try {
    read = readRegularFile(file, MAX_DATA_FILE_BYTES, { noFollow: true });
  } catch (error) {
    return fail(`cannot read: ${fileErrorReason(error)}`);
  }
  if (!read.ok) return fail(`not read: ${read.reason}`);
  return parseJsonBytes(read.bytes, displayName);
}
