import { createReadStream } from "node:fs";
import type { ColumnChoice, CsvRecord } from "./csv-parse.js";
import { parseCsvBatches } from "./csv-parse.js";

export type { ColumnChoice, CsvRecord } from "./csv-parse.js";
export { CsvFormatError } from "./csv-parse.js";

/** A field read byte for byte (latin1) back into the UTF-8 text it holds, by Node's decoder. */
function utf8Text(bytes: string): string {
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** Reads a CSV file record by record (see readCsvBatches). */
export async function* readCsvRecords(path: string, columns?: ColumnChoice): AsyncGenerator<CsvRecord> {
  for await (const batch of readCsvBatches(path, columns)) yield* batch;
}

/**
 * Reads an RFC 4180 CSV file in batches of records (parseCsvBatches of csv-parse.ts), 1 MiB at a
 * time, read as latin1 and decoded field by field as UTF-8 by Node's Buffer.
 */
export function readCsvBatches(path: string, columns?: ColumnChoice): AsyncGenerator<CsvRecord[]> {
  const stream = createReadStream(path, { encoding: "latin1", highWaterMark: 1 << 20 });
  return parseCsvBatches(stream as AsyncIterable<string>, columns, utf8Text);
}
