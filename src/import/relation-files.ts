import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";

/** Which file of a dataset's folder a relation goes to: its month (`2017-06`), or its year when that is all the date says. */
export function relationFileKey(date: string | undefined): string {
  if (date === undefined) return "undated";
  return /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : date.slice(0, 4);
}

interface OpenFile {
  readonly fd: number;
  count: number;
  /** Bytes encoded and not yet written; `used` of them hold data. */
  readonly buffer: Buffer;
  used: number;
}

/** The bytes each open file buffers before it is written. */
const BUFFER_BYTES = 1 << 18;
const COMMA = 0x2c;
const LF = 0x0a;

/** Whether a file name is one of a dataset's relation files (`ucdp-ged-2017-06.json`). */
export function isDatasetRelationFile(name: string, format: string): boolean {
  return (
    name.startsWith(`${format}-`) && /^(\d{4}(-\d{2})?|undated)\.json$/.test(name.slice(format.length + 1))
  );
}

/**
 * Writes relations to `relations/FORMAT-KEY.json` files as they come, one compact JSON object per
 * line, holding only a small buffer per file: a folder of 10^6 relations is written in bounded memory.
 */
export class RelationFileWriter {
  private readonly files = new Map<string, OpenFile>();

  constructor(
    private readonly dir: string,
    private readonly prefix: string,
    private readonly schemaRef: string,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** Adds one relation, already serialised, to the file of `key`. */
  write(key: string, json: string): void {
    let file = this.files.get(key);
    if (!file) {
      const fd = openSync(join(this.dir, `${this.prefix}-${key}.json`), "w");
      file = { fd, count: 0, buffer: Buffer.allocUnsafe(BUFFER_BYTES), used: 0 };
      this.files.set(key, file);
      this.append(file, `{"$schema":${JSON.stringify(this.schemaRef)},"relations":[\n`);
    }
    if (file.count > 0) {
      if (file.used + 2 > BUFFER_BYTES) this.flush(file);
      file.buffer[file.used++] = COMMA;
      file.buffer[file.used++] = LF;
    }
    this.append(file, json);
    file.count++;
  }

  /**
   * Encodes text straight into the file's buffer (UTF-8 is at most 3 bytes a UTF-16 unit), writing
   * the buffer out when it could not hold it: no joined string, no intermediate copy.
   */
  private append(file: OpenFile, text: string): void {
    if (file.used + text.length * 3 > BUFFER_BYTES) {
      this.flush(file);
      if (text.length * 3 > BUFFER_BYTES) {
        writeSync(file.fd, text);
        return;
      }
    }
    file.used += file.buffer.write(text, file.used);
  }

  private flush(file: OpenFile): void {
    let at = 0;
    while (at < file.used) at += writeSync(file.fd, file.buffer, at, file.used - at);
    file.used = 0;
  }

  /** Closes every file; returns the file names written and how many relations each holds. */
  close(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [key, file] of this.files) {
      this.append(file, "\n]}\n");
      this.flush(file);
      closeSync(file.fd);
      counts.set(`${this.prefix}-${key}.json`, file.count);
    }
    this.files.clear();
    return counts;
  }

  /** Closes every file without finishing them (the folder they are in is being thrown away). */
  abandon(): void {
    for (const file of this.files.values()) closeSync(file.fd);
    this.files.clear();
  }
}
