/**
 * The one rule for which files make a graph-data folder, shared by the CLI (which walks the folder)
 * and the page build (vite.config.ts, which bundles what the same walk finds): `sources.json` at
 * the top, `entities/*.json` and `relations/*.json` one level down, regular files only, names
 * ending in lower-case `.json`. `schema/` (generated for editors) is known and not read. Anything
 * else is skipped and named in a warning, never silently. Pure and browser-safe.
 */

/** What a graph-data file holds, i.e. which validator reads it. */
export type GraphDataRole = "sources" | "entities" | "relations";

/** One entry found under a graph-data folder: its path relative to the folder ("/"-separated) and what it is. */
export interface FolderEntry {
  readonly path: string;
  readonly type: "file" | "folder" | "symlink" | "other";
  /** For "other": what it is, e.g. "a FIFO (named pipe)". */
  readonly what?: string;
}

/** A file of the folder the rule keeps, with its role. */
export interface GraphDataFileEntry {
  readonly path: string;
  readonly role: GraphDataRole;
}

/** An entry the rule does not read, and why. */
export interface SkippedEntry {
  readonly path: string;
  readonly reason: string;
}

/**
 * Further files a graph-data folder may hold beside the three kinds above, each read by its own
 * reader (not by the sources/entities/relations validator): add a row here when a new kind of
 * graph-data file is introduced (e.g. a table mapping event-data actor names to entities), so it
 * is recognised rather than skipped with a warning.
 */
export const ADDITIONAL_GRAPH_DATA_FILES: readonly { readonly path: RegExp; readonly description: string }[] =
  [
    {
      path: /^event-data-names\.json$/,
      description:
        "names of event datasets (UCDP GED, ACLED) mapped to entities: read by src/import/name-table.ts",
    },
  ];

/** The layout's known folders and the role of the `.json` files directly inside them. */
const ROLE_FOLDERS: Readonly<Record<string, GraphDataRole>> = {
  entities: "entities",
  relations: "relations",
};

/** Everything the rule decides about a folder's entries: the files to read, known files left alone, and what is skipped. */
export interface GraphDataLayout {
  readonly files: readonly GraphDataFileEntry[];
  /** Known files not read by the validator (schema/, ADDITIONAL_GRAPH_DATA_FILES). */
  readonly known: readonly string[];
  readonly skipped: readonly SkippedEntry[];
}

function isJsonName(name: string): boolean {
  return name.endsWith(".json") && name.length > ".json".length;
}

/** Applies the rule to a folder's entries (in any order); the result is sorted by path. */
export function graphDataLayout(entries: readonly FolderEntry[]): GraphDataLayout {
  const files: GraphDataFileEntry[] = [];
  const known: string[] = [];
  const skipped: SkippedEntry[] = [];
  const skip = (path: string, reason: string) => skipped.push({ path, reason });
  for (const entry of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const parts = entry.path.split("/");
    const name = parts.at(-1)!;
    const top = parts[0]!;
    if (ADDITIONAL_GRAPH_DATA_FILES.some((f) => f.path.test(entry.path)) && entry.type === "file") {
      known.push(entry.path);
      continue;
    }
    if (top === "schema") {
      if (entry.type === "file" || (entry.type === "folder" && parts.length === 1)) known.push(entry.path);
      else skip(entry.path, "not a regular file in schema/");
      continue;
    }
    if (entry.type === "folder") {
      if (parts.length === 1 && ROLE_FOLDERS[top] !== undefined) continue;
      // A folder's files are reported one by one; an empty unknown folder is named on its own.
      if (!entries.some((e) => e.path.startsWith(`${entry.path}/`))) {
        skip(entry.path, "an empty folder graph-data does not use");
      }
      continue;
    }
    const role: GraphDataRole | undefined =
      parts.length === 1 && name === "sources.json"
        ? "sources"
        : parts.length === 2
          ? ROLE_FOLDERS[top]
          : undefined;
    const placeHint =
      parts.length > 2 && ROLE_FOLDERS[top] !== undefined
        ? `in a nested folder: only ${top}/*.json directly inside ${top}/ is read`
        : "not a graph-data file (sources.json, entities/*.json, relations/*.json)";
    if (entry.type === "symlink") {
      skip(
        entry.path,
        "a symbolic link: links are not followed, so the page and the CLI read the same files",
      );
      continue;
    }
    if (entry.type === "other") {
      skip(entry.path, `${entry.what ?? "not a regular file"}: only regular files are read`);
      continue;
    }
    if (role === undefined || (role !== "sources" && !isJsonName(name))) {
      if (/\.json$/i.test(name) && !name.endsWith(".json")) {
        skip(
          entry.path,
          `its extension is not lower-case .json: rename it to ${name.replace(/\.json$/i, ".json")}`,
        );
      } else skip(entry.path, placeHint);
      continue;
    }
    files.push({ path: entry.path, role });
  }
  return { files, known, skipped };
}
