/**
 * The CSV parser of the event importers, on text chunks rather than a file: browser-safe, so the
 * page imports a UCDP GED or ACLED file as the CLI does (csv-records.ts reads files with it in Node).
 */
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
/** The UTF-8 byte order mark, as its three bytes read one character each. */
const BOM = "\u00ef\u00bb\u00bf";
/**
 * Records handed out at once: few enough that a batch dies young (a whole 1 MiB chunk's records
 * outlived the young generation and were copied by every scavenge), many enough that the async
 * step per batch costs nothing.
 */
const BATCH_RECORDS = 256;
/** A byte of a multi-byte UTF-8 sequence, read as one latin1 character. */
const HIGH_BYTE = /[\u0080-\u00ff]/;

/** Decodes a field read byte for byte (latin1) back into the UTF-8 text it holds. */
export type Utf8FromLatin1 = (bytes: string) => string;

const utf8Decoder = new TextDecoder("utf-8");

/** The decoder of the browser (and of Node when no faster one is given): the bytes through TextDecoder. */
export function decodeLatin1AsUtf8(bytes: string): string {
  const array = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) array[i] = bytes.charCodeAt(i);
  return utf8Decoder.decode(array);
}

/** How many bytes a latin1 chunk of `latin1Chunks` holds (as the file stream reads 1 MiB at a time). */
const CHUNK_BYTES = 1 << 20;
/** Bytes turned into characters at once (String.fromCharCode takes its bytes as arguments). */
const CHAR_CODE_BATCH = 1 << 13;

/** Bytes as latin1 text (one character a byte), 1 MiB a chunk: what the parser reads in the browser. */
export function* latin1Chunks(bytes: Uint8Array): Generator<string> {
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    const end = Math.min(bytes.length, at + CHUNK_BYTES);
    const parts: string[] = [];
    for (let k = at; k < end; k += CHAR_CODE_BATCH)
      parts.push(String.fromCharCode(...bytes.subarray(k, Math.min(end, k + CHAR_CODE_BATCH))));
    yield parts.join("");
  }
}

/**
 * Which columns a reader wants, decided from the header (the first record): the others are read
 * past and come out as "" (each record keeps its full width). Without it every field is kept.
 */
export type ColumnChoice = (header: readonly string[]) => ReadonlySet<number>;

/**
 * Reads RFC 4180 CSV text (quoted fields may hold commas, doubled quotes and line breaks) in
 * batches of up to BATCH_RECORDS records, from chunks of the file read as latin1 (1 MiB each from
 * a file stream in Node, `latin1Chunks` of a File's bytes in the browser). Blank lines are skipped. The bytes are scanned as latin1 (one character a byte: the
 * delimiters are ASCII, so they are found the same) and only a field holding non-ASCII bytes is
 * decoded as UTF-8: decoding whole chunks as UTF-8 made every field of a chunk with one accented
 * letter a two-byte string, and cost more than the parse itself. With `columns`, the fields of
 * other columns are not even cut out of the text (GED's long article and headline columns).
 */
