import { existsSync, mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { dayToIso } from "../../model/core.js";
import { wholeDataset, snapshotSelection } from "../../formats/export-selection.js";
import { exportFormat } from "../../formats/export-format.js";
import { EXPORT_FORMATS, isExportFormat } from "../../formats/format-names.js";
import { writeChunksToFile, writeFilesAtomically } from "../../formats/node/write-chunks.js";
import { badInput } from "../../faultline-error.js";
import type { Command } from "../command.js";
import { writeJson } from "../io.js";
import { loadKnowledgeGraph } from "../load-knowledge-graph.js";
import { dateOption } from "../options.js";

const FORMAT_NAMES: Record<string, string> = {
  gexf: "GEXF 1.3",
  graphml: "GraphML",
  csv: "CSV",
  json: "graphology JSON",
};

/** `faultline export FORMAT [--at DATE] [--window DAYS] [--out PATH]`: the graph in a format other tools open. */
export const exportCommand: Command = {
  usage: "export gexf|graphml|csv|json [--at DATE] [--window DAYS] [--out PATH]",
  help: [
    "gexf          GEXF 1.3: dynamic (Gephi timeline) for the whole graph, static with --at",
    "graphml       GraphML with typed keys (igraph, networkx, yEd, Cytoscape)",
    "csv           sources.csv, entities.csv and relations.csv (spreadsheets, Kumu, Gephi); needs --out DIR",
    "json          graphology's serialization (Graph.from(json) in JavaScript)",
    "--at DATE     only the graph on DATE (EDTF): states holding then, events on it",
    "--window DAYS with --at: keep events up to DAYS either side of DATE (default 0)",
    "--out PATH    write to PATH (a folder for csv) instead of stdout; a summary is printed",
    "Characters XML forbids are replaced by U+FFFD in GEXF and GraphML, lone surrogates in CSV.",
  ],
  options: { at: { type: "string" }, window: { type: "string" }, out: { type: "string" } },
  positionals: { min: 1, max: 1 },
  async run(args, io) {
    const format = args.positionals[0]!;
    if (!isExportFormat(format)) {
      throw badInput(`unknown format "${format}": choose one of ${EXPORT_FORMATS.join(", ")}`);
    }
    const outArg = typeof args.values.out === "string" ? args.values.out : null;
    const out = outArg === null ? null : resolve(outArg);
    if (format === "csv" && out === null) {
      throw badInput("csv writes three files (sources.csv, entities.csv, relations.csv): give --out DIR");
    }
    if (args.json && out === null)
      throw badInput("--json needs --out: without it the export itself goes to stdout");
    if (args.values.window !== undefined && args.values.at === undefined)
      throw badInput("--window needs --at");
    const at = dateOption(args, "at");
    const window = args.values.window === undefined ? 0 : Number(args.values.window);
    if (!Number.isInteger(window) || window < 0) {
      throw badInput(`--window: "${args.values.window}" is not a whole number of days`);
    }
    if (out !== null) {
      if (format === "csv") {
        if (existsSync(out) && !statSync(out).isDirectory())
          throw badInput(`--out ${out}: is a file, expected a folder`);
      } else if (existsSync(out) && statSync(out).isDirectory()) {
        throw badInput(`--out ${out}: is a folder, expected a file path`);
      }
    }

    const kg = await loadKnowledgeGraph(args);
    const selection = at === null ? wholeDataset(kg.dataset) : snapshotSelection(kg, at, window);
    const output = exportFormat(format, selection);
    const written: { path: string; bytes: number }[] = [];
    if (out === null) {
      for (const file of output.files)
        for (const chunk of file.chunks) (io.exportOut ?? io.stdout).write(chunk);
    } else if (format === "csv") {
      mkdirSync(out, { recursive: true });
      const files = output.files.map((f) => ({ path: join(out, f.name), chunks: f.chunks }));
      const bytes = await writeFilesAtomically(files);
      output.files.forEach((f, i) => written.push({ path: join(outArg!, f.name), bytes: bytes[i]! }));
    } else {
      written.push({ path: outArg!, bytes: await writeChunksToFile(out, output.files[0]!.chunks) });
    }

    const gexf = output.gexf;
    const times = gexf ? [...gexf.times].sort((a, b) => a - b) : [];
    const summary = {
      format,
      mode: format === "gexf" ? (at === null ? "dynamic" : "static") : undefined,
      at: at?.text ?? null,
      windowDays: at === null ? null : window,
      files: written,
      sources: selection.sources.length,
      entities: selection.entities.length,
      relations: selection.relations.length,
      edges: gexf ? gexf.edges : selection.relations.length,
      distinctDates: gexf && at === null ? times.length : undefined,
      replacedCharacters: output.rule?.replaced ?? 0,
    };
    const notes: string[] = [];
    if (summary.replacedCharacters > 0) {
      notes.push(
        `note: ${summary.replacedCharacters} character(s) ${output.rule!.name} cannot carry were replaced by U+FFFD`,
      );
    }
    if (gexf && at === null && times.length < 2) {
      notes.push("note: the file has fewer than two distinct dates, so Gephi's timeline stays off");
    }
    for (const note of notes) io.stderr.write(`${note}\n`);
    if (args.json) {
      writeJson(io, summary);
      return 0;
    }
    const what = [
      `${FORMAT_NAMES[format]}${summary.mode ? ` (${summary.mode})` : ""}`,
      at === null ? null : `on ${at.text}${window > 0 ? ` ±${window} day(s)` : ""}`,
      `${summary.entities} entities`,
      gexf
        ? `${summary.edges} edges standing for ${summary.relations} relations`
        : `${summary.relations} relations`,
      `${summary.sources} sources`,
    ]
      .filter((p) => p !== null)
      .join(", ");
    const span =
      times.length > 0
        ? `; ${times.length} distinct dates from ${dayToIso(times[0]!)} to ${dayToIso(times.at(-1)!)}`
        : "";
    const report = `${what}${span}\n${written.map((w) => `  ${w.path} (${w.bytes.toLocaleString("en")} bytes)\n`).join("")}`;
    (out === null ? io.stderr : io.stdout).write(
      out === null ? `Exported ${what}${span}\n` : `Wrote ${report}`,
    );
    return 0;
  },
};
