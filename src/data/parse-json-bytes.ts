import { strictJsonDoubt } from "./json-doubts.js";
import type { Problem } from "./problem.js";
import type { JsonTextProblem } from "./strict-json.js";
import { parseStrictJson } from "./strict-json.js";
import { decodeUtf8, invalidUtf8Message } from "./utf8.js";

/** The parsed content of a JSON file, or every problem that stopped it being read. */
export type JsonRead = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/**
 * Parses a JSON file's bytes strictly: valid UTF-8 without a BOM, strict JSON without repeated
 * keys, NaN or Infinity; every problem carries its line and column. JSON.parse builds the value;
 * only a text it refuses, or one a byte scan doubts (json-doubts.ts: a repeated key, deep
 * nesting, a number too large), goes through the strict reader, which finds and places every
 * problem. Browser-safe: the CLI reads the bytes from disk (read-json-file.ts), the page from
 * the files a user opens.
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
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch {
    return strictRead(decoded.text, displayName);
  }
  return strictJsonDoubt(bytes) === null ? { ok: true, value } : strictRead(decoded.text, displayName);
}

/** Reads a text with the strict reader, the value or every problem it found placed in the file. */
function strictRead(text: string, displayName: string): JsonRead {
  const parsed = parseStrictJson(text);
  if (parsed.ok) return { ok: true, value: parsed.value };
  return { ok: false, problems: parsed.problems.map((p) => placed(p, displayName)) };
}

/** A problem of the JSON text as a data problem of the file: a syntax error at `$`, a repeated key at its path. */
function placed(p: JsonTextProblem, displayName: string): Problem {
  return p.fatal
    ? {
        file: displayName,
        path: "$",
        message: `invalid JSON (line ${p.line}, column ${p.column}): ${p.message}${p.path === null ? "" : ` (in ${p.path})`}`,
      }
    : { file: displayName, path: p.path ?? "$", message: `line ${p.line}, column ${p.column}: ${p.message}` };
}
