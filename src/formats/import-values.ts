/**
 * Reading typed values out of text cells and attributes during an import: each reader returns
 * the value or throws an ImportValueError saying what is wrong, which the import turns into a
 * rejection of the row or element.
 */

import { parseStrictJson } from "../data/strict-json.js";
import { FaultlineError } from "../faultline-error.js";

/** A value an import cannot read (bad input); the message names the field. */
export class ImportValueError extends FaultlineError {
  constructor(message: string) {
    super("bad-input", message);
  }
}

/** A finite number. */
export function readNumber(field: string, text: string): number {
  const value = text.trim() === "" ? NaN : Number(text);
  if (!Number.isFinite(value)) throw new ImportValueError(`${field}: "${text}" is not a number`);
  return value;
}

/** `true` or `false`. */
export function readBoolean(field: string, text: string): boolean {
  if (text === "true") return true;
  if (text === "false") return false;
  throw new ImportValueError(`${field}: "${text}" is neither true nor false`);
}

/** Any JSON value, read strictly (no repeated keys, NaN or Infinity). */
export function readJson(field: string, text: string): unknown {
  const parsed = parseStrictJson(text);
  if (parsed.ok) return parsed.value;
  // A key repeated inside a cell or attribute (e.g. two "status" in one evidence record) is refused, not resolved silently.
  const p = parsed.problems[0]!;
  throw new ImportValueError(
    `${field}: ${p.fatal ? "not valid JSON: " : ""}${p.path === null ? "" : `${p.path}: `}${p.message}`,
  );
}

/** A JSON array of strings, as list values are written (`["a","b"]`). */
export function readStringList(field: string, text: string): string[] {
  const value = readJson(field, text);
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new ImportValueError(`${field}: expected a JSON list of strings such as ["a","b"]`);
  }
  return value;
}

/** A JSON object (not a list, not null). */
export function readObject(field: string, text: string): Record<string, unknown> {
  const value = readJson(field, text);
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new ImportValueError(`${field}: expected a JSON object such as {"place":"…"}`);
  return value as Record<string, unknown>;
}

/** A JSON array of objects. */
export function readObjectList(field: string, text: string): Record<string, unknown>[] {
  const value = readJson(field, text);
  if (
    !Array.isArray(value) ||
    !value.every((v) => v !== null && typeof v === "object" && !Array.isArray(v))
  ) {
    throw new ImportValueError(`${field}: expected a JSON list of objects`);
  }
  return value as Record<string, unknown>[];
}

/** Runs a row's or element's reading; an ImportValueError becomes its message, anything else is rethrown. */
export function attempt<T>(read: () => T): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof ImportValueError) return { ok: false, message: error.message };
    throw error;
  }
}
