import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { strictJsonDoubt } from "../../src/data/json-doubts.js";
import { parseJsonBytes } from "../../src/data/parse-json-bytes.js";
import { MAX_JSON_DEPTH, parseStrictJson } from "../../src/data/strict-json.js";

const bytes = (text: string) => new TextEncoder().encode(text);

/** JSON texts whose objects may repeat keys (written by hand, as JSON.stringify never repeats one). */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.stringify(v)),
    fc.array(tie("value"), { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
    fc
      .array(
        fc.tuple(
          fc.oneof(fc.constantFrom("id", "kind", "a", "ab", "é", "\u00e9", "k:1", 'q"'), fc.string()),
          tie("value"),
        ),
        { maxLength: 5 },
      )
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(",\n ")}}`),
  ),
})).value;

/** True when some key of the value needs an escape in JSON text. */
function hasEscapedKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasEscapedKey);
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(
    ([k, v]) => JSON.stringify(k).length !== k.length + 2 || hasEscapedKey(v),
  );
}

describe("the byte scan behind the fast JSON read", () => {
  it("never passes a text the strict reader refuses, and passes what it reads the same as JSON.parse", () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const strict = parseStrictJson(text);
        const doubt = strictJsonDoubt(bytes(text));
        if (!strict.ok) expect(doubt).not.toBeNull();
        if (doubt === null) {
          expect(strict.ok).toBe(true);
          if (strict.ok) expect(JSON.parse(text)).toStrictEqual(strict.value);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("passes strict JSON without repeated keys, whatever the strings hold", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(3), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        // Keys written with escapes are left to the strict reader (a byte comparison cannot judge them).
        if (hasEscapedKey(value)) return;
        expect(strictJsonDoubt(bytes(text))).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it("finds a repeated key (also beside colons, quotes and braces inside strings), deep nesting and huge numbers", () => {
    expect(strictJsonDoubt(bytes('{"a": 1, "b": {"a": 2}, "c": [{"a": 3}]}'))).toBeNull();
    expect(strictJsonDoubt(bytes('{"a": 1, "b": {"x": 2, "x": 3}}'))).toBe(
      "a key appears twice in one object",
    );
    expect(strictJsonDoubt(bytes('{"a:": "{\\"a\\": 1}", "a": "}:"}'))).toBeNull();
    expect(strictJsonDoubt(bytes('{"a": "x", "b": [1, {"c": 2}], "a": null}'))).not.toBeNull();
    expect(strictJsonDoubt(bytes('{"\\u0061": 1}'))).toBe("a key is written with escapes");
    const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
    expect(strictJsonDoubt(bytes(deep(MAX_JSON_DEPTH)))).toBeNull();
    expect(strictJsonDoubt(bytes(deep(MAX_JSON_DEPTH + 1)))).toBe(
      `nested deeper than ${MAX_JSON_DEPTH} levels`,
    );
    expect(strictJsonDoubt(bytes('{"n": 1e400}'))).toBe("the number 1e400 is too large to be read");
    expect(strictJsonDoubt(bytes('{"n": [1.5e300, -2E-5, 1e-400]}'))).toBeNull();
    expect(strictJsonDoubt(bytes(`[${"9".repeat(400)}]`))).not.toBeNull();
  });
});

describe("parseJsonBytes", () => {
  /** What the strict reader alone says about a text, placed in the file as the loader always placed it. */
  function strictOnly(text: string) {
    const parsed = parseStrictJson(text);
    if (parsed.ok) return { ok: true, value: parsed.value };
    return {
      ok: false,
      problems: parsed.problems.map((p) =>
        p.fatal
          ? {
              file: "f.json",
              path: "$",
              message: `invalid JSON (line ${p.line}, column ${p.column}): ${p.message}${p.path === null ? "" : ` (in ${p.path})`}`,
            }
          : {
              file: "f.json",
              path: p.path ?? "$",
              message: `line ${p.line}, column ${p.column}: ${p.message}`,
            },
      ),
    };
  }

  it("gives the strict reader's value or problems, on good and broken texts", () => {
    fc.assert(
      fc.property(
        jsonText,
        fc.nat(),
        fc.constantFrom("", ",", "}", "]", "NaN", "\u0001", '"'),
        (text, at, cut) => {
          for (const t of [
            text,
            text.slice(0, at % (text.length + 1)) + cut + text.slice(at % (text.length + 1)),
          ])
            expect(parseJsonBytes(bytes(t), "f.json")).toStrictEqual(strictOnly(t));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("names repeated keys with both places, syntax errors, deep nesting and a byte-order mark as before", () => {
    const cases = [
      '{\n  "relations": [\n    {"id": "a", "id": "b"}\n  ]\n}',
      '{"a": [1, 2,]}',
      `{"a": ${"[".repeat(300)}${"]".repeat(300)}}`,
      '\uFEFF{"a": 1}',
      '{"n": 1e999}',
      "",
    ];
    for (const text of cases) expect(parseJsonBytes(bytes(text), "f.json")).toStrictEqual(strictOnly(text));
    expect(parseJsonBytes(bytes(cases[0]!), "f.json")).toEqual({
      ok: false,
      problems: [
        {
          file: "f.json",
          path: "$.relations[0].id",
          message:
            'line 3, column 17: the key "id" appears twice in one object (first at line 3, column 6): JSON readers keep only one of them',
        },
      ],
    });
  });
});
