/**
 * JSON that gives back exactly what was written, or refuses: ±Infinity and -0 (which JSON.stringify
 * would turn into null and 0) are written as number literals JSON.parse reads back (1e999, -1e999,
 * -0); NaN, undefined array slots, Maps, Sets, Dates, class instances, functions and bigints throw.
 * An `undefined` property is left out, as JSON does: absent and undefined read the same.
 */

const POSITIVE_INFINITY = "\u0000faultline:+Infinity\u0000";
const NEGATIVE_INFINITY = "\u0000faultline:-Infinity\u0000";
const NEGATIVE_ZERO = "\u0000faultline:-0\u0000";
const PLACEHOLDERS: ReadonlyMap<string, string> = new Map([
  [JSON.stringify(POSITIVE_INFINITY), "1e999"],
  [JSON.stringify(NEGATIVE_INFINITY), "-1e999"],
  [JSON.stringify(NEGATIVE_ZERO), "-0"],
]);
const PLACEHOLDER_PATTERN = new RegExp(
  [...PLACEHOLDERS.keys()].map((p) => p.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")).join("|"),
  "g",
);

/** Thrown when a value cannot be written as JSON without changing it. */
export class LossyValueError extends Error {
  constructor(key: string, what: string) {
    super(`cannot store ${what} at key "${key}" as JSON without changing it`);
    this.name = "LossyValueError";
  }
}

function isPlaceholder(text: string): boolean {
  return text === POSITIVE_INFINITY || text === NEGATIVE_INFINITY || text === NEGATIVE_ZERO;
}

/**
 * True when plain JSON.stringify gives `value` back exactly: only strings, booleans, null, finite
 * numbers other than -0, arrays without holes or undefined, and objects of Object's (or no)
 * prototype without a toJSON. Anything else goes through the checking path below (which writes
 * -0 and ±Infinity, or refuses). A walk in JavaScript costs far less than a replacer called for
 * every value.
 */
function isPlainJson(value: unknown): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object": {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!isPlainJson(value[i])) return false;
        return true;
      }
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return false;
      const record = value as Record<string, unknown>;
      if (typeof record.toJSON === "function") return false;
      // Own enumerable string keys, as JSON.stringify writes them.
      const values = Object.values(record);
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        // An undefined property is left out by JSON.stringify, as absent: it reads back the same.
        if (v !== undefined && !isPlainJson(v)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** Writes a value as JSON that `JSON.parse` reads back deep-equal, or throws a LossyValueError. */
export function toLosslessJson(value: unknown): string {
  if (isPlainJson(value)) return JSON.stringify(value);
  let special = false;
  const text = JSON.stringify(value, function (this: unknown, key: string, v: unknown): unknown {
    // The value before any toJSON (a Date arrives here as a string): only plain data passes.
    const raw: unknown = (this as Record<string, unknown>)[key];
    if (!Object.is(raw, v)) throw new LossyValueError(key, "a value with its own toJSON");
    switch (typeof v) {
      case "string":
        if (isPlaceholder(v)) throw new LossyValueError(key, "a reserved string");
        return v;
      case "number":
        if (Number.isFinite(v)) {
          if (!Object.is(v, -0)) return v;
          special = true;
          return NEGATIVE_ZERO;
        }
        if (Number.isNaN(v)) throw new LossyValueError(key, "NaN");
        special = true;
        return v > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
      case "boolean":
        return v;
      case "undefined":
        if (Array.isArray(this)) throw new LossyValueError(key, "undefined in an array");
        return v;
      case "object": {
        if (v === null || Array.isArray(v)) return v;
        const prototype: unknown = Object.getPrototypeOf(v);
        if (prototype !== Object.prototype && prototype !== null)
          throw new LossyValueError(key, `a ${(v as object).constructor?.name ?? "class"} object`);
        for (const k of Object.keys(v)) if (isPlaceholder(k)) throw new LossyValueError(k, "a reserved key");
        return v;
      }
      default:
        throw new LossyValueError(key, `a ${typeof v}`);
    }
  });
  if (text === undefined) throw new LossyValueError("", "undefined");
  return special ? text.replace(PLACEHOLDER_PATTERN, (p) => PLACEHOLDERS.get(p)!) : text;
}
