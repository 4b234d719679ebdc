/**
 * A strict JSON reader (RFC 8259) that reports what JSON.parse lets through or hides: a key
 * repeated in one object (JSON.parse keeps the last one silently), a byte-order mark, NaN or
 * Infinity, raw control characters in strings, nesting too deep to be data — each with its line
 * and column (and the JSON path, when it is inside a value). Pure and browser-safe, so the page
 * build and the CLI read graph-data the same way.
 */

/** One thing that keeps a text from being strict JSON, with where it is (1-based line and column). */
export interface JsonTextProblem {
  readonly line: number;
  readonly column: number;
  /** JSON path of the value it concerns, e.g. `$.relations[3].status`, when known. */
  readonly path: string | null;
  readonly message: string;
  /** True for a problem that stopped the read (a syntax error); false for a repeated key, after which reading went on. */
  readonly fatal: boolean;
}

/** The parsed value and where the elements of top-level arrays start, or every problem found. */
export type StrictJsonParse =
  | {
      readonly ok: true;
      readonly value: unknown;
      /** For each top-level key holding an array, the line each element starts on. */
      readonly itemLines: ReadonlyMap<string, readonly number[]>;
    }
  | { readonly ok: false; readonly problems: readonly JsonTextProblem[] };

/** How deep arrays and objects may nest before the text is refused (data never nests this deep). */
export const MAX_JSON_DEPTH = 256;

// Control characters are exactly what JSON forbids raw inside strings, so the patterns name them.
// eslint-disable-next-line no-control-regex
const SIMPLE_STRING = /"[^"\\\u0000-\u001f]*"/y;
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const BARE_WORD = /[A-Za-z_$][\w$]*/y;

class StopParsing extends Error {}

