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
  pending: string[];
  pendingChars: number;
}

const FLUSH_CHARS = 1 << 18;

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
      file = {
        fd,
        count: 0,
        pending: [`{"$schema":${JSON.stringify(this.schemaRef)},"relations":[\n`],
        pendingChars: 0,
      };
      this.files.set(key, file);
    }
    const piece = file.count === 0 ? json : `,\n${json}`;
    file.pending.push(piece);
    file.pendingChars += piece.length;
    file.count++;
    if (file.pendingChars >= FLUSH_CHARS) this.flush(file);
  }

  private flush(file: OpenFile): void {
    if (file.pending.length === 0) return;
    writeSync(file.fd, file.pending.join(""));
    file.pending = [];
    file.pendingChars = 0;
  }

  /** Closes every file; returns the file names written and how many relations each holds. */
  close(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [key, file] of this.files) {
      file.pending.push("\n]}\n");
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
