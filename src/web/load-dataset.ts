/**
 * Files a user opens on the page → a validated dataset (and a draft to lay over it), with the
 * readers and checks of the CLI: the graph-data rule and `faultline check` for a folder, the
 * import readers and `finishImport` for GEXF, GraphML, graphology JSON and the CSV export. Pure
 * (bytes in, dataset or problems out), so it is tested without a browser.
 */
import { graphDataLayout } from "../data/graph-data-layout.js";
import { missingGraphDataParts } from "../data/missing-graph-data-parts.js";
import { parseJsonBytes } from "../data/parse-json-bytes.js";
import { decodeUtf8, invalidUtf8Message } from "../data/utf8.js";
import type { GraphDataFile } from "../data/validate-graph-data.js";
import { validateGraphData } from "../data/validate-graph-data.js";
import { readCsvFiles } from "../formats/csv-import.js";
import { readGexf } from "../formats/gexf-import.js";
import { readGraphml } from "../formats/graphml-import.js";
import { readGraphologyJson } from "../formats/graphology-json-import.js";
import type { ImportRead } from "../formats/import-result.js";
import { finishImport, refuseEmptyFolder } from "../formats/import-result.js";
import { NAME_TABLE_FILE } from "../import/name-table.js";
import type { ImportReport } from "../import/import-report.js";
import type { Dataset } from "../model/core.js";
import type { DraftProposals } from "./load-draft.js";
import { isDraftJson, parseDraftProposals } from "./load-draft.js";
import type { NamedTable, OpenedEvents } from "./load-events.js";
import { eventFormatOf } from "./load-events.js";
import type { LoadProblem } from "./load-problem.js";
import { fileProblem, fromProblem, fromRejection } from "./load-problem.js";

/** A file the user opened: its path ("/"-separated, relative to what was chosen or dropped) and its bytes. */
export interface OpenedFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** A dataset read from opened files, with what to call it and what was read. */
export interface OpenedDataset {
  readonly dataset: Dataset;
  /** The file or folder name, as the page names the dataset. */
  readonly name: string;
  /** What was read, in a sentence ("113 entities, 223 relations, 35 sources from faultline.gexf (…)"). */
  readonly summary: string;
  /** Entries left aside and why (a folder's files the graph-data rule does not read). */
  readonly notes: readonly string[];
  /** The folder's name table (event-data-names.json), which an event file opened later is reconciled through. */
  readonly names?: NamedTable | null;
  /** When the dataset is the result of an event file merged into the data shown: what the import did. */
  readonly report?: ImportReport;
}

/** A draft read from an opened file, not yet laid over a dataset. */
export interface OpenedDraft {
  readonly file: string;
  readonly proposals: DraftProposals;
}

/** What opened files hold: a dataset, an event file to merge into it, a draft, or every problem that stops them loading. */
export type OpenedData =
  | {
      readonly ok: true;
      readonly dataset: OpenedDataset | null;
      readonly events: OpenedEvents | null;
      readonly draft: OpenedDraft | null;
    }
  | { readonly ok: false; readonly problems: readonly LoadProblem[] };

/** The CSV files of `faultline export csv`. */
const CSV_EXPORT_NAMES = ["sources.csv", "entities.csv", "relations.csv"] as const;

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const extension = (path: string) => {
  const name = baseName(path);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
};

/** Takes off a first folder every path shares (the folder a user chose or dropped); returns it and the rest. */
function splitRoot(files: readonly OpenedFile[]): { root: string | null; files: OpenedFile[] } {
  const first = files[0]?.path.split("/")[0];
  const shared =
    first !== undefined && files.every((f) => f.path.includes("/") && f.path.split("/")[0] === first);
  if (!shared) return { root: null, files: [...files] };
  return { root: first!, files: files.map((f) => ({ ...f, path: f.path.slice(first!.length + 1) })) };
}

/** The text of an import file: strict UTF-8, refused at its line as the CLI refuses it. */
function importText(file: OpenedFile, display: string, problems: LoadProblem[]): string | null {
  const decoded = decodeUtf8(file.bytes);
  if (decoded.ok) return decoded.text;
  problems.push({
    file: display,
    place: `line ${decoded.line}, column ${decoded.column}`,
    message: `${invalidUtf8Message(file.bytes, decoded.byte)}; nothing opened`,
  });
  return null;
}

/** Validates what an import reader found, as `faultline import` does before writing anything. */
function finishRead(
  read: ImportRead,
  name: string,
): { dataset: Dataset | null; problems: LoadProblem[]; elements: number } {
  const outcome = refuseEmptyFolder(finishImport(read, name), name);
  return {
    dataset: outcome.dataset,
    problems: outcome.rejections.map(fromRejection),
    elements: outcome.elements,
  };
}