/** Displays a key in a JSON path: `.name` when it is a plain word, `["…"]` (JSON-quoted) otherwise. */
export function pathKey(key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Parses `text` as strict JSON; never throws. Duplicate keys are all reported, a syntax error stops the read. */
export function parseStrictJson(text: string): StrictJsonParse {
  const problems: JsonTextProblem[] = [];
  const path: (string | number)[] = [];
  const itemLines = new Map<string, number[]>();
  let pos = 0;
  let depth = 0;
  // Line counting, advanced lazily to the offsets that need a line.
  let countedTo = 0;
  let countedLine = 1;
  const lineAt = (offset: number): number => {
    if (offset < countedTo) {
      countedTo = 0;
      countedLine = 1;
    }
    for (let i = text.indexOf("\n", countedTo); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
      countedLine++;
    }
    countedTo = offset;
    return countedLine;
  };
  const columnAt = (offset: number) => offset - text.lastIndexOf("\n", offset - 1);
  const pathText = () => `$${path.map((k) => (typeof k === "number" ? `[${k}]` : pathKey(k))).join("")}`;
  const report = (offset: number, message: string, withPath = true, fatal = true) => {
    problems.push({
      fatal,
      line: lineAt(offset),
      column: columnAt(offset),
      path: withPath && path.length > 0 ? pathText() : null,
      message,
    });
  };
  const fail = (offset: number, message: string): never => {
    report(offset, message);
    throw new StopParsing();
  };
  const skipSpace = () => {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(text);
    pos = WHITESPACE.lastIndex;
  };
  const describeHere = (): string => {
    if (pos >= text.length) return "the text ends";
    const char = text[pos]!;
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return `control character ${codePointName(char)}`;
    return `${JSON.stringify(text.slice(pos, pos + 12))}`;
  };

  const readString = (): string => {
    SIMPLE_STRING.lastIndex = pos;
    if (SIMPLE_STRING.test(text)) {
      const value = text.slice(pos + 1, SIMPLE_STRING.lastIndex - 1);
      pos = SIMPLE_STRING.lastIndex;
      return value;
    }
    STRING.lastIndex = pos;
    if (STRING.test(text)) {
      const raw = text.slice(pos, STRING.lastIndex);
      pos = STRING.lastIndex;
      return JSON.parse(raw) as string;
    }
    // Find what is wrong inside the string.
    for (let i = pos + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) {
        fail(
          i,
          `control character ${codePointName(text[i]!)} inside a string: write it escaped (e.g. \\n, \\t, \\u001b)`,
        );
      }
      if (c === 92) {
        const escape = text.slice(i, i + 6);
        if (!/^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(escape)) {
          fail(i, `invalid escape ${JSON.stringify(escape.slice(0, 2))} in a string`);
        }
        i++;
      }
    }
    return fail(pos, "a string is never closed");
  };

  const readValue = (): unknown => {
    skipSpace();
    const start = pos;
    const c = text.charCodeAt(pos);
    if (c === 123) return readObject();
    if (c === 91) return readArray();
    if (c === 34) return readString();
    NUMBER.lastIndex = pos;
    if ((c === 45 || (c >= 48 && c <= 57)) && NUMBER.test(text)) {
      pos = NUMBER.lastIndex;
      const n = Number(text.slice(start, pos));
      if (!Number.isFinite(n)) fail(start, `number ${text.slice(start, pos)} is too large to be read`);
      return n;
    }
    BARE_WORD.lastIndex = pos + (c === 45 || c === 43 ? 1 : 0);
    const word = BARE_WORD.exec(text)?.[0];
    if (word === "true" || word === "false" || word === "null") {
      if (c === 45 || c === 43) fail(start, `"${text[start]}" before ${word}`);
      pos = BARE_WORD.lastIndex;
      return word === "true" ? true : word === "false" ? false : null;
    }
    if (word === "NaN" || word === "Infinity") {
      fail(start, `${text.slice(start, BARE_WORD.lastIndex)} is not a JSON number: write a number or null`);
    }
    if (word === "undefined") fail(start, "undefined is not JSON: leave the key out or write null");
    if (c === 39) fail(start, "strings take double quotes in JSON, not single quotes");
    return fail(start, `expected a value, found ${describeHere()}`);
  };

  const enter = (offset: number) => {
    depth++;
    if (depth > MAX_JSON_DEPTH) {
      report(offset, `nested deeper than ${MAX_JSON_DEPTH} levels`, false);
      throw new StopParsing();
    }
  };

  const readArray = (): unknown[] => {
    enter(pos);
    const open = pos;
    pos++;
    const items: unknown[] = [];
    const lines = depth === 2 && path.length === 1 ? itemLines.get(String(path[0])) : undefined;
    skipSpace();
    if (text.charCodeAt(pos) === 93) {
      pos++;
      depth--;
      return items;
    }
    for (;;) {
      path.push(items.length);
      skipSpace();
      if (lines) lines.push(lineAt(pos));
      items.push(readValue());
      path.pop();
      skipSpace();
      const c = text.charCodeAt(pos);
      if (c === 44) {
        pos++;
        skipSpace();
        if (text.charCodeAt(pos) === 93) fail(pos - 1, "a comma before the closing ] (trailing comma)");
        continue;
      }
      if (c === 93) {
        pos++;
        depth--;
        return items;
      }
      if (pos >= text.length) fail(open, `the array opened here is never closed`);
      fail(pos, `expected "," or "]" after an array element, found ${describeHere()}`);
    }
  };

  const readObject = (): Record<string, unknown> => {
    enter(pos);
    const open = pos;
    pos++;
    const object: Record<string, unknown> = {};
    const firstAt = new Map<string, number>();
    skipSpace();
    if (text.charCodeAt(pos) === 125) {
      pos++;
      depth--;
      return object;
    }
    for (;;) {
      skipSpace();
      const keyAt = pos;
      if (text.charCodeAt(pos) !== 34) {
        if (pos >= text.length) fail(open, "the object opened here is never closed");
        BARE_WORD.lastIndex = pos;
        if (BARE_WORD.test(text)) fail(pos, "keys take double quotes in JSON");
        fail(pos, `expected a key in double quotes, found ${describeHere()}`);
      }
      const key = readString();
      skipSpace();
      if (text.charCodeAt(pos) !== 58) fail(pos, `expected ":" after the key ${JSON.stringify(key)}`);
      pos++;
      const earlier = firstAt.get(key);
      path.push(key);
      if (earlier !== undefined) {
        report(
          keyAt,
          `the key ${JSON.stringify(key)} appears twice in one object (first at line ${lineAt(earlier)}, column ${columnAt(earlier)}): JSON readers keep only one of them`,
          true,
          false,
        );
      } else firstAt.set(key, keyAt);
      if (depth === 1) {
        skipSpace();
        if (text.charCodeAt(pos) === 91 && earlier === undefined) itemLines.set(key, []);
      }
      const value = readValue();
      path.pop();
      if (earlier === undefined) {
        if (key === "__proto__")
          Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
        else object[key] = value;
      }
      skipSpace();
      const c = text.charCodeAt(pos);
      if (c === 44) {
        pos++;
        skipSpace();
        if (text.charCodeAt(pos) === 125) fail(pos - 1, "a comma before the closing } (trailing comma)");
        continue;
      }
      if (c === 125) {
        pos++;
        depth--;
        return object;
      }
      if (pos >= text.length) fail(open, "the object opened here is never closed");
      fail(pos, `expected "," or "}" after a value, found ${describeHere()}`);
    }
  };

  try {
    if (text.charCodeAt(0) === 0xfeff) {
      report(0, "the file starts with a byte-order mark (U+FEFF): save it as UTF-8 without a BOM", false);
      throw new StopParsing();
    }
    skipSpace();
    if (pos >= text.length) fail(pos, "the text is empty: expected a JSON value");
    const value = readValue();
    skipSpace();
    if (pos < text.length) fail(pos, `unexpected ${describeHere()} after the end of the JSON value`);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, value, itemLines };
  } catch (error) {
    if (error instanceof StopParsing) return { ok: false, problems };
    throw error;
  }
}

/** Formats a problem of a JSON text as `line L, column C: [path: ]message`. */
export function formatJsonTextProblem(p: JsonTextProblem): string {
  return `line ${p.line}, column ${p.column}: ${p.path === null ? "" : `${p.path}: `}${p.message}`;
}
