import type { CsvRow } from "./csv-format.js";
import { parseCsv } from "./csv-format.js";
import { restoreFormula } from "./csv-formula.js";
import { ENTITY_COLUMNS, RELATION_COLUMNS, SOURCE_COLUMNS } from "./csv-tables.js";
import type { FieldGetter } from "./flat-records.js";
import { entityFromFields, relationFromFields, sourceFromFields } from "./flat-records.js";
import type { ImportedItem, ImportRead } from "./import-result.js";
import { emptyImportRead } from "./import-result.js";
import { attempt } from "./import-values.js";

/** The three files of a CSV export, by name, as text; null when a file is missing. */
export interface CsvFiles {
  readonly "sources.csv": string | null;
  readonly "entities.csv": string | null;
  readonly "relations.csv": string | null;
}

/** Columns an import cannot do without, by file. */
const REQUIRED = {
  "sources.csv": ["id", "kind", "outlet", "title", "published", "language"],
  "entities.csv": ["id", "label", "kind"],
  "relations.csv": ["id", "source", "kind", "target", "status", "evidence"],
} as const;

const READ_BY = {
  "sources.csv": { key: "sources", columns: SOURCE_COLUMNS, read: sourceFromFields },
  "entities.csv": { key: "entities", columns: ENTITY_COLUMNS, read: entityFromFields },
  "relations.csv": { key: "relations", columns: RELATION_COLUMNS, read: relationFromFields },
} as const;

/**
 * Reads the CSV files of `faultline export csv` back into graph-data items, by column name (any
 * order; derived columns ignored, unknown columns refused; an empty cell is an absent value; the
 * apostrophe the export puts before a cell a spreadsheet would run as a formula taken off). Every row that
 * cannot be read is a rejection at its line. `prefix` is put before file names in messages
 * (e.g. the folder). Pure and browser-safe.
 */
export function readCsvFiles(files: CsvFiles, prefix = ""): ImportRead {
  const read = emptyImportRead();
  for (const name of ["sources.csv", "entities.csv", "relations.csv"] as const) {
    const file = `${prefix}${name}`;
    const reject = (line: number | null, message: string) => read.rejections.push({ file, line, message });
    const text = files[name];
    const unread = () => {
      if (name !== "relations.csv") read.unread.add(READ_BY[name].key as "sources" | "entities");
    };
    if (text === null) {
      reject(null, "missing");
      unread();
      continue;
    }
    const parsed = parseCsv(text);
    if (!parsed.ok) {
      reject(parsed.line, `not valid CSV: ${parsed.message}`);
      unread();
      continue;
    }
    const [header, ...rows] = parsed.rows;
    if (!header) {
      reject(1, "empty: expected a header row");
      unread();
      continue;
    }
    const seen = new Set<string>();
    const duplicate = header.cells.find((c) => (seen.has(c) ? true : (seen.add(c), false)));
    const missing = REQUIRED[name].filter((c) => !header.cells.includes(c));
    const known: readonly string[] = READ_BY[name].columns;
    // A misspelt column ("aliasses") would drop every value under it silently: refuse it.
    const unknown = header.cells.filter((c) => !known.includes(c));
    if (duplicate !== undefined || missing.length > 0 || unknown.length > 0) {
      reject(
        header.line,
        duplicate !== undefined
          ? `column "${duplicate}" appears twice`
          : [
              ...(missing.length > 0 ? [`missing column(s) ${missing.join(", ")}`] : []),
              ...(unknown.length > 0
                ? [`unknown column(s) ${unknown.map((c) => JSON.stringify(c)).join(", ")}`]
                : []),
            ].join("; ") + ` (expected ${known.join(",")})`,
      );
      read.elements += rows.length;
      unread();
      continue;
    }
    if (rows.length === 0) {
      reject(header.line, "a header and no rows: nothing to import from this file");
      unread();
      continue;
    }
    const items: ImportedItem[] = read[READ_BY[name].key];
    for (const row of rows) {
      read.elements++;
      const item = readRow(row, header.cells, READ_BY[name].read);
      if (item.ok) items.push({ value: item.value, origin: { file, line: row.line } });
      else {
        reject(row.line, item.message);
        const id = row.cells[header.cells.indexOf("id")];
        if (id && name !== "relations.csv")
          read.rejectedIds.add(`${name === "sources.csv" ? "source" : "entity"}:${id}`);
      }
    }
  }
  return read;
}

function readRow(
  row: CsvRow,
  header: readonly string[],
  read: (get: FieldGetter) => Record<string, unknown>,
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  if (row.cells.length !== header.length) {
    return { ok: false, message: `${row.cells.length} cells where the header has ${header.length}` };
  }
  const result = attempt(() =>
    read((field) => {
      const i = header.indexOf(field);
      const cell = i === -1 ? undefined : row.cells[i];
      return cell === undefined || cell === "" ? undefined : restoreFormula(cell);
    }),
  );
  if (result.ok) return result;
  const id = row.cells[header.indexOf("id")];
  return { ok: false, message: id ? `"${id}": ${result.message}` : result.message };
}
