import { joinChunks } from "../../../src/formats/chunked-text.js";
import { readCsvFiles } from "../../../src/formats/csv-import.js";
import type { ExportSelection } from "../../../src/formats/export-selection.js";
import { wholeDataset } from "../../../src/formats/export-selection.js";
import { exportFormat } from "../../../src/formats/export-format.js";
import type { ExportFormat } from "../../../src/formats/format-names.js";
import { readGexf } from "../../../src/formats/gexf-import.js";
import { readGraphml } from "../../../src/formats/graphml-import.js";
import { readGraphologyJson } from "../../../src/formats/graphology-json-import.js";
import type { ImportOutcome } from "../../../src/formats/import-result.js";
import { finishImport } from "../../../src/formats/import-result.js";
import { cleanStrings, utf8TextRule, xmlTextRule } from "../../../src/formats/text-rule.js";
import type { Dataset } from "../../../src/model/core.js";

/** An export's files as text, by name. */
export function exportTexts(format: ExportFormat, selection: ExportSelection): Record<string, string> {
  return Object.fromEntries(exportFormat(format, selection).files.map((f) => [f.name, joinChunks(f.chunks)]));
}

/** Reads an export's files back with the import of its format (no disk) and validates them. */
export function importTexts(format: ExportFormat, texts: Record<string, string>): ImportOutcome {
  const one = (name: string) => texts[name]!;
  const read =
    format === "gexf"
      ? readGexf(one("faultline.gexf"), "faultline.gexf")
      : format === "graphml"
        ? readGraphml(one("faultline.graphml"), "faultline.graphml")
        : format === "json"
          ? readGraphologyJson(one("faultline.json"), "faultline.json")
          : readCsvFiles({
              "sources.csv": texts["sources.csv"] ?? null,
              "entities.csv": texts["entities.csv"] ?? null,
              "relations.csv": texts["relations.csv"] ?? null,
            });
  return finishImport(read, format);
}

/** Exports a dataset in a format and imports it back. */
export function roundTrip(format: ExportFormat, dataset: Dataset): ImportOutcome {
  return importTexts(format, exportTexts(format, wholeDataset(dataset)));
}

/**
 * What a round trip through a format must give back: the dataset itself for JSON, and with the
 * format's text rule applied (characters it cannot carry replaced by U+FFFD) for the others.
 */
export function expectedAfter(format: ExportFormat, dataset: Dataset): Dataset {
  if (format === "json") return dataset;
  return cleanStrings(dataset, format === "csv" ? utf8TextRule() : xmlTextRule());
}

/** A dataset as comparable JSON: canonical order (by id), every field including the derived timing. */
export function canonical(dataset: Dataset): unknown {
  return JSON.parse(JSON.stringify(wholeDataset(dataset)));
}
