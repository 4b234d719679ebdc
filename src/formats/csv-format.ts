/**
 * CSV as RFC 4180 has it: comma-separated, CRLF row ends, a field quoted (with `""` for a quote)
 * when it holds a comma, quote, CR or LF. UTF-8 without a byte-order mark, so the first column
 * is named `id` for every reader (Gephi, pandas, Python's csv); LF-only files and a leading BOM
 * are accepted on reading.
 */

import { neutraliseFormula } from "./csv-formula.js";

const NEEDS_QUOTES = /[",\r\n]/;
const FIELD_END = /[,\r\n]/g;

/** One field as written. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One row as written, with its CRLF end; a cell a spreadsheet would run as a formula is neutralised (csv-formula.ts). */
export function csvRow(fields: readonly string[]): string {
  return `${fields.map((f) => csvField(neutraliseFormula(f))).join(",")}\r\n`;
}

/** A parsed row: its cells and the line it starts on (1-based). */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** The rows of a CSV text (blank lines skipped), or where and why it cannot be read. */
export type CsvParse = { ok: true; rows: CsvRow[] } | { ok: false; line: number; message: string };

/** Parses CSV text; never throws. Quoted fields keep their line breaks exactly. */
export function parseCsv(input: string): CsvParse {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let line = 1;
  let pos = 0;
  while (pos < text.length) {
    const rowLine = line;
    const cells: string[] = [];
    for (;;) {
      let cell = "";
      if (text[pos] === '"') {
        const openLine = line;
        pos++;
        for (;;) {
          const quote = text.indexOf('"', pos);
          if (quote === -1) return { ok: false, line: openLine, message: "a quoted field is never closed" };
          const part = text.slice(pos, quote);
          cell += part;
          for (let i = part.indexOf("\n"); i !== -1; i = part.indexOf("\n", i + 1)) line++;
          pos = quote + 1;
          if (text[pos] === '"') {
            cell += '"';
            pos++;
          } else break;
        }
        const next = text[pos];
        if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
          return { ok: false, line, message: `unexpected ${JSON.stringify(next)} after a quoted field` };
        }
      } else {
        FIELD_END.lastIndex = pos;
        const stop = FIELD_END.exec(text)?.index ?? text.length;
        cell = text.slice(pos, stop);
        if (cell.includes('"')) return { ok: false, line, message: "a quote inside an unquoted field" };
        pos = stop;
      }
      cells.push(cell);
      if (text[pos] === ",") {
        pos++;
        continue;
      }
      if (text[pos] === "\r") pos++;
      if (text[pos] === "\n") pos++;
      line++;
      break;
    }
    if (!(cells.length === 1 && cells[0] === "")) rows.push({ line: rowLine, cells });
  }
  return { ok: true, rows };
}