export async function* parseCsvBatches(
  chunks: AsyncIterable<string> | Iterable<string>,
  columns?: ColumnChoice,
  utf8Text: Utf8FromLatin1 = decodeLatin1AsUtf8,
): AsyncGenerator<CsvRecord[]> {
  let fields: string[] = [];
  let field = "";
  /** Whether the field being read holds a non-ASCII byte (and so must be decoded as UTF-8). */
  let high = false;
  let inQuotes = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let pendingCr = false;
  let first = true;
  let fieldStarted = false;
  /** The columns kept after the header (null: all), and whether the field being read is kept. */
  let kept: boolean[] | null = null;
  let headerRead = false;
  let keep = true;
  const endField = () => {
    fields.push(high ? utf8Text(field) : field);
    field = "";
    high = false;
    keep = kept === null || kept[fields.length] === true;
  };
  let records: CsvRecord[] = [];
  const endRecord = () => {
    endField();
    if (!headerRead) {
      headerRead = true;
      if (columns) {
        const chosen = columns(fields);
        kept = fields.map((_, i) => chosen.has(i));
      }
    }
    records.push({ line: recordLine, fields });
    fields = [];
    keep = kept === null || kept[0] === true;
  };
  for await (const piece of chunks) {
    let chunk = piece;
    if (first) {
      first = false;
      if (chunk.startsWith(BOM)) chunk = chunk.slice(BOM.length);
      if (chunk.includes("\u0000"))
        throw new CsvFormatError("it holds binary data (NUL bytes), not CSV text");
    }
    let i = 0;
    const n = chunk.length;
    const chunkHigh = HIGH_BYTE.test(chunk);
    /** Where the next quote and carriage return of the chunk are (2^32 - 1 when none), looked up once passed. */
    let nextQuote = -1;
    let nextCr = -1;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (pendingCr) {
        pendingCr = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      // A whole line without quotes (or a carriage return before its end) is split at its commas.
      if (headerRead && !inQuotes && !fieldStarted && fields.length === 0) {
        const end = chunk.indexOf("\n", i);
        if (nextQuote < i) nextQuote = chunk.indexOf('"', i) >>> 0;
        if (nextCr < i) nextCr = chunk.indexOf("\r", i) >>> 0;
        const stop = nextCr === end - 1 ? end - 1 : end;
        if (end !== -1 && nextQuote > end && (nextCr >= end || nextCr === stop)) {
          if (stop > i) {
            splitLine(chunk, i, stop, kept, chunkHigh, fields, utf8Text);
            records.push({ line: recordLine, fields });
            fields = [];
          }
          line++;
          recordLine = line;
          i = end + 1;
          if (records.length >= BATCH_RECORDS) {
            yield records;
            records = [];
          }
          continue;
        }
      }
      if (inQuotes) {
        const next = chunk.indexOf('"', i);
        const part = next === -1 ? chunk.slice(i) : chunk.slice(i, next);
        line += countLineBreaks(part);
        if (keep) {
          if (!high && HIGH_BYTE.test(part)) high = true;
          field += part;
        }
        if (next === -1) break;
        i = next + 1;
        inQuotes = false;
        afterQuote = true;
        continue;
      }
      if (c === QUOTE) {
        if (afterQuote && keep) field += '"';
        inQuotes = true;
        afterQuote = false;
        fieldStarted = true;
        i++;
        continue;
      }
      afterQuote = false;
      if (c === COMMA) {
        endField();
        fieldStarted = true;
        i++;
        continue;
      }
      if (c === LF || c === CR) {
        if (fieldStarted || field !== "" || fields.length > 0) endRecord();
        field = "";
        fieldStarted = false;
        line++;
        recordLine = line;
        if (c === CR) pendingCr = true;
        i++;
        if (records.length >= BATCH_RECORDS) {
          yield records;
          records = [];
        }
        continue;
      }
      let j = i;
      while (j < n) {
        const d = chunk.charCodeAt(j);
        if (d === COMMA || d === LF || d === CR || d === QUOTE) break;
        if (d > 127 && keep) high = true;
        j++;
      }
      if (keep) field += chunk.slice(i, j);
      fieldStarted = true;
      i = j;
    }
    if (records.length > 0) yield records;
    records = [];
  }
  if (inQuotes) throw new CsvFormatError(`a quoted field opened on line ${recordLine} is never closed`);
  if (fieldStarted || field !== "" || fields.length > 0) {
    endRecord();
    yield records;
  }
}

/** Cuts the fields of chunk[from, to), a line without quotes, into `fields` ("" for columns not kept). */
function splitLine(
  chunk: string,
  from: number,
  to: number,
  kept: readonly boolean[] | null,
  high: boolean,
  fields: string[],
  utf8Text: Utf8FromLatin1,
): void {
  let start = from;
  for (let column = 0; ; column++) {
    const comma = chunk.indexOf(",", start);
    const end = comma === -1 || comma > to ? to : comma;
    if (kept === null || kept[column] === true) {
      const text = chunk.slice(start, end);
      fields.push(high && HIGH_BYTE.test(text) ? utf8Text(text) : text);
    } else fields.push("");
    if (end === to) return;
    start = end + 1;
  }
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let k = text.indexOf("\n"); k !== -1; k = text.indexOf("\n", k + 1)) count++;
  return count;
}
