import type { Problem } from "./problem.js";
import { parseStrictJson } from "./strict-json.js";
import { decodeUtf8, invalidUtf8Message } from "./utf8.js";

/** The parsed content of a JSON file (with the lines its top-level array items start on), or every problem that stopped it being read. */
export type JsonRead =
  | { ok: true; value: unknown; itemLines: ReadonlyMap<string, readonly number[]> }
  | { ok: false; problems: Problem[] };

/**
 * Parses a JSON file's bytes strictly: valid UTF-8 without a BOM, strict JSON without repeated
 * keys, NaN or Infinity; every problem carries its line and column. Browser-safe: the CLI reads
 * the bytes from disk (read-json-file.ts), the page from the files a user opens.
 */
export function parseJsonBytes(bytes: Uint8Array, displayName: string): JsonRead {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return {
      ok: false,
      problems: [
        {
          file: displayName,
          path: "$",
          message: `line ${decoded.line}, column ${decoded.column}: ${invalidUtf8Message(bytes, decoded.byte)}`,
        },
      ],
    };
  }
  const parsed = parseStrictJson(decoded.text);
  if (parsed.ok) return { ok: true, value: parsed.value, itemLines: parsed.itemLines };
  return {
    ok: false,
    problems: parsed.problems.map((p) =>
      p.fatal
        ? {
            file: displayName,
            path: "$",
            message: `invalid JSON (line ${p.line}, column ${p.column}): ${p.message}${p.path === null ? "" : ` (in ${p.path})`}`,
          }
        : {
            file: displayName,
            path: p.path ?? "$",
            message: `line ${p.line}, column ${p.column}: ${p.message}`,
          },
    ),
  };
}