function countsOf(dataset: Dataset): string {
  return `${dataset.entities.length} entities, ${dataset.relations.length} relations, ${dataset.sources.length} sources`;
}

/** A graph-data folder: the one graph-data rule picks the files, then every check of `faultline check`. */
function readGraphDataFolder(files: readonly OpenedFile[], root: string): OpenedData {
  const display = (path: string) => `${root}/${path}`;
  const layout = graphDataLayout(files.map((f) => ({ path: f.path, type: "file" as const })));
  const problems: LoadProblem[] = missingGraphDataParts(layout.files).map((m) =>
    fileProblem(display(m.path), m.message),
  );
  const parsed: GraphDataFile[] = [];
  for (const entry of layout.files) {
    const file = files.find((f) => f.path === entry.path)!;
    const json = parseJsonBytes(file.bytes, display(entry.path));
    if (json.ok) parsed.push({ name: display(entry.path), role: entry.role, content: json.value });
    else problems.push(...json.problems.map(fromProblem));
  }
  const { dataset, problems: checked } = validateGraphData(parsed, null, []);
  problems.push(...checked.map(fromProblem));
  if (!dataset || problems.length > 0) return { ok: false, problems };
  const namesFile = files.find((f) => f.path === NAME_TABLE_FILE);
  const names = namesFile ? importText(namesFile, display(namesFile.path), problems) : null;
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    draft: null,
    events: null,
    dataset: {
      dataset,
      name: root,
      summary: `${countsOf(dataset)} from the graph-data folder ${root} (${layout.files.length} files)`,
      notes: layout.skipped.map((s) => `${display(s.path)}: skipped: ${s.reason}`),
      names: names === null ? null : { text: names, display: display(NAME_TABLE_FILE) },
    },
  };
}

/** Whether a JSON file's content is one file of a graph-data folder (its one list of sources, entities or relations). */
function graphDataRoleOf(json: unknown): GraphDataFile["role"] | null {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
  const keys = Object.keys(json).filter((k) => k !== "$schema");
  return keys.length === 1 && ["sources", "entities", "relations"].includes(keys[0]!)
    ? (keys[0] as GraphDataFile["role"])
    : null;
}

/** A CSV that is not one of our export's three files, nor an event file (those are told apart by their header first). */
function loneCsvProblem(display: string): LoadProblem {
  return fileProblem(
    display,
    "not a file of a CSV export, nor a UCDP GED or ACLED event file: open sources.csv, entities.csv and relations.csv together (as `faultline export csv` writes them), or an event file whose header has the dataset's columns",
  );
}

/**
 * Reads files a user opened (chosen or dropped): a graph-data folder (or its JSON files chosen
 * together), a GEXF, GraphML or graphology JSON export, the three files of a CSV export, a UCDP GED
 * or ACLED event file (told by its header, merged later into the data: load-events.ts), and a
 * draft (`faultline draft` file or `--json` output) to lay over the dataset. Every problem of
 * every file is returned at once; no dataset is returned when there is any.
 */
export function readOpenedFiles(opened: readonly OpenedFile[]): OpenedData {
  if (opened.length === 0) return { ok: false, problems: [fileProblem("(nothing)", "no file was opened")] };
  const { root, files } = splitRoot(opened);
  const display = (path: string) => (root === null ? path : `${root}/${path}`);
  const problems: LoadProblem[] = [];

  // Drafts are told apart by their content, whatever their name; event files by their header.
  let draft: OpenedDraft | null = null;
  let events: OpenedEvents | null = null;
  const rest: OpenedFile[] = [];
  const jsonOf = new Map<OpenedFile, unknown>();
  for (const file of files) {
    const format = extension(file.path) === "csv" ? eventFormatOf(file.bytes) : null;
    if (format !== null) {
      if (events)
        problems.push(
          fileProblem(display(file.path), `a second event file (${events.file} is one): open one at a time`),
        );
      else events = { file: display(file.path), format, bytes: file.bytes };
      continue;
    }
    if (extension(file.path) !== "json") {
      rest.push(file);
      continue;
    }
    const json = parseJsonBytes(file.bytes, display(file.path));
    if (!json.ok) {
      problems.push(...json.problems.map(fromProblem));
      continue;
    }
    if (!isDraftJson(json.value)) {
      jsonOf.set(file, json.value);
      rest.push(file);
      continue;
    }
    const parsed = parseDraftProposals(json.value, display(file.path));
    if (!parsed.ok) problems.push(...parsed.problems);
    else if (draft)
      problems.push(
        fileProblem(display(file.path), `a second draft (${draft.file} is one): open one draft at a time`),
      );
    else draft = { file: display(file.path), proposals: parsed.proposals };
  }
  if (problems.length > 0) return { ok: false, problems };
  if (rest.length === 0) return { ok: true, dataset: null, events, draft };

  const dataset = readDataset(rest, root, display, jsonOf, problems);
  if (!dataset || problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset, events, draft };
}

