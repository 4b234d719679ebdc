import { createReadStream } from "node:fs";

/** One CSV record: its fields and the line of the file it starts on (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/** The file is not CSV at all (binary, unterminated quote): one clear reason. */
export class CsvFormatError extends Error {}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Reads a CSV file record by record (see readCsvBatches). */
export async function* readCsvRecords(path: string): AsyncGenerator<CsvRecord> {
  for await (const batch of readCsvBatches(path)) yield* batch;
}

/**
 * Reads an RFC 4180 CSV file (quoted fields may hold commas, doubled quotes and line breaks) in
 * batches of the records each 1 MiB chunk completes, holding one chunk's records in memory at a
 * time. Blank lines are skipped.
 */
export async function* readCsvBatches(path: string): AsyncGenerator<CsvRecord[]> {
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let pendingCr = false;
  let first = true;
  let fieldStarted = false;
  for await (const piece of stream as AsyncIterable<string>) {
    let chunk = piece;
    if (first) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      if (chunk.includes("\u0000"))
        throw new CsvFormatError("it holds binary data (NUL bytes), not CSV text");
    }
    const records: CsvRecord[] = [];
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (pendingCr) {
        pendingCr = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      if (inQuotes) {
        const next = chunk.indexOf('"', i);
        if (next === -1) {
          const part = chunk.slice(i);
          line += countLineBreaks(part);
          field += part;
          break;
        }
        const part = chunk.slice(i, next);
        line += countLineBreaks(part);
        field += part;
        i = next + 1;
        inQuotes = false;
        afterQuote = true;
        continue;
      }
      if (c === QUOTE) {
        if (afterQuote) field += '"';
        inQuotes = true;
        afterQuote = false;
        fieldStarted = true;
        i++;
        continue;
      }
      afterQuote = false;
      if (c === COMMA) {
        fields.push(field);
        field = "";
        fieldStarted = true;
        i++;
        continue;
      }
      if (c === LF || c === CR) {
        if (fieldStarted || field !== "" || fields.length > 0) {
          fields.push(field);
          records.push({ line: recordLine, fields });
        }
        fields = [];
        field = "";
        fieldStarted = false;
        line++;
        recordLine = line;
        if (c === CR) pendingCr = true;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n) {
        const d = chunk.charCodeAt(j);
        if (d === COMMA || d === LF || d === CR || d === QUOTE) break;
        j++;
      }
      field += chunk.slice(i, j);
      fieldStarted = true;
      i = j;
    }
    if (records.length > 0) yield records;
  }
  if (inQuotes) throw new CsvFormatError(`a quoted field opened on line ${recordLine} is never closed`);
  if (fieldStarted || field !== "" || fields.length > 0) {
    fields.push(field);
    yield [{ line: recordLine, fields }];
  }
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let k = text.indexOf("\n"); k !== -1; k = text.indexOf("\n", k + 1)) count++;
  return count;
}
