import { relative, resolve, sep } from "node:path";
import { corpusParagraphCounts } from "../../data/corpus.js";
import { defaultCorpusDir } from "../../data/load-graph-data.js";
import { IMPORT_FORMATS, isExportFormat } from "../../formats/format-names.js";
import { graphDataContent } from "../../formats/graph-data-content.js";
import { finishImport, formatRejection, refuseEmptyFolder } from "../../formats/import-result.js";
import { readImportInput } from "../../formats/node/read-import.js";
import {
  isNonEmptyFolder,
  replaceableFolder,
  writeGraphDataFolder,
} from "../../formats/node/write-graph-data-folder.js";
import { badInput } from "../../faultline-error.js";
import { EXIT } from "../exit-codes.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { EVENT_IMPORT_HELP, EVENT_IMPORT_OPTIONS, isEventFormat, runEventImport } from "./import-events.js";
import { SHIPPED_DATA_DIR } from "../paths.js";

/** Where an import writes when no --out is given, relative to the current folder. */
export const DEFAULT_IMPORT_DIR = "imported-graph-data";

/** `faultline import FORMAT PATH [--out DIR] [--force]`: a file we exported, back into a graph-data folder. */
export const importCommand: Command = {
  usage: "import gexf|graphml|csv|json PATH [--out DIR] [--force] | import ucdp-ged|acled FILE --into DIR",
  help: [
    "PATH          the file (gexf, graphml, json) or the folder of sources.csv, entities.csv, relations.csv",
    `--out DIR     the graph-data folder to write (default ./${DEFAULT_IMPORT_DIR})`,
    "--force       replace DIR when it already holds files",
    "Everything is validated as `faultline check` does before anything is written: every rejected",
    "row or element is reported as FILE:LINE: reason, nothing is written and the exit status is 2.",
    ...EVENT_IMPORT_HELP,
  ],
  options: { out: { type: "string" }, force: { type: "boolean" }, ...EVENT_IMPORT_OPTIONS },
  positionals: { min: 2, max: 2 },
  async run(args, io) {
    const [format, input] = args.positionals as [string, string];
    if (isEventFormat(format)) return runEventImport(format, args, io);
    if (!isExportFormat(format)) {
      throw badInput(`unknown format "${format}": choose one of ${IMPORT_FORMATS.join(", ")}`);
    }
    const outArg = typeof args.values.out === "string" ? args.values.out : DEFAULT_IMPORT_DIR;
    const out = resolve(outArg);
    if (isNonEmptyFolder(out) && args.values.force !== true) {
      throw badInput(`${outArg} already holds files: choose another --out or pass --force to replace it`);
    }
    const replacing = replaceableFolder(out);
    if (!replacing.ok) throw badInput(`--out ${outArg} ${replacing.reason}`);
    const display = input;
    const read = readImportInput(format, resolve(input), display);
    const corpusDir = defaultCorpusDir(SHIPPED_DATA_DIR);
    const corpusFiles = read.sources
      .map((s) => (s.value as { file?: unknown } | null)?.file)
      .filter((f): f is string => typeof f === "string");
    const counts = corpusDir ? corpusParagraphCounts(corpusDir, corpusFiles) : null;
    const outcome = refuseEmptyFolder(finishImport(read, display, counts), display);
    const rejected = outcome.rejections.length;
    if (!outcome.dataset) {
      for (const r of outcome.rejections) io.stderr.write(`${formatRejection(r)}\n`);
      io.stderr.write(
        `${outcome.elements} row(s)/element(s) read from ${display}; ${rejected} problem(s); nothing written to ${outArg}.\n`,
      );
      if (args.json)
        writeJson(io, {
          ok: false,
          input: display,
          out: outArg,
          read: outcome.elements,
          rejections: outcome.rejections,
        });
      return EXIT.badInput;
    }
    const dataset = outcome.dataset;
    if (replacing.removes.length > 0) {
      const shown = replacing.removes.slice(0, 20).join(", ");
      const more = replacing.removes.length > 20 ? `, and ${replacing.removes.length - 20} more` : "";
      io.stderr.write(`replacing ${outArg}: removes ${replacing.removes.length} file(s): ${shown}${more}\n`);
    }
    const written = writeGraphDataFolder(out, graphDataContent(dataset));
    const summary = {
      ok: true,
      input: display,
      out: outArg,
      read: outcome.elements,
      sources: dataset.sources.length,
      entities: dataset.entities.length,
      // Entered relations only: derived ones (a capture's control) are derived again on reading.
      relations: dataset.relations.filter((r) => r.derivedFrom === undefined).length,
      files: written.map((f) => relative(out, f).split(sep).join("/")),
    };
    if (args.json) writeJson(io, summary);
    else {
      const count = (folder: string) => summary.files.filter((f) => f.startsWith(`${folder}/`)).length;
      io.stdout.write(
        `Imported ${summary.sources} sources, ${summary.entities} entities and ${summary.relations} relations from ${display} (${summary.read} rows/elements read, none rejected)\n` +
          `into ${outArg}: sources.json, ${count("entities")} entities/*.json, ${count("relations")} relations/*.json, schema/\n`,
      );
    }
    return EXIT.ok;
  },
};