function readDataset(
  files: readonly OpenedFile[],
  root: string | null,
  display: (path: string) => string,
  jsonOf: ReadonlyMap<OpenedFile, unknown>,
  problems: LoadProblem[],
): OpenedDataset | null {
  const only = files.length === 1 ? files[0]! : null;
  const name = root ?? (only ? only.path : `${files.length} files`);
  const imported = (read: ImportRead): OpenedDataset | null => {
    const done = finishRead(read, display(only?.path ?? name));
    problems.push(...done.problems);
    if (!done.dataset) return null;
    return {
      dataset: done.dataset,
      name,
      summary: `${countsOf(done.dataset)} from ${name} (${done.elements} rows/elements read, none rejected)`,
      notes: [],
    };
  };

  // A folder (chosen or dropped) or loose files that are all CSV export files: the CSV import.
  const csv = files.filter((f) => extension(f.path) === "csv");
  if (csv.length > 0 && csv.length === files.length) {
    const exportFiles = csv.filter((f) => (CSV_EXPORT_NAMES as readonly string[]).includes(baseName(f.path)));
    if (exportFiles.length === 0) {
      problems.push(...csv.map((f) => loneCsvProblem(display(f.path))));
      return null;
    }
    const stray = csv.filter((f) => !exportFiles.includes(f));
    if (stray.length > 0) {
      problems.push(...stray.map((f) => loneCsvProblem(display(f.path))));
      return null;
    }
    const text = (n: (typeof CSV_EXPORT_NAMES)[number]) => {
      const file = exportFiles.find((f) => baseName(f.path) === n);
      return file ? importText(file, display(file.path), problems) : null;
    };
    const texts = {
      "sources.csv": text("sources.csv"),
      "entities.csv": text("entities.csv"),
      "relations.csv": text("relations.csv"),
    };
    if (problems.length > 0) return null;
    const prefix = root === null ? "" : `${root}/`;
    const read = readCsvFiles(texts, prefix);
    const done = finishRead(read, root ?? "CSV export");
    problems.push(...done.problems);
    if (!done.dataset) return null;
    return {
      dataset: done.dataset,
      name: root ?? "CSV export",
      summary: `${countsOf(done.dataset)} from the CSV export${root ? ` ${root}` : ""} (${done.elements} rows read, none rejected)`,
      notes: [],
    };
  }

  // A graph-data folder: files under entities/ or relations/, or a sources.json.
  const folderLike = files.some((f) => f.path.includes("/") || baseName(f.path) === "sources.json");
  const jsonOnly = files.every((f) => extension(f.path) === "json");
  if (root !== null && (folderLike || files.length > 1)) {
    const read = readGraphDataFolder(files, root);
    if (!read.ok) problems.push(...read.problems);
    return read.ok ? read.dataset : null;
  }
  if (jsonOnly && files.length > 1 && files.every((f) => graphDataRoleOf(jsonOf.get(f)) !== null)) {
    // Graph-data files chosen together: each goes where its one list says it belongs.
    const placed = files.map((f) => {
      const role = graphDataRoleOf(jsonOf.get(f))!;
      return { ...f, path: role === "sources" ? "sources.json" : `${role}/${baseName(f.path)}` };
    });
    const read = readGraphDataFolder(placed, "graph-data");
    if (!read.ok)
      problems.push(
        ...read.problems.map((p) => ({
          ...p,
          file: p.file.replace(/^graph-data\/(entities\/|relations\/)?/, ""),
        })),
      );
    return read.ok ? read.dataset : null;
  }

  if (!only) {
    problems.push(
      ...files.map((f) =>
        fileProblem(
          display(f.path),
          "opened with other files: open one dataset at a time (a graph-data folder, one GEXF, GraphML or JSON export, or the three CSV files of an export), and a draft beside it",
        ),
      ),
    );
    return null;
  }
  const shown = display(only.path);
  const ext = extension(only.path);
  if (ext === "json") {
    if (graphDataRoleOf(jsonOf.get(only)) !== null) {
      problems.push(
        fileProblem(
          shown,
          "one file of a graph-data folder: open the whole folder (sources.json, entities/, relations/)",
        ),
      );
      return null;
    }
    const text = importText(only, shown, problems);
    return text === null ? null : imported(readGraphologyJson(text, shown));
  }
  if (ext === "gexf" || ext === "graphml") {
    const text = importText(only, shown, problems);
    if (text === null) return null;
    return imported(ext === "gexf" ? readGexf(text, shown) : readGraphml(text, shown));
  }
  problems.push(
    fileProblem(
      shown,
      `not a file the page opens (.${ext || "?"}): open a graph-data folder, a .gexf, .graphml or .json export, the CSV files of an export, or a draft (.json)`,
    ),
  );
  return null;
}
