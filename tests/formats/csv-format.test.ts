import { describe, expect, it } from "vitest";
import { csvRow, parseCsv } from "../../src/formats/csv-format.js";

describe("CSV", () => {
  it("quotes only fields that need it, doubling quotes, with CRLF row ends", () => {
    expect(csvRow(["plain", "a,b", 'say "hi"', "two\nlines", "cr\r", "", "إدلب 😀"])).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\r",,إدلب 😀\r\n',
    );
  });

  it("reads back what it writes, field for field, line breaks and control characters included", () => {
    const rows = [
      ["id", "text"],
      ["1", 'a,"b"\r\nc\nd\re'],
      ["2", "\u0000\u0001\t"],
      ["3", ""],
    ];
    const parsed = parseCsv(rows.map(csvRow).join(""));
    expect(parsed.ok && parsed.rows.map((r) => r.cells)).toEqual(rows);
    expect(parsed.ok && parsed.rows.map((r) => r.line)).toEqual([1, 2, 5, 6]);
  });

  it("accepts LF-only files, a leading byte-order mark and a missing final newline; skips blank lines", () => {
    const parsed = parseCsv('\uFEFFid,label\n\nx,"y"\nz,w');
    expect(parsed.ok && parsed.rows).toEqual([
      { line: 1, cells: ["id", "label"] },
      { line: 3, cells: ["x", "y"] },
      { line: 4, cells: ["z", "w"] },
    ]);
  });

  it("reports an unclosed quote, text after a closing quote and a stray quote, with the line", () => {
    expect(parseCsv('a\n"b\nc')).toEqual({ ok: false, line: 2, message: "a quoted field is never closed" });
    expect(parseCsv('a\n"b"c')).toEqual({
      ok: false,
      line: 2,
      message: 'unexpected "c" after a quoted field',
    });
    expect(parseCsv('a\nb"c')).toEqual({ ok: false, line: 2, message: "a quote inside an unquoted field" });
  });
});
